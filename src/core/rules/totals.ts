import type { RowObservations } from "../observations/observation";
import { usableValue } from "../observations/observation";
import { cellDetails, onCell, type Placed } from "./placed";

/**
 * The total row against the sum of its districts, for counts (data elements and count
 * indicators). Whole numbers must add up exactly; figures with decimals may differ by half a
 * unit of their last digit per district. Districts whose figure is missing or unreadable are left
 * out and counted in `details.skipped`; with any left out, only a total below the sum of the rest
 * is reported (the missing figures can only add to it). Number text ("45.210") is read, so summed.
 */
export function totalFindings(sheet: string, rows: readonly RowObservations[], countCodes: ReadonlySet<string>) {
  const total = rows.find((row) => row.scope === "total");
  if (total === undefined) return [];
  const districts = rows.filter((row) => row.scope === "district");
  const findings: Placed[] = [];
  for (const [code, totalObservation] of total.values) {
    if (!countCodes.has(code)) continue;
    const reported = usableValue(totalObservation);
    if (reported === undefined || districts.length === 0) continue;
    let sum = 0;
    let decimals = 0;
    let summed = 0;
    for (const district of districts) {
      const observation = district.values.get(code);
      const value = usableValue(observation);
      if (value === undefined || observation?.reading.ok !== true) continue;
      sum += value;
      summed += 1;
      decimals = Math.max(decimals, observation.reading.decimals);
    }
    const skipped = districts.length - summed;
    if (summed === 0) continue;
    const tolerance = decimals === 0 ? 0.5 : 0.5 * 10 ** -decimals * (summed + 1);
    if (Math.abs(reported - sum) <= tolerance) continue;
    if (skipped > 0 && reported > sum) continue;
    const expected = Math.round(sum * 10 ** Math.max(decimals, 0)) / 10 ** Math.max(decimals, 0);
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
