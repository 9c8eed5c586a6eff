import type ExcelJS from "exceljs";
import type { Highlight, HighlightKind, ReportTable } from "../core/report/types";

/** Fill colours per kind (ARGB): Excel's "Bad" red for errors, orange for shortfalls, "Neutral" yellow for warnings. */
export const HIGHLIGHT_FILLS: Readonly<Record<HighlightKind, string>> = {
  error: "FFFFC7CE",
  shortfall: "FFF8CBAD",
  warning: "FFFFEB9C",
};

/** Marks where PlanCheck's words start in a note, after the user's own note. */
export const NOTE_HEADING = "PlanCheck:";

const solidFill = (argb: string): ExcelJS.FillPattern => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/**
 * Fills each highlighted cell and notes its findings. The cell's style object may be shared with
 * other cells by exceljs, so it is copied before the fill changes; everything else stays as it was.
 * A note the user already had is kept, with PlanCheck's text added below it.
 */
export function applyHighlights(workbook: ExcelJS.Workbook, highlights: readonly Highlight[]): number {
  let applied = 0;
  for (const highlight of highlights) {
    const cell = workbook.getWorksheet(highlight.sheet)?.getCell(highlight.address);
    if (cell === undefined) continue;
    cell.style = { ...cell.style, fill: solidFill(HIGHLIGHT_FILLS[highlight.kind]) };
    cell.note = noteWith(cell.note, `${NOTE_HEADING}\n${highlight.note}`);
    applied += 1;
  }
  return applied;
}

function noteWith(existing: string | ExcelJS.Comment | undefined, text: string): string | ExcelJS.Comment {
  if (existing === undefined || existing === "") return text;
  if (typeof existing === "string") return `${existing}\n\n${text}`;
  return { ...existing, texts: [...(existing.texts ?? []), { text: `\n\n${text}` }] };
}

/**
 * Adds the report as a sheet (replacing one of the same name): a title row, then the findings as
 * an Excel table with filter buttons. Returns the sheet's name.
 */
export function addReportSheet(workbook: ExcelJS.Workbook, report: ReportTable): string {
  const existing = workbook.getWorksheet(report.sheetName);
  if (existing !== undefined) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(report.sheetName);
  sheet.getCell("A1").value = report.title;
  sheet.getCell("A1").font = { bold: true, size: 14 };

  const headerRow = 3;
  if (report.rows.length === 0) {
    sheet.getRow(headerRow).values = [...report.headers];
    sheet.getRow(headerRow).font = { bold: true };
  } else {
    sheet.addTable({
      name: uniqueTableName(workbook),
      ref: `A${headerRow}`,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: report.headers.map((name) => ({ name, filterButton: true })),
      rows: report.rows.map((row) => [...row]),
    });
    report.rows.forEach((row, rowIndex) =>
      row.forEach((value, colIndex) => {
        if (typeof value === "number")
          sheet.getCell(headerRow + 1 + rowIndex, colIndex + 1).numFmt = Number.isInteger(value)
            ? "#,##0"
            : "#,##0.0##";
      }),
    );
  }
  report.headers.forEach((header, index) => {
    const longest = Math.max(header.length, ...report.rows.map((row) => String(row[index] ?? "").length));
    sheet.getColumn(index + 1).width = Math.min(Math.max(longest + 2, 8), 60);
  });
  sheet.views = [{ state: "frozen", ySplit: headerRow }];
  return sheet.name;
}

function uniqueTableName(workbook: ExcelJS.Workbook): string {
  const taken = (name: string) => workbook.worksheets.some((sheet) => sheet.getTable(name) !== undefined);
  let name = "PlanCheckReport";
  for (let n = 2; taken(name); n += 1) name = `PlanCheckReport${n}`;
  return name;
}
