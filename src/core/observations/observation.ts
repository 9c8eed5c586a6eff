import type { Field } from "../engine/mapping";
import type { FindingScope } from "../findings/finding";
import type { CellReading } from "./readCell";

/** One value read from a sheet: whose, what, where, and how it was read. */
export interface Observation {
  readonly field: Field;
  readonly row: number;
  readonly col: number;
  /** A1 address. */
  readonly cell: string;
  readonly reading: CellReading;
  /** "row" / "column" when the cell sits in a hidden row or column: still read, and said so. */
  readonly hidden?: "row" | "column";
  /** The sheet's own plan figure for this indicator (long layout "Kế hoạch" column). */
  readonly sheetPlan?: number;
}

/**
 * The cells of one district row (or the total row, or a long sheet's one unit), by position: the
 * place of their field among the sheet's mapped fields (`CodePositions`). Most cells are only ever
 * a figure; a cell is read in full, as an observation, when a finding or a check needs more.
 */
export interface RowObservations {
  readonly row: number;
  readonly district: string;
  readonly scope: Exclude<FindingScope, "pooled">;
  /** The figure usable for targets, sums and ratios, or NaN when the cell has none. */
  figure(position: number): number;
  /** Decimal places the figure was given with (its last digit's precision); 0 for a cell that is not a number. */
  decimals(position: number): number;
  /** The cell read in full. */
  observation(position: number): Observation;
  /** True when the cell holds a plain number without a problem: its figure and place say all there is. */
  plain(position: number): boolean;
  /** Whether the cell sits in a hidden row or column. */
  hidden(position: number): "row" | "column" | undefined;
  /** Sheet row and column of the cell. */
  cellRow(position: number): number;
  cellCol(position: number): number;
  /** The cells read with a data problem, in the order of the sheet's mapped fields. */
  readonly problems: readonly Observation[];
}

/** The value of an observation when it can be used for targets, sums and ratios. */
export function usableValue(observation: Observation | undefined): number | undefined {
  const reading = observation?.reading;
  return reading?.ok === true && reading.usable ? reading.value : undefined;
}
