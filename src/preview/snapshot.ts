import type { CellValue, SheetSnapshot } from "../core/sheet/snapshot";
import type { PreviewSheet } from "./model";

/**
 * The sheet as the engine reads it, the way the Excel adapter reads a used range: the smallest
 * rectangle holding every value, with its number formats, merged areas and hidden rows and columns.
 */
export function snapshotOf(sheet: PreviewSheet): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell === undefined || cell.value === null) return;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }),
  );
  const base = {
    sheetName: sheet.name,
    merges: sheet.merges,
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
  };
  if (bottom < 0) return { ...base, origin: { row: 0, col: 0 }, values: [], numberFormats: [] };

  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const valueRow: CellValue[] = [];
    const formatRow: string[] = [];
    const row = sheet.cells[r];
    for (let c = left; c <= right; c++) {
      const cell = row?.[c];
      valueRow.push(cell?.value ?? null);
      formatRow.push(cell?.format ?? "General");
    }
    values.push(valueRow);
    numberFormats.push(formatRow);
  }
  return { ...base, origin: { row: top, col: left }, values, numberFormats };
}
