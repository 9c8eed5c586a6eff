import type ExcelJS from "exceljs";
import { buildReport } from "../core/report/table";
import { fail, ok, type Result } from "../core/result";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import type { FileProblem } from "./messages";
import { snapshotWorksheet } from "./worksheet-snapshot";

let reportName: RegExp | undefined;

/** PlanCheck's report sheets, in either language and for any year ("Báo cáo PlanCheck 2025"): never checked as data. */
export function isReportSheet(name: string): boolean {
  if (reportName === undefined) {
    const bases = (["vi", "en"] as const).map((lang) => buildReport([], lang).sheetName.trim());
    const escaped = bases.map((base) => base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    reportName = new RegExp(`^(${escaped.join("|")})( \\d{4})?$`, "i");
  }
  return reportName.test(name.normalize("NFC").trim());
}

const sameName = (a: string, b: string) =>
  a.normalize("NFC").trim().toLowerCase() === b.normalize("NFC").trim().toLowerCase();

/**
 * The sheets to check, read into snapshots: the one `--sheet` names (hidden or not, with data or
 * not), or else every visible worksheet that has data and is not a PlanCheck report.
 */
export function selectSheets(workbook: ExcelJS.Workbook, sheetName?: string): Result<SheetSnapshot[], FileProblem> {
  const date1904 = workbook.properties?.date1904 === true;
  if (sheetName !== undefined) {
    const sheet = workbook.worksheets.find((candidate) => sameName(candidate.name, sheetName));
    if (sheet === undefined)
      return fail({ kind: "no-sheet", sheet: sheetName, sheets: workbook.worksheets.map((s) => s.name) });
    const snapshot = snapshotWorksheet(sheet, date1904);
    return snapshot === undefined ? fail({ kind: "no-data" }) : ok([snapshot]);
  }
  const snapshots = workbook.worksheets
    .filter((sheet) => sheet.state === "visible" && !isReportSheet(sheet.name))
    .map((sheet) => snapshotWorksheet(sheet, date1904))
    .filter((snapshot): snapshot is SheetSnapshot => snapshot !== undefined);
  return snapshots.length === 0 ? fail({ kind: "no-data" }) : ok(snapshots);
}
