import type { FindingRow, RunReport, RunSummary } from "./rows";

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);

/** Characters JSON escapes (quote, backslash, controls) and lone surrogate halves: only these need JSON.stringify. */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Exactly `JSON.stringify(value)`, without its cost for the (usual) text that needs no escape. */
export const text = (value: string | null): string =>
  value === null ? "null" : NEEDS_ESCAPE.test(value) ? JSON.stringify(value) : `"${value}"`;
const number = (value: number | null) => (value === null ? "null" : String(value));

/** `text`, remembering its last answer: file, sheet and district repeat from one finding to the next. */
function lastText(): (value: string | null) => string {
  let last: string | null = null;
  let quoted = "null";
  return (value) => {
    if (value !== last) {
      last = value;
      quoted = text(value);
    }
    return quoted;
  };
}

/**
 * One finding as a JSON object on one line, exactly `JSON.stringify(row)`: written out, as the
 * generic one is the slowest part of a large run. Status, rule, comparators and A1 cells never
 * need escaping.
 */
function rowWriter(): (row: FindingRow) => string {
  const file = lastText();
  const sheet = lastText();
  const district = lastText();
  const plain = (value: string | null) => (value === null ? "null" : `"${value}"`);
  return (row) =>
    `{"file":${file(row.file)},"sheet":${sheet(row.sheet)},"cell":${plain(row.cell)},"district":${district(row.district)},"indicator":${text(row.indicator)},"status":"${row.status}","rule":"${row.rule}","value":${number(row.value)},"target":${number(row.target)},"comparator":${plain(row.comparator)},"gap":${number(row.gap)},"message":${text(row.message)}}`;
}

/**
 * The one JSON document `--format json` prints, in pieces so that a large run is never held as one
 * string. It is laid out for people and line tools alike: one finding per line (`grep` finds whole
 * findings), the rest indented as `JSON.stringify(…, null, 2)` would.
 */
export function* jsonChunks(
  head: Pick<RunReport, "plan" | "year">,
  rows: Iterable<FindingRow>,
  summary: RunSummary,
): Generator<string> {
  yield `{\n  "plan": ${JSON.stringify(head.plan)},\n  "year": ${JSON.stringify(head.year)},\n  "findings": [`;
  let first = true;
  const rowText = rowWriter();
  for (const row of rows) {
    yield `${first ? "\n    " : ",\n    "}${rowText(row)}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}],\n  "summary": ${indent(JSON.stringify(summary, null, 2), "  ")}\n}\n`;
}

/** The whole document as one string (small runs, tests). */
export const formatJson = (report: RunReport): string =>
  [...jsonChunks(report, report.findings, report.summary)].join("");
