import type { FindingRow } from "./rows";

const COLUMNS = [
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

/** RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes inside. */
export const csvField = (value: string | number | null): string => {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The findings as CSV for a spreadsheet, in pieces: a UTF-8 byte order mark (so Excel reads the
 * Vietnamese text as UTF-8), a header row, one row per finding, CRLF line ends.
 */
export function* csvChunks(rows: Iterable<FindingRow>): Generator<string> {
  yield `\uFEFF${COLUMNS.join(",")}\r\n`;
  for (const row of rows) yield `${COLUMNS.map((column) => csvField(row[column])).join(",")}\r\n`;
}

/** The whole CSV as one string (small runs, tests). */
export const formatCsv = (rows: Iterable<FindingRow>): string => [...csvChunks(rows)].join("");
