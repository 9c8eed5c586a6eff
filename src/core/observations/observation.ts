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

/** A row's observations by indicator or data element code. */
export interface ObservationsByCode {
  get(code: string): Observation | undefined;
  /** Visits one observation per code (its first column's), in column order. */
  forEachValue(visit: (observation: Observation) => void): void;
}

/** The observations of one district row (or the total row, or a long sheet's one unit). */
export interface RowObservations {
  readonly row: number;
  readonly district: string;
  readonly scope: Exclude<FindingScope, "pooled">;
  /** By indicator or data element code; the first column mapped to a code wins. */
  readonly values: ObservationsByCode;
  /** Every observation of the row, duplicates included, in column order. */
  readonly all: readonly Observation[];
}

/** The value of an observation when it can be used for targets, sums and ratios. */
export function usableValue(observation: Observation | undefined): number | undefined {
  const reading = observation?.reading;
  return reading?.ok === true && reading.usable ? reading.value : undefined;
}
