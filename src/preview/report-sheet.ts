import type { ReportTable } from "../core/report/types";
import type { PreviewCell, PreviewSheet } from "./model";

/** Excel's limit on a sheet name's length. */
const SHEET_NAME_MAX = 31;

/** A sheet name Excel would accept: no `[]:*?/\`, at most 31 characters, never blank. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .trim()
    .slice(0, SHEET_NAME_MAX)
    .trim();
  return cleaned === "" ? "PlanCheck" : cleaned;
}

/** The report as a sheet: the title, a blank row, the bold header row, then one row per finding. */
export function reportSheet(report: ReportTable): PreviewSheet {
  const header: PreviewCell[] = report.headers.map((text) => ({
    value: text,
    format: "General",
    look: { bold: true, fill: "#DDEBF7" },
  }));
  const rows: PreviewCell[][] = report.rows.map((row) => row.map((value) => ({ value, format: "General" })));
  const cells: PreviewCell[][] = [
    [{ value: report.title, format: "General", look: { bold: true } }],
    [],
    header,
    ...rows,
  ];
  const colCount = Math.max(1, report.headers.length, ...report.rows.map((row) => row.length));
  return {
    name: safeSheetName(report.sheetName),
    cells,
    rowCount: cells.length,
    colCount,
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    columnWidths: new Map(),
  };
}
