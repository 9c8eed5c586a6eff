import type { FindingRow, RunReport, RunSummary } from "./rows";

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);

/** Characters JSON escapes (quote, backslash, controls) and lone surrogate halves: only these need JSON.stringify. */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Exactly `JSON.stringify(value)`, without its cost for the (usual) text that needs no escape. */
export const text = (value: string | null): string =>
  value === null ? "null" : NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
const number = (value: number | null) => (value === null ? "null" : String(value));

/** `JSON.stringify(row, null, 2)` indented by four, written out: the generic one is the slowest part of a large run. */
const rowText = (row: FindingRow): string => `    {
      "file": ${text(row.file)},
      "sheet": ${text(row.sheet)},
      "cell": ${text(row.cell)},
      "district": ${text(row.district)},
      "indicator": ${text(row.indicator)},
      "status": ${text(row.status)},
      "rule": ${text(row.rule)},
      "value": ${number(row.value)},
      "target": ${number(row.target)},
      "comparator": ${text(row.comparator)},
      "gap": ${number(row.gap)},
      "message": ${text(row.message)}
    }`;

/**
 * The one JSON document `--format json` prints, in pieces so that a large run is never held as one
 * string: the text is exactly `JSON.stringify(report, null, 2)` and a newline.
 */
export function* jsonChunks(
  head: Pick<RunReport, "plan" | "year">,
  rows: Iterable<FindingRow>,
  summary: RunSummary,
): Generator<string> {
  yield `{\n  "plan": ${JSON.stringify(head.plan)},\n  "year": ${JSON.stringify(head.year)},\n  "findings": [`;
  let first = true;
  for (const row of rows) {
    yield `${first ? "" : ","}\n${rowText(row)}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}],\n  "summary": ${indent(JSON.stringify(summary, null, 2), "  ")}\n}\n`;
}

/** The whole document as one string (small runs, tests). */
export const formatJson = (report: RunReport): string =>
  [...jsonChunks(report, report.findings, report.summary)].join("");
