import type { CodePositions } from "../observations/cellObservation";
import type { RowObservations } from "../observations/observation";
import { cellDetails, onCell, type Placed } from "./placed";

interface Sum {
  /** The count's position in a row. */
  readonly position: number;
  sum: number;
  decimals: number;
  summed: number;
}

/**
 * The total row against the sum of its districts, for counts (data elements and count
 * indicators). Whole numbers must add up exactly; figures with decimals may differ by half a
 * unit of their last digit per district. Districts whose figure is missing or unreadable are left
 * out and counted in `details.skipped`; with any left out, only a total below the sum of the rest
 * is reported (the missing figures can only add to it). Number text ("45.210") is read, so summed.
 * Rows are added one at a time, in any order; only the sums and the total row are kept.
 */
export class TotalCheck {
  private total: RowObservations | undefined;
  private districts = 0;
  private readonly sums: Sum[] = [];

  constructor(countCodes: ReadonlySet<string>, positions: CodePositions) {
    for (const code of countCodes) {
      const position = positions.of(code);
      if (position >= 0) this.sums.push({ position, sum: 0, decimals: 0, summed: 0 });
    }
  }

  add(row: RowObservations): void {
    if (row.scope === "total") {
      this.total ??= row;
      return;
    }
    if (row.scope !== "district") return;
    this.districts += 1;
    for (let index = 0; index < this.sums.length; index++) {
      const sum = this.sums[index] as Sum;
      const value = row.figure(sum.position);
      if (Number.isNaN(value)) continue;
      sum.sum += value;
      sum.summed += 1;
      sum.decimals = Math.max(sum.decimals, row.decimals(sum.position));
    }
  }

  findings(sheet: string): Placed[] {
    const total = this.total;
    if (total === undefined || this.districts === 0) return [];
    const findings: Placed[] = [];
    for (const tally of this.sums) {
      const reported = total.figure(tally.position);
      const { sum, decimals, summed } = tally;
      if (Number.isNaN(reported) || summed === 0) continue;
      const skipped = this.districts - summed;
      const tolerance = decimals === 0 ? 0.5 : 0.5 * 10 ** -decimals * (summed + 1);
      if (Math.abs(reported - sum) <= tolerance) continue;
      if (skipped > 0 && reported > sum) continue;
      const expected = Math.round(sum * 10 ** decimals) / 10 ** decimals;
      const totalObservation = total.observation(tally.position);
      findings.push({
        row: totalObservation.row,
        col: totalObservation.col,
        finding: {
          status: "error",
          rule: "total-mismatch",
          ...onCell(sheet, total, totalObservation),
          value: reported,
          raw: totalObservation.reading.raw,
          details: cellDetails(totalObservation, {
            expected,
            difference: Math.round((reported - sum) * 10 ** (decimals + 2)) / 10 ** (decimals + 2),
            districts: summed,
            ...(skipped === 0 ? {} : { skipped }),
          }),
        },
      });
    }
    return findings;
  }
}
