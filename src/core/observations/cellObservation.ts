import type { Field } from "../engine/mapping";
import { cellAddress } from "../sheet/address";
import type { Observation } from "./observation";
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
 * Where each code sits among a sheet's mapped fields: worked out once for a sheet and shared by
 * every row (a wide sheet's rows all have the same columns). The first field mapped to a code wins.
 */
export class CodePositions {
  private readonly positions = new Map<string, number>();
  /** The position of each code's first field, in column order. */
  readonly firsts: readonly number[];

  constructor(readonly fields: readonly Field[]) {
    const firsts: number[] = [];
    fields.forEach((field, position) => {
      if (this.positions.has(field.code)) return;
      this.positions.set(field.code, position);
      firsts.push(position);
    });
    this.firsts = firsts;
  }

  /** The position of the code's first field, or -1 when no field is mapped to it. */
  of(code: string): number {
    return this.positions.get(code) ?? -1;
  }
}
