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
  const rows: ExcelJS.Row[] = [];
  let minCol = Infinity;
  let maxCol = -Infinity;
  worksheet.eachRow((row) => {
    // exceljs types `dimensions` as a number; it is `{ min, max }` over the row's cells, or null.
    const dimensions = row.dimensions as unknown as { min: number; max: number } | null;
    if (dimensions === null) return;
    rows.push(row);
    minCol = Math.min(minCol, dimensions.min);
    maxCol = Math.max(maxCol, dimensions.max);
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return undefined;

  const origin = { row: first.number - 1, col: minCol - 1 };
  const height = last.number - first.number + 1;
  const width = maxCol - minCol + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  // Rows without a format of their own share one row of "General" (the snapshot is read-only).
  const general: readonly string[] = new Array<string>(width).fill("General");
  const numberFormats: (readonly string[])[] = new Array<readonly string[]>(height).fill(general);
  for (const row of rows) {
    const at = row.number - first.number;
    const rowValues = values[at] ?? [];
    let rowFormats: string[] | undefined;
    row.eachCell((cell, colNumber) => {
      const index = colNumber - minCol;
      rowValues[index] = cellValue(cell, date1904);
      const format = cell.numFmt;
      if (typeof format !== "string" || format === "") return;
      if (rowFormats === undefined) {
        rowFormats = general.slice();
        numberFormats[at] = rowFormats;
      }
      rowFormats[index] = format;
    });
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
