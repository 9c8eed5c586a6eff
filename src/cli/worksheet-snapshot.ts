import ExcelJS from "exceljs";
import type { CellValue, MergedArea, SheetSnapshot } from "../core/sheet/snapshot";
import { xlsxCellValue } from "../xlsx/cell-value";

/**
 * Reads an exceljs worksheet into the snapshot the engine works on, over the cells that hold
 * something: formulas give their cached result, rich text and hyperlinks their plain text, dates
 * their Excel serial number (as Office.js gives them; the date format stays in `numberFormats`),
 * errors `{ error: "#DIV/0!" }`, and the cells a merge covers (but its first) are null as in Excel.
 * Returns undefined for a sheet with no data.
 */
export function snapshotWorksheet(worksheet: ExcelJS.Worksheet, date1904 = false): SheetSnapshot | undefined {
  // One pass over the cells: each row's values by column from A, cut to the columns used once all are seen.
  const rows: ReadRow[] = [];
  let minCol = Infinity;
  let maxCol = -Infinity;
  worksheet.eachRow((row) => {
    const values: CellValue[] = [];
    let formats: string[] | undefined;
    row.eachCell((cell, col) => {
      if (col < minCol) minCol = col;
      if (col > maxCol) maxCol = col;
      values[col - 1] = cellValue(cell, date1904);
      const format = cell.numFmt;
      if (typeof format === "string" && format !== "") (formats ??= [])[col - 1] = format;
    });
    rows.push({ number: row.number, values, formats });
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return undefined;

  const origin = { row: first.number - 1, col: minCol - 1 };
  const height = last.number - first.number + 1;
  const width = maxCol - minCol + 1;
  // Rows without a format of their own share one row of "General", and empty rows one of blanks (the snapshot is read-only).
  const general: readonly string[] = new Array<string>(width).fill("General");
  const blank: readonly CellValue[] = new Array<CellValue>(width).fill(null);
  const values = new Array<readonly CellValue[]>(height).fill(blank);
  const numberFormats = new Array<readonly string[]>(height).fill(general);
  for (const row of rows) {
    const at = row.number - first.number;
    values[at] = usedColumns(row.values, origin.col, width, null);
    if (row.formats !== undefined) numberFormats[at] = usedColumns(row.formats, origin.col, width, "General");
  }
  return {
    sheetName: worksheet.name,
    origin,
    values,
    numberFormats,
    merges: mergedAreas(worksheet),
    hiddenRows: hiddenRows(worksheet, first.number, last.number),
    hiddenColumns: (worksheet.columns ?? [])
      .filter((column) => column.hidden)
      .map((column) => columnNumber(column) - 1),
  };
}

/** A row's cells by column from A (the columns without a value left empty). */
interface ReadRow {
  readonly number: number;
  readonly values: CellValue[];
  readonly formats: string[] | undefined;
}

/** `items` from column `from` (0-based), `width` of them, `none` where there is no item; the same array when it can be. */
function usedColumns<T>(items: T[], from: number, width: number, none: T): T[] {
  if (from > 0) return Array.from({ length: width }, (_, index) => items[from + index] ?? none);
  for (let index = 0; index < width; index++) if (items[index] === undefined) items[index] = none;
  return items;
}

/** A cell's value as the engine sees it (see `snapshotWorksheet`). */
export const cellValue = (cell: ExcelJS.Cell, date1904 = false): CellValue =>
  cell.type === ExcelJS.ValueType.Merge ? null : xlsxCellValue(cell.value, date1904);

interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

// exceljs keeps merges by master address; its public `model.merges` would rebuild every row's model.
function mergedAreas(worksheet: ExcelJS.Worksheet): MergedArea[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  return Object.values(merges).map((range) => ({
    row: range.top - 1,
    col: range.left - 1,
    rowCount: range.bottom - range.top + 1,
    colCount: range.right - range.left + 1,
  }));
}

function hiddenRows(worksheet: ExcelJS.Worksheet, from: number, to: number): number[] {
  const hidden: number[] = [];
  for (let number = from; number <= to; number += 1) if (worksheet.findRow(number)?.hidden) hidden.push(number - 1);
  return hidden;
}

const columnNumber = (column: Partial<ExcelJS.Column>): number => (column as { number?: number }).number ?? 0;
