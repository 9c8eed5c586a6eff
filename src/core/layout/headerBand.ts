import { parseNumber } from "../numbers/parse";
import { matchField } from "./fieldMatch";
import type { Grid } from "./grid";
import { headerRole } from "./headerWords";

/** One column of the header band: its own header text and the merged group text above it. */
export interface HeaderColumn {
  readonly col: number;
  /** Row of the cell that holds `header` (the lowest band row with text in this column). */
  readonly row: number;
  readonly header: string;
  readonly group: string;
}

export interface HeaderBand {
  readonly rows: readonly number[];
  readonly columns: readonly HeaderColumn[];
}

/** How far down the sheet a header is looked for. */
const SCAN_ROWS = 40;
const MAX_BAND_ROWS = 3;

function headerScore(grid: Grid, row: number, seen: Map<string, boolean>): number {
  let texts = 0;
  let known = 0;
  for (let col = grid.firstCol; col < grid.endCol; col++) {
    const own = grid.value(row, col);
    if (typeof own !== "string" || own.trim() === "") continue;
    texts += 1;
    let isKnown = seen.get(own);
    if (isKnown === undefined) {
      isKnown = !parseNumber(own, "vi").ok && (headerRole(own) !== undefined || matchField(own) !== undefined);
      seen.set(own, isKnown);
    }
    if (isKnown) known += 1;
  }
  return texts >= 2 ? known : 0;
}

function isPartialMerge(grid: Grid, row: number, width: number): boolean {
  return grid.snapshot.merges.some(
    (merge) => merge.row === row && merge.rowCount === 1 && merge.colCount > 1 && merge.colCount < width * 0.8,
  );
}

function mergeCrosses(grid: Grid, upper: number): boolean {
  return grid.snapshot.merges.some(
    (merge) => merge.rowCount > 1 && merge.row <= upper && merge.row + merge.rowCount - 1 >= upper + 1,
  );
}

function textCells(grid: Grid, row: number): number {
  let count = 0;
  for (let col = grid.firstCol; col < grid.endCol; col++) {
    const own = grid.value(row, col);
    if (typeof own === "string" && own.trim() !== "") count += 1;
  }
  return count;
}

function hasNumbers(grid: Grid, row: number): boolean {
  for (let col = grid.firstCol; col < grid.endCol; col++) if (typeof grid.value(row, col) === "number") return true;
  return false;
}

/**
 * Finds the header: the row among the first rows that names the most known indicators, data
 * elements or column roles, widened to the rows a merged group cell ("Nhân lực y tế" over
 * "Bác sĩ | Dược sĩ đại học | Điều dưỡng") or a vertical merge ("STT" over two rows) ties to it.
 */
export function findHeaderBand(grid: Grid): HeaderBand | undefined {
  let best = -1;
  let bestScore = 0;
  const seen = new Map<string, boolean>();
  for (let row = grid.firstRow; row < Math.min(grid.endRow, grid.firstRow + SCAN_ROWS); row++) {
    const score = headerScore(grid, row, seen);
    if (score > bestScore) {
      best = row;
      bestScore = score;
    }
  }
  if (best < 0) return undefined;

  const width = grid.endCol - grid.firstCol;
  let top = best;
  let bottom = best;
  while (
    bottom - top + 1 < MAX_BAND_ROWS &&
    top - 1 >= grid.firstRow &&
    (mergeCrosses(grid, top - 1) || (isPartialMerge(grid, top - 1, width) && textCells(grid, top - 1) >= 1))
  )
    top -= 1;
  while (
    bottom - top + 1 < MAX_BAND_ROWS &&
    bottom + 1 < grid.endRow &&
    (mergeCrosses(grid, bottom) || isPartialMerge(grid, bottom, width)) &&
    textCells(grid, bottom + 1) >= 1 &&
    !hasNumbers(grid, bottom + 1)
  )
    bottom += 1;

  const rows: number[] = [];
  for (let row = top; row <= bottom; row++) rows.push(row);
  const columns: HeaderColumn[] = [];
  for (let col = grid.firstCol; col < grid.endCol; col++) {
    const parts: { row: number; text: string }[] = [];
    for (const row of rows) {
      const text = grid.text(row, col);
      if (text !== "" && parts[parts.length - 1]?.text !== text) parts.push({ row, text });
    }
    const own = parts.pop();
    if (own === undefined) continue;
    columns.push({ col, row: own.row, header: own.text, group: parts.map((part) => part.text).join(" ") });
  }
  return { rows, columns };
}
