import type { FindingScope } from "../findings/finding";
import type { Observation, RowObservations } from "./observation";
import { plainDecimals } from "./readCell";

/** Where a sheet's cells are and how one is read in full: shared by the sheet's rows. */
export interface CellSource {
  /** The column of the cell at each position. */
  readonly cellCols: readonly number[];
  /** The row of the cell at each position, where it is not the row's own (a long sheet's fields). */
  readonly cellRows?: readonly number[];
  observe(row: number, position: number): Observation;
  format(row: number, position: number): string;
  /** Whether the cell sits in a hidden row or column. */
  hidden(row: number, position: number): "row" | "column" | undefined;
}

const NO_OBSERVATIONS: readonly Observation[] = [];

/**
 * A row as read: a figure per position, and the observations of the cells that were read in full
 * (text, blanks, errors, problems); the other cells are read in full only when asked for.
 */
export class ReadRow implements RowObservations {
  constructor(
    readonly row: number,
    readonly district: string,
    readonly scope: Exclude<FindingScope, "pooled">,
    private readonly figures: readonly number[],
    /** The cells read in full with the row; the others are plain numbers. */
    private readonly made: readonly (Observation | undefined)[] | undefined,
    private readonly source: CellSource,
    readonly problems: readonly Observation[] = NO_OBSERVATIONS,
  ) {}

  figure(position: number): number {
    return this.figures[position] ?? NaN;
  }

  decimals(position: number): number {
    const made = this.made?.[position];
    if (made !== undefined) return made.reading.ok ? made.reading.decimals : 0;
    return plainDecimals(this.figure(position), this.source.format(this.row, position));
  }

  /** Plain numbers read in full since, for a finding or a check. */
  private asked: Observation[] | undefined;

  observation(position: number): Observation {
    const made = this.made?.[position];
    if (made !== undefined) return made;
    const asked = (this.asked ??= []);
    return (asked[position] ??= this.source.observe(this.row, position));
  }

  plain(position: number): boolean {
    return this.made?.[position] === undefined;
  }

  hidden(position: number): "row" | "column" | undefined {
    return this.source.hidden(this.row, position);
  }

  cellRow(position: number): number {
    return this.source.cellRows?.[position] ?? this.row;
  }

  /** The cell's column (-1 for a position the sheet does not map). */
  cellCol(position: number): number {
    return this.source.cellCols[position] ?? -1;
  }
}
