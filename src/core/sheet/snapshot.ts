/** An error value in a cell (`#DIV/0!`, `#N/A`, …). */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export const isCellError = (value: unknown): value is CellError =>
  typeof value === "object" && value !== null && typeof (value as CellError).error === "string";

/** A merged area, in 0-based sheet coordinates. */
export interface MergedArea {
  readonly row: number;
  readonly col: number;
  readonly rowCount: number;
  readonly colCount: number;
}

/**
 * A sheet read once by an adapter (the Excel add-in, the command line, the preview): the engine works on this
 * and nothing else. Rows and columns are 0-based sheet coordinates; `values[i][j]` is the cell at
 * row `origin.row + i`, column `origin.col + j`.
 */
export interface SheetSnapshot {
  readonly sheetName: string;
  readonly origin: { readonly row: number; readonly col: number };
  readonly values: readonly (readonly CellValue[])[];
  /** Same shape as `values`; "General" where the cell has no format of its own. */
  readonly numberFormats: readonly (readonly string[])[];
  readonly merges: readonly MergedArea[];
  readonly hiddenRows: readonly number[];
  readonly hiddenColumns: readonly number[];
}
