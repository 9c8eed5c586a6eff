import type { ReportTable } from "../core/report/types";
import { columnLetters } from "../core/sheet/address";
import { BUDGET } from "./limits";

/** Custom property that marks a worksheet as PlanCheck's report, so replacing it never deletes a sheet of the user's. */
export const REPORT_PROPERTY = "PlanCheck";
const REPORT_MARK = "report";
const BYTES_PER_REPORT_CELL = 80;

/** A worksheet name Excel accepts: no `[]:*?/\`, not blank, at most 31 characters. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31);
  return cleaned === "" ? "PlanCheck" : cleaned;
}

/** A name not in `taken` (case-insensitive), adding " (2)", " (3)"… within 31 characters. */
export function uniqueSheetName(name: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name.toLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Text that Excel would take for a formula (`=…`, `+…`, `-…`, `@…`) is written as text. */
export const asCellInput = (value: string | number | null): string | number =>
  value === null ? "" : typeof value === "number" ? value : /^[=+\-@]/.test(value) ? `'${value}` : value;

/**
 * Writes the report on a new sheet: a title row, then the findings as an Excel table. Replaces
 * PlanCheck's own previous report of the same name (told by a worksheet custom property); a sheet
 * of the user's with that name is left alone and the report takes the next free name.
 *
 * Syncs: one to see the workbook's sheet names, one more when a sheet of that name exists (is it
 * ours?), one to write — plus one per further ~4 MB of rows for a very long report.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  report: ReportTable,
  customPropertiesSupported: boolean,
): Promise<string> {
  const wanted = safeSheetName(report.sheetName);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const existing = sheets.items.find((sheet) => sheet.name.toLowerCase() === wanted.toLowerCase());
  let name = wanted;
  if (existing !== undefined) {
    const ours = customPropertiesSupported ? await isOurReport(context, existing) : false;
    if (ours) existing.delete();
    else
      name = uniqueSheetName(
        wanted,
        sheets.items.map((sheet) => sheet.name),
      );
  }

  const sheet = sheets.add(name);
  if (customPropertiesSupported) sheet.customProperties.add(REPORT_PROPERTY, REPORT_MARK);
  const width = Math.max(1, report.headers.length);
  const title = sheet.getRange("A1");
  title.values = [[asCellInput(report.title)]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  sheet.getRangeByIndexes(2, 0, 1, width).values = [report.headers.map(asCellInput)];
  const rows = report.rows.map((row) => Array.from({ length: width }, (_, j) => asCellInput(row[j] ?? null)));
  const rowsPerWrite = Math.max(1, Math.floor(BUDGET.requestBytes / (width * BYTES_PER_REPORT_CELL)));
  for (let start = 0; start < rows.length; start += rowsPerWrite) {
    const part = rows.slice(start, start + rowsPerWrite);
    sheet.getRangeByIndexes(3 + start, 0, part.length, width).values = part;
    // A long report is written in parts, one request each, to stay under Excel on the web's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (start + rowsPerWrite < rows.length) await context.sync();
  }
  const table = sheet.tables.add(`A3:${columnLetters(width - 1)}${3 + Math.max(1, rows.length)}`, true);
  table.getRange().format.autofitColumns();
  sheet.activate();
  await context.sync();
  return name;
}

async function isOurReport(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<boolean> {
  const mark = sheet.customProperties.getItemOrNullObject(REPORT_PROPERTY);
  mark.load("value");
  await context.sync();
  return !mark.isNullObject && mark.value === REPORT_MARK;
}
