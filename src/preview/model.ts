import type { CellValue, MergedArea } from "../core/sheet/snapshot";

/** How a cell looks in the workbook file, kept so the grid can show it (never changed by PlanCheck). */
export interface CellLook {
  readonly bold?: boolean;
  /** Solid fill as `#RRGGBB`. */
  readonly fill?: string;
  readonly align?: "left" | "center" | "right";
}

/** One cell of the in-memory workbook. */
export interface PreviewCell {
  readonly value: CellValue;
  /** Excel number format; "General" when the cell has none of its own. */
  readonly format: string;
  readonly look?: CellLook;
}

/** A worksheet held in the page: 0-based rows and columns, like the snapshot the engine reads. */
export interface PreviewSheet {
  readonly name: string;
  /** `cells[row][col]`; holes are empty cells. */
  readonly cells: readonly (readonly (PreviewCell | undefined)[] | undefined)[];
  /** One past the last row and column that hold anything (value, format or merge). */
  readonly rowCount: number;
  readonly colCount: number;
  readonly merges: readonly MergedArea[];
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenColumns: ReadonlySet<number>;
  /** Column widths in Excel character units, where the file sets them. */
  readonly columnWidths: ReadonlyMap<number, number>;
}

/** A workbook loaded in the page: its visible sheets, in tab order. */
export interface PreviewWorkbook {
  /** What the user opened ("lai-chau-huyen.xlsx"), shown in the title bar. */
  readonly fileName: string;
  readonly sheets: readonly PreviewSheet[];
}

/** The cell at a 0-based position, or undefined when it is empty. */
export const cellAt = (sheet: PreviewSheet, row: number, col: number): PreviewCell | undefined =>
  sheet.cells[row]?.[col];

/** The merged area whose top-left cell this is. */
export function mergeStartingAt(sheet: PreviewSheet, row: number, col: number): MergedArea | undefined {
  return sheet.merges.find((merge) => merge.row === row && merge.col === col);
}

/** The merged area covering a cell, if any (including its top-left cell). */
export function mergeCovering(sheet: PreviewSheet, row: number, col: number): MergedArea | undefined {
  return sheet.merges.find(
    (merge) =>
      row >= merge.row && row < merge.row + merge.rowCount && col >= merge.col && col < merge.col + merge.colCount,
  );
}
