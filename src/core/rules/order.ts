import { CATALOGUE } from "../indicators/catalogue";
import { usableValue, type RowObservations } from "../observations/observation";
import { cellDetails, onCell, type Placed } from "./placed";

/** Pairs [a, b] where a cannot exceed b on the same row. */
export const ORDERED_PAIRS: readonly (readonly [string, string])[] = [
  ["IMR", "U5MR"],
  ["DEATHS_U1", "DEATHS_U5"],
  // A share's part cannot exceed its whole (insured people ≤ population, …).
  ...CATALOGUE.indicators.flatMap((indicator) =>
    indicator.formula !== undefined && indicator.unit === "percent"
      ? [[indicator.formula.numerator, indicator.formula.denominator] as const]
      : [],
  ),
];

/** The pairs a sheet can hold out of order: those whose two codes are both among its codes. */
export const pairsFor = (codes: ReadonlySet<string>): readonly (readonly [string, string])[] =>
  ORDERED_PAIRS.filter(([lower, upper]) => codes.has(lower) && codes.has(upper));

/** Related figures out of order on a row (IMR above U5MR): an error on the first one's cell. */
export function orderFindings(
  sheet: string,
  row: RowObservations,
  pairs: readonly (readonly [string, string])[] = ORDERED_PAIRS,
): Placed[] {
  const findings: Placed[] = [];
  for (const [lowerCode, upperCode] of pairs) {
    const lower = row.values.get(lowerCode);
    const upper = row.values.get(upperCode);
    const a = usableValue(lower);
    const b = usableValue(upper);
    if (lower === undefined || upper === undefined || a === undefined || b === undefined || a <= b) continue;
    findings.push({
      row: lower.row,
      col: lower.col,
      finding: {
        status: "error",
        rule: "order",
        ...onCell(sheet, row, lower),
        cells: [lower.cell, upper.cell],
        value: a,
        raw: lower.reading.raw,
        details: cellDetails(lower, { other: upperCode, otherValue: b, otherCell: upper.cell }),
      },
    });
  }
  return findings;
}
