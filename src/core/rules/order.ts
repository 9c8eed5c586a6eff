import { CATALOGUE } from "../indicators/catalogue";
import type { CodePositions } from "../observations/cellObservation";
import type { RowObservations } from "../observations/observation";
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

/** A pair a sheet can hold out of order, by the positions of its two codes in a row. */
export interface PlacedPair {
  readonly lower: number;
  readonly upper: number;
  readonly upperCode: string;
}

/** The pairs a sheet can hold out of order: those whose two codes are both among its fields. */
export const pairsFor = (positions: CodePositions): readonly PlacedPair[] =>
  ORDERED_PAIRS.flatMap(([lowerCode, upperCode]) => {
    const lower = positions.of(lowerCode);
    const upper = positions.of(upperCode);
    return lower < 0 || upper < 0 ? [] : [{ lower, upper, upperCode }];
  });

/** Related figures out of order on a row (IMR above U5MR): an error on the first one's cell. */
export function orderFindings(sheet: string, row: RowObservations, pairs: readonly PlacedPair[]): Placed[] {
  const findings: Placed[] = [];
  for (let index = 0; index < pairs.length; index++) {
    const pair = pairs[index] as PlacedPair;
    const a = row.figure(pair.lower);
    const b = row.figure(pair.upper);
    if (!(a > b)) continue;
    const lower = row.observation(pair.lower);
    const upper = row.observation(pair.upper);
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
        details: cellDetails(lower, { other: pair.upperCode, otherValue: b, otherCell: upper.cell }),
      },
    });
  }
  return findings;
}
