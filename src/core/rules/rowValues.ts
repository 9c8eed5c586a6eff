import { CATALOGUE } from "../indicators/catalogue";
import type { Indicator } from "../indicators/schema";
import { usableValue, type Observation, type RowObservations } from "../observations/observation";
import { cellDetails, onCell, type Placed } from "./placed";

/** An indicator's figure on one row: as the sheet reports it, or derived from the row's counts. */
export interface RowValue {
  readonly code: string;
  readonly value: number;
  readonly source: "reported" | "derived";
  /** The reported cell, or the numerator's cell for a derived figure. */
  readonly observation: Observation;
  /** For a derived figure: the numerator and denominator cells. */
  readonly cells?: readonly string[];
  /** For a derived figure: "BEDS_COUNT/POPULATION". */
  readonly formula?: string;
}

/** A ratio worked out from a row's counts; its cells' addresses are written only when a finding names them. */
class DerivedValue implements RowValue {
  readonly source = "derived";

  constructor(
    readonly code: string,
    readonly value: number,
    readonly observation: Observation,
    private readonly denominator: Observation,
    readonly formula: string,
  ) {}

  get cells(): readonly string[] {
    return [this.observation.cell, this.denominator.cell];
  }
}

/** The catalogue's indicators with a formula. */
const FORMULA_INDICATORS: readonly Indicator[] = CATALOGUE.indicators.filter(
  (indicator) => indicator.formula !== undefined,
);

/** A formula indicator with its formula's text ("BEDS_COUNT/POPULATION") made once. */
export interface FormulaEntry {
  readonly indicator: Indicator;
  readonly text: string;
}

const FORMULAS: readonly FormulaEntry[] = FORMULA_INDICATORS.map((indicator) => ({
  indicator,
  text: `${indicator.formula?.numerator}/${indicator.formula?.denominator}`,
}));

/** The formulas a sheet can derive: those whose numerator and denominator are both among its codes. */
export function formulasFor(codes: ReadonlySet<string>): readonly FormulaEntry[] {
  return FORMULAS.filter(
    ({ indicator }) =>
      indicator.formula !== undefined &&
      codes.has(indicator.formula.numerator) &&
      codes.has(indicator.formula.denominator),
  );
}

/** Relative difference between a reported and a computed ratio that is still rounding. */
export const RATIO_RELATIVE_TOLERANCE = 0.005;

/**
 * The tolerance a reported ratio is held to: 0.5 % of the computed figure, or half a unit of
 * the reported figure's last digit (27,6 → 0.05), whichever is larger.
 */
export function ratioTolerance(computed: number, decimals: number): number {
  return Math.max(Math.abs(computed) * RATIO_RELATIVE_TOLERANCE, 0.5 * 10 ** -decimals);
}

const round = (value: number, digits = 6) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The indicator figures of a row: each reported, usable indicator, and each ratio whose numerator
 * and denominator counts the row holds (derived with the catalogue's formula). Where both exist
 * the reported figure is the one judged, and a `ratio-mismatch` warning says when they differ
 * beyond rounding.
 */
export function rowValues(
  sheet: string,
  row: RowObservations,
  formulas: readonly FormulaEntry[] = FORMULAS,
): { values: RowValue[]; findings: Placed[] } {
  const values: RowValue[] = [];
  const findings: Placed[] = [];
  row.values.forEachValue((observation) => {
    if (observation.field.kind !== "indicator") return;
    const value = usableValue(observation);
    if (value !== undefined) values.push({ code: observation.field.code, value, source: "reported", observation });
  });
  for (const { indicator, text: formulaText } of formulas) {
    const formula = indicator.formula;
    if (formula === undefined) continue;
    const numerator = row.values.get(formula.numerator);
    const denominator = row.values.get(formula.denominator);
    if (numerator === undefined || denominator === undefined) continue;
    const top = usableValue(numerator);
    const bottom = usableValue(denominator);
    if (top === undefined || bottom === undefined || bottom <= 0) continue;
    const computed = (top / bottom) * formula.factor;
    const reported = row.values.get(indicator.code);
    const reading = reported?.reading;
    // The row reports the indicator itself, usably (the figure pushed above): it is the one judged.
    if (reported !== undefined && usableValue(reported) !== undefined && reading?.ok === true) {
      const tolerance = ratioTolerance(computed, reading.decimals);
      if (Math.abs(reading.value - computed) > tolerance)
        findings.push({
          row: reported.row,
          col: reported.col,
          finding: {
            status: "warning",
            rule: "ratio-mismatch",
            ...onCell(sheet, row, reported),
            cells: [numerator.cell, denominator.cell],
            value: reading.value,
            raw: reading.raw,
            details: cellDetails(reported, {
              computed: round(computed, 4),
              formula: formulaText,
              numerator: top,
              denominator: bottom,
              numeratorCell: numerator.cell,
              denominatorCell: denominator.cell,
              tolerance: round(tolerance, 6),
            }),
          },
        });
      continue;
    }
    // A part above its whole is the order rule's error; a share above 100 % is not judged.
    if (indicator.unit === "percent" && computed > 100) continue;
    values.push(new DerivedValue(indicator.code, round(computed, 9), numerator, denominator, formulaText));
  }
  return { values, findings };
}
