import type { RowObservations } from "../observations/observation";
import { usableValue } from "../observations/observation";
import { cellDetails, onCell, type Placed } from "./placed";

interface Sum {
  readonly code: string;
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

  constructor(countCodes: ReadonlySet<string>) {
    for (const code of countCodes) this.sums.push({ code, sum: 0, decimals: 0, summed: 0 });
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
      const observation = row.values.get(sum.code);
      const value = usableValue(observation);
      if (value === undefined || observation?.reading.ok !== true) continue;
      sum.sum += value;
      sum.summed += 1;
      sum.decimals = Math.max(sum.decimals, observation.reading.decimals);
    }
  }

  findings(sheet: string): Placed[] {
    const total = this.total;
    if (total === undefined || this.districts === 0) return [];
    const findings: Placed[] = [];
    for (const tally of this.sums) {
      const totalObservation = total.values.get(tally.code);
      if (totalObservation === undefined) continue;
      const reported = usableValue(totalObservation);
      const { sum, decimals, summed } = tally;
      if (reported === undefined || summed === 0) continue;
      const skipped = this.districts - summed;
      const tolerance = decimals === 0 ? 0.5 : 0.5 * 10 ** -decimals * (summed + 1);
      if (Math.abs(reported - sum) <= tolerance) continue;
      if (skipped > 0 && reported > sum) continue;
      const expected = Math.round(sum * 10 ** decimals) / 10 ** decimals;
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
