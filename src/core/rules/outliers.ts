import type { RowObservations } from "../observations/observation";
import { ByPosition } from "./byPosition";
import { median, medianInPlace } from "./median";
import { cellDetails, onCell, type Placed } from "./placed";
import type { RowValue } from "./rowValues";

/** |modified z-score| above which a district's figure is reported (Iglewicz & Hoaglin). */
export const OUTLIER_Z = 3.5;
/** Fewer districts than this and there is no spread to speak of. */
export const OUTLIER_MIN_DISTRICTS = 5;

/** One indicator's district figures and the sheet rows they are on, in arrays that grow by doubling. */
class Figures {
  values = new Float64Array(64);
  rows = new Int32Array(64);
  length = 0;

  constructor(readonly code: string) {}

  push(value: number, row: number): void {
    if (this.length === this.values.length) {
      const values = new Float64Array(this.length * 2);
      values.set(this.values);
      this.values = values;
      const rows = new Int32Array(this.length * 2);
      rows.set(this.rows);
      this.rows = rows;
    }
    this.values[this.length] = value;
    this.rows[this.length] = row;
    this.length += 1;
  }
}

/** A row read again, with its figures: how an outlier's cell is found once the spread is known. */
export type RowAgain = (row: number) => { row: RowObservations; values: readonly RowValue[] } | undefined;

/**
 * Outliers across districts, per indicator: modified z = 0.6745·(x − median) / MAD.
 * Skipped with fewer than five districts or when MAD is 0 (most districts report the same figure).
 * Rows are added one at a time and only their figures are kept; the few outliers' rows are read
 * again to say where they are.
 */
export class OutlierCheck {
  private readonly byCode = new Map<string, Figures>();
  private readonly byPosition = new ByPosition((code) => {
    let figures = this.byCode.get(code);
    if (figures === undefined) this.byCode.set(code, (figures = new Figures(code)));
    return figures;
  });

  add(row: RowObservations, values: readonly RowValue[]): void {
    if (row.scope !== "district") return;
    for (let index = 0; index < values.length; index++) {
      const value = values[index] as RowValue;
      // A figure beyond any number has no place in a spread.
      if (Number.isFinite(value.value)) this.byPosition.at(index, value.code).push(value.value, row.row);
    }
  }

  findings(sheet: string, rowAgain: RowAgain): Placed[] {
    const findings: Placed[] = [];
    for (const [code, { values: all, rows, length }] of this.byCode) {
      if (length < OUTLIER_MIN_DISTRICTS) continue;
      const figures = all.subarray(0, length);
      const middle = median(figures);
      const deviations = new Float64Array(length);
      for (let index = 0; index < length; index++) deviations[index] = Math.abs((figures[index] as number) - middle);
      const mad = medianInPlace(deviations);
      if (!(mad > 0)) continue;
      // Figures this close to the median are well inside the bound (for a spread far from the limits of
      // floating point); the z-score is worked out for the rest.
      const near = mad > 1e-300 && mad < 1e300 ? ((OUTLIER_Z * mad) / 0.6745) * (1 - 1e-9) : 0;
      for (let index = 0; index < length; index++) {
        if (Math.abs((figures[index] as number) - middle) <= near) continue;
        const z = (0.6745 * ((figures[index] as number) - middle)) / mad;
        if (Math.abs(z) <= OUTLIER_Z) continue;
        const again = rowAgain(rows[index] as number);
        const value = again?.values.find((candidate) => candidate.code === code);
        if (again === undefined || value === undefined) continue;
        const observation = value.observation;
        findings.push({
          row: observation.row,
          col: observation.col,
          finding: {
            status: "warning",
            rule: "outlier",
            ...onCell(sheet, again.row, observation),
            indicator: code,
            value: value.value,
            raw: observation.reading.raw,
            ...(value.cells === undefined ? {} : { cells: value.cells }),
            details: cellDetails(observation, {
              z: Math.round(z * 10) / 10,
              median: Math.round(middle * 1000) / 1000,
              districts: length,
            }),
          },
        });
      }
    }
    return findings;
  }
}
