import type { Field } from "../engine/mapping";
import { cellAddress } from "../sheet/address";
import type { Observation, ObservationsByCode } from "./observation";
import type { CellReading } from "./readCell";

/** An observation whose A1 address is written only when a finding asks for it (most cells never get one). */
export class CellObservation implements Observation {
  private address: string | undefined;
  readonly hidden?: "row" | "column";
  readonly sheetPlan?: number;

  constructor(
    readonly field: Field,
    readonly row: number,
    readonly col: number,
    readonly reading: CellReading,
    hidden: "row" | "column" | undefined,
    sheetPlan?: number,
  ) {
    if (hidden !== undefined) this.hidden = hidden;
    if (sheetPlan !== undefined) this.sheetPlan = sheetPlan;
  }

  get cell(): string {
    if (this.address === undefined) this.address = cellAddress(this.row, this.col);
    return this.address;
  }
}

/**
 * Where each code sits in a row's observations: worked out once for a sheet's columns and shared
 * by every row (a wide sheet's rows all have the same columns).
 */
export class CodePositions {
  private readonly positions = new Map<string, number>();
  /** The position of each code's first field, in column order. */
  private readonly firsts: number[] = [];

  constructor(fields: readonly Field[]) {
    fields.forEach((field, position) => {
      if (this.positions.has(field.code)) return;
      this.positions.set(field.code, position);
      this.firsts.push(position);
    });
  }

  /** The row's observations by code, over `all` (one observation per field, in the fields' order). */
  byCode(all: readonly Observation[]): ObservationsByCode {
    return new RowByCode(this.positions, this.firsts, all);
  }
}

class RowByCode implements ObservationsByCode {
  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    private readonly firsts: readonly number[],
    private readonly all: readonly Observation[],
  ) {}

  get(code: string): Observation | undefined {
    const position = this.positions.get(code);
    return position === undefined ? undefined : this.all[position];
  }

  forEachValue(visit: (observation: Observation) => void): void {
    for (let index = 0; index < this.firsts.length; index++)
      visit(this.all[this.firsts[index] as number] as Observation);
  }
}
