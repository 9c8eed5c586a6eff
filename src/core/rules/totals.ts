import type { RowObservations } from "../observations/observation";
import { usableValue } from "../observations/observation";
import { cellDetails, onCell, type Placed } from "./placed";

/**
 * The total row against the sum of its districts, for counts (data elements and count
 * indicators). Whole numbers must add up exactly; figures with decimals may differ by half a
 * unit of their last digit per district. A column where a district's figure is unreadable or
 * missing is not checked (the sum would be a guess).
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
    let complete = true;
    for (const district of districts) {
      const observation = district.values.get(code);
      const value = usableValue(observation);
      if (value === undefined || observation?.reading.ok !== true) {
        complete = false;
        break;
      }
      sum += value;
      decimals = Math.max(decimals, observation.reading.decimals);
    }
    if (!complete) continue;
    const tolerance = decimals === 0 ? 0.5 : 0.5 * 10 ** -decimals * (districts.length + 1);
    if (Math.abs(reported - sum) <= tolerance) continue;
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
          districts: districts.length,
        }),
      },
    });
  }
  return findings;
}
