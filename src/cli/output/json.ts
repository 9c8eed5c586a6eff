import type { FindingRow, RunReport, RunSummary } from "./rows";

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);

const KEYS = [
  "file",
  "sheet",
  "cell",
  "district",
  "indicator",
  "status",
  "rule",
  "value",
  "target",
  "comparator",
  "gap",
  "message",
] as const satisfies readonly (keyof FindingRow)[];
const KEY_TEXT = KEYS.map((key) => `\n      ${JSON.stringify(key)}: `);

/** `JSON.stringify(row, null, 2)` indented by four, written out by hand: the generic one is the slowest part of a large run. */
function rowText(row: FindingRow): string {
  let text = "    {";
  for (let index = 0; index < KEYS.length; index += 1) {
    const value = row[KEYS[index]!];
    text += `${KEY_TEXT[index]}${typeof value === "string" ? JSON.stringify(value) : value === null ? "null" : String(value)}`;
    if (index < KEYS.length - 1) text += ",";
  }
  return `${text}\n    }`;
}

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
