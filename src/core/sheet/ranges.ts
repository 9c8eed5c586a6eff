import { cellAddress } from "./address";

/**
 * Collects cells column by column into A1 ranges of consecutive rows ("C4:C50003"), so that a
 * figure made from a whole column of districts names its cells in a few ranges, not one address each.
 * Cells are expected row by row, downwards; any other order still gives correct, if more, ranges.
 */
export class RangeCollector {
  /** Per column, its runs as [first row, last row, first row, last row, …]. */
  private readonly runs = new Map<number, number[]>();
  private lastCol = -1;
  private lastRuns: number[] = [];

  add(row: number, col: number): void {
    const runs = col === this.lastCol ? this.lastRuns : this.runs.get(col);
    if (runs === undefined) {
      this.lastCol = col;
      this.lastRuns = [row, row];
      this.runs.set(col, this.lastRuns);
      return;
    }
    this.lastCol = col;
    this.lastRuns = runs;
    const end = runs.length - 1;
    if (runs[end] === row - 1) runs[end] = row;
    else if (runs[end] !== row) runs.push(row, row);
  }

  /** The ranges, column by column in the order first seen, after `before`. */
  addresses(before: string[] = []): string[] {
    const addresses = before;
    for (const [col, runs] of this.runs)
      for (let index = 0; index < runs.length; index += 2) {
        const first = runs[index] as number;
        const last = runs[index + 1] as number;
        const top = cellAddress(first, col);
        addresses.push(first === last ? top : `${top}:${cellAddress(last, col)}`);
      }
    return addresses;
  }
}
