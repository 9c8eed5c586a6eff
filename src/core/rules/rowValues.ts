import { CATALOGUE } from "../indicators/catalogue";
import type { Indicator } from "../indicators/schema";
import type { CodePositions } from "../observations/cellObservation";
import type { Observation, RowObservations } from "../observations/observation";
import { cellDetails, onCell, type Placed } from "./placed";

/** An indicator's figure on one row: as the sheet reports it, or derived from the row's counts. */
export interface RowValue {
  readonly code: string;
  readonly value: number;
  readonly source: "reported" | "derived";
  /** The position in the row of the reported cell, or of the numerator's cell for a derived figure. */
  readonly position: number;
  /** That cell, read in full. */
  readonly observation: Observation;
  /** For a derived figure: the numerator and denominator cells. */
  readonly cells?: readonly string[];
  /** For a derived figure: "BEDS_COUNT/POPULATION". */
  readonly formula?: string;
}

/** A figure as the sheet reports it; its cell is read in full only when a finding needs it. */
class ReportedValue implements RowValue {
  readonly source = "reported";

  constructor(
    readonly code: string,
    readonly value: number,
    readonly position: number,
    private readonly row: RowObservations,
  ) {}

  get observation(): Observation {
    return this.row.observation(this.position);
  }
}

/** A ratio worked out from a row's counts; its cells' addresses are written only when a finding names them. */
class DerivedValue implements RowValue {
  readonly source = "derived";

  constructor(
    readonly code: string,
    readonly value: number,
    readonly position: number,
    private readonly denominator: number,
    readonly formula: string,
    private readonly row: RowObservations,
  ) {}

  get observation(): Observation {
    return this.row.observation(this.position);
  }

  get cells(): readonly string[] {
    return [this.observation.cell, this.row.observation(this.denominator).cell];
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

/** Half a unit of the last digit, by decimals: worked out once, as a row's ratios are checked by the million. */
const HALF_UNITS: readonly number[] = Array.from({ length: 16 }, (_, decimals) => 0.5 * 10 ** -decimals);

/**
 * The tolerance a reported ratio is held to: 0.5 % of the computed figure, or half a unit of
 * the reported figure's last digit (27,6 → 0.05), whichever is larger.
 */
export function ratioTolerance(computed: number, decimals: number): number {
  return Math.max(Math.abs(computed) * RATIO_RELATIVE_TOLERANCE, HALF_UNITS[decimals] ?? 0.5 * 10 ** -decimals);
}

const round = (value: number, digits = 6) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A formula the sheet can derive, with the positions of its counts and of the indicator itself (-1: not mapped). */
interface PlacedFormula extends FormulaEntry {
  readonly numerator: number;
  readonly denominator: number;
  readonly factor: number;
  readonly reported: number;
}

/** What a sheet's rows give figures from: the reported indicators and the derivable formulas, by position. */
export interface FigurePlan {
  readonly reported: readonly { readonly code: string; readonly position: number }[];
  readonly formulas: readonly PlacedFormula[];
}

/** The plan for a sheet whose fields sit at `positions`, deriving `formulas` (`formulasFor`). */
export function figurePlan(positions: CodePositions, formulas: readonly FormulaEntry[]): FigurePlan {
  return {
    reported: positions.firsts.flatMap((position) => {
      const field = positions.fields[position];
      return field?.kind === "indicator" ? [{ code: field.code, position }] : [];
    }),
    formulas: formulas.flatMap((entry) => {
      const formula = entry.indicator.formula;
      if (formula === undefined) return [];
      const numerator = positions.of(formula.numerator);
      const denominator = positions.of(formula.denominator);
      if (numerator < 0 || denominator < 0) return [];
      return [
        { ...entry, numerator, denominator, factor: formula.factor, reported: positions.of(entry.indicator.code) },
      ];
    }),
  };
}

/**
 * The indicator figures of a row: each reported, usable indicator, and each ratio whose numerator
 * and denominator counts the row holds (derived with the catalogue's formula). Where both exist
 * the reported figure is the one judged, and a `ratio-mismatch` warning says when they differ
 * beyond rounding.
 */
export function rowValues(
  sheet: string,
  row: RowObservations,
  plan: FigurePlan,
): { values: RowValue[]; findings: Placed[] } {
  const values: RowValue[] = [];
  const findings: Placed[] = [];
  const reported = plan.reported;
  for (let index = 0; index < reported.length; index++) {
    const { code, position } = reported[index] as FigurePlan["reported"][number];
    const value = row.figure(position);
    if (!Number.isNaN(value)) values.push(new ReportedValue(code, value, position, row));
  }
  const formulas = plan.formulas;
  for (let index = 0; index < formulas.length; index++) {
    const entry = formulas[index] as PlacedFormula;
    const { indicator, text: formulaText } = entry;
    const top = row.figure(entry.numerator);
    const bottom = row.figure(entry.denominator);
    if (Number.isNaN(top) || !(bottom > 0)) continue;
    const computed = (top / bottom) * entry.factor;
    // Counts too large to divide (a ratio beyond any number) give no figure.
    if (!Number.isFinite(computed)) continue;
    const figure = entry.reported < 0 ? NaN : row.figure(entry.reported);
    // The row reports the indicator itself, usably (the figure pushed above): it is the one judged.
    if (!Number.isNaN(figure)) {
      const tolerance = ratioTolerance(computed, row.decimals(entry.reported));
      if (Math.abs(figure - computed) > tolerance) {
        const observation = row.observation(entry.reported);
        const numerator = row.observation(entry.numerator);
        const denominator = row.observation(entry.denominator);
        findings.push({
          row: observation.row,
          col: observation.col,
          finding: {
            status: "warning",
            rule: "ratio-mismatch",
            ...onCell(sheet, row, observation),
            cells: [numerator.cell, denominator.cell],
            value: figure,
            raw: observation.reading.raw,
            details: cellDetails(observation, {
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
      }
      continue;
    }
    // A part above its whole is the order rule's error; a share above 100 % is not judged.
    if (indicator.unit === "percent" && computed > 100) continue;
    values.push(
      new DerivedValue(indicator.code, round(computed, 9), entry.numerator, entry.denominator, formulaText, row),
    );
  }
  return { values, findings };
}
