import type { ProvinceFigure } from "../engine/types";
import type { Finding } from "../findings/finding";
import { indicatorByCode } from "../indicators/catalogue";
import type { CodePositions } from "../observations/cellObservation";
import type { RowObservations } from "../observations/observation";
import type { Plan } from "../plans/schema";
import { ByPosition } from "./byPosition";
import { cellDetails, onCell, type Placed } from "./placed";
import { RangeCollector } from "../sheet/ranges";
import { judgesFor } from "./targets";
import { ratioTolerance, type FormulaEntry, type RowValue } from "./rowValues";

interface Pooled {
  readonly value: number;
  /** "counts": Σ numerators / Σ denominators; "weighted": reported figures weighted by a denominator or population. */
  readonly method: "counts" | "weighted";
  readonly weight?: string;
  readonly districts: number;
  /** The cells pooled, as ranges; made only for a figure that gets a finding. */
  readonly cells: () => string[];
}

type Row = { readonly row: RowObservations; readonly values: readonly RowValue[] };

/** Running sums for one way of pooling one indicator. */
class Tally {
  top = 0;
  bottom = 0;
  count = 0;
  negative = false;
  private readonly tops = new RangeCollector();
  private readonly bottoms = new RangeCollector();

  /** Adds a row's figures at positions `topAt` and `bottomAt`. */
  add(top: number, bottom: number, row: RowObservations, topAt: number, bottomAt: number): void {
    if (top < 0 || bottom < 0) this.negative = true;
    this.top += top;
    this.bottom += bottom;
    this.count += 1;
    this.tops.add(row.cellRow(topAt), row.cellCol(topAt));
    this.bottoms.add(row.cellRow(bottomAt), row.cellCol(bottomAt));
  }

  /** The cells summed: the numerators' (or figures') ranges, then the denominators' (or weights'). */
  cells(): string[] {
    return this.bottoms.addresses(this.tops.addresses());
  }
}

/** Σ numerators / Σ denominators × factor over the rows with both counts, as pooledRatio makes it. */
function fromCounts(tally: Tally | undefined, factor: number): Pooled | undefined {
  if (tally === undefined || tally.count === 0 || tally.negative || tally.bottom === 0) return undefined;
  const value = (tally.top / tally.bottom) * factor;
  if (!Number.isFinite(value)) return undefined;
  return {
    value,
    method: "counts",
    districts: tally.count,
    cells: () => tally.cells(),
  };
}

/** One indicator's reported figures summed by each weight: its formula's denominator (when not population), then population. */
interface Weighted {
  readonly code: string;
  readonly weights: readonly string[];
  /** Each weight's position in a row (-1: not on the sheet). */
  readonly at: readonly number[];
  readonly tallies: readonly Tally[];
}

function weightedFor(code: string, positions: CodePositions): Weighted {
  const denominator = indicatorByCode(code)?.formula?.denominator;
  const weights =
    denominator === undefined || denominator === "POPULATION" ? ["POPULATION"] : [denominator, "POPULATION"];
  return { code, weights, at: weights.map((weight) => positions.of(weight)), tallies: weights.map(() => new Tally()) };
}

/** A formula whose counts the sheet has, by their positions, with its running sums. */
interface Counted {
  readonly code: string;
  readonly numerator: number;
  readonly denominator: number;
  readonly tally: Tally;
}

/**
 * Reported figures weighted by what they are a share of: the formula's denominator when the
 * sheet has it (exactly the pooled ratio), else the population (an approximation, said so).
 */
function fromFigures(weighted: Weighted | undefined): Pooled | undefined {
  if (weighted === undefined) return undefined;
  for (const [index, weight] of weighted.weights.entries()) {
    const tally = weighted.tallies[index];
    if (tally === undefined || tally.count === 0 || !(tally.bottom > 0)) continue;
    const value = tally.top / tally.bottom;
    if (!Number.isFinite(value)) continue;
    return {
      value,
      method: "weighted",
      weight,
      districts: tally.count,
      cells: () => tally.cells(),
    };
  }
  return undefined;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** Decimals of a derived total figure: it is held to the relative tolerance alone. */
const DERIVED_DECIMALS = 9;

/**
 * The total row's own ratio against the figure pooled from the district rows: a `total-mismatch`
 * warning on the total's cell when they differ beyond rounding (a total row whose population
 * SUM skipped a text number gives beds per 10,000 far from the districts'). Only pooled figures
 * that are exact (from counts, or weighted by the formula's own denominator) are compared.
 */
function totalAgainstPooled(
  sheet: string,
  total: Row,
  totalFigure: RowValue,
  pooled: Pooled,
  denominator: string | undefined,
  districtRows: number,
): Placed | undefined {
  if (pooled.method === "weighted" && pooled.weight !== denominator) return undefined;
  const reading = totalFigure.observation.reading;
  const decimals = totalFigure.source === "reported" && reading.ok ? reading.decimals : DERIVED_DECIMALS;
  const tolerance = ratioTolerance(pooled.value, decimals);
  const difference = totalFigure.value - pooled.value;
  if (!(Math.abs(difference) > tolerance)) return undefined;
  const observation = totalFigure.observation;
  return {
    row: observation.row,
    col: observation.col,
    finding: {
      status: "warning",
      rule: "total-mismatch",
      ...onCell(sheet, total.row, observation),
      indicator: totalFigure.code,
      ...(totalFigure.cells === undefined ? {} : { cells: totalFigure.cells }),
      value: round(totalFigure.value),
      ...(totalFigure.source === "reported" ? { raw: reading.raw } : {}),
      details: cellDetails(observation, {
        pooled: round(pooled.value),
        difference: round(difference),
        method: pooled.method,
        districts: pooled.districts,
        skipped: districtRows - pooled.districts,
        tolerance: round(tolerance),
        ...(totalFigure.formula === undefined ? {} : { derived: totalFigure.formula }),
      }),
    },
  };
}

/**
 * The province's figure per indicator: pooled from the districts (Σ numerators / Σ denominators
 * × factor; never the mean of the district ratios), beside the total row's own figure, and
 * judged against the target. Indicators with neither a formula nor a population to weight by
 * get no pooled figure. Rows are added one at a time; only running sums and the total row are kept.
 */
export class ProvincePool {
  /**
   * @param formulas the formula indicators whose counts the sheet has (`formulasFor`).
   * @param positions where the sheet's codes sit in its rows.
   */
  constructor(
    formulas: readonly FormulaEntry[],
    private readonly positions: CodePositions,
  ) {
    for (const { indicator } of formulas) {
      const formula = indicator.formula;
      if (formula === undefined) continue;
      const numerator = positions.of(formula.numerator);
      const denominator = positions.of(formula.denominator);
      if (numerator < 0 || denominator < 0) continue;
      const tally = new Tally();
      this.counted.push({ code: indicator.code, numerator, denominator, tally });
    }
  }

  private readonly codes = new Set<string>();
  private districts = 0;
  private total: Row | undefined;
  /** By formula: Σ numerator and denominator counts over the rows that have both. */
  private readonly counted: Counted[] = [];
  /** By indicator: Σ figure × weight and Σ weight, for each weight. */
  private readonly weighted = new Map<string, Weighted>();

  private weightedOf(code: string): Weighted {
    let weighted = this.weighted.get(code);
    if (weighted === undefined) this.weighted.set(code, (weighted = weightedFor(code, this.positions)));
    return weighted;
  }

  /** Each figure's weighted sums by its place in the row; a code's first figure also counts it among the sheet's codes. */
  private readonly byPosition = new ByPosition((code) => {
    this.codes.add(code);
    return this.weightedOf(code);
  });

  add(row: RowObservations, values: readonly RowValue[]): void {
    const district = row.scope === "district";
    if (row.scope === "total") this.total ??= { row, values };
    if (district) this.addCounts(row);
    for (let at = 0; at < values.length; at++) {
      const value = values[at] as RowValue;
      const weighted = this.byPosition.at(at, value.code);
      // A row reports one figure per code (rowValues): its first column's.
      if (!district || value.source !== "reported") continue;
      for (let index = 0; index < weighted.weights.length; index++) {
        const weightAt = weighted.at[index] as number;
        const w = weightAt < 0 ? NaN : row.figure(weightAt);
        if (!(w > 0)) continue;
        weighted.tallies[index]?.add(value.value * w, w, row, value.position, weightAt);
      }
    }
  }

  private addCounts(row: RowObservations): void {
    this.districts += 1;
    const counted = this.counted;
    for (let index = 0; index < counted.length; index++) {
      const { numerator, denominator, tally } = counted[index] as Counted;
      const a = row.figure(numerator);
      const b = row.figure(denominator);
      if (!Number.isNaN(a) && !Number.isNaN(b)) tally.add(a, b, row, numerator, denominator);
    }
  }

  figures(
    sheet: string,
    plan: Plan,
    year: number,
    listMet = true,
  ): {
    figures: ProvinceFigure[];
    findings: Finding[];
    placed: Placed[];
    metUnlisted: number;
  } {
    const total = this.total;
    const figures: ProvinceFigure[] = [];
    const findings: Finding[] = [];
    const placed: Placed[] = [];
    const judges = judgesFor(plan, year);
    let metUnlisted = 0;
    for (const code of this.codes) {
      const formula = indicatorByCode(code)?.formula;
      const pooled =
        this.districts > 0
          ? ((formula === undefined
              ? undefined
              : fromCounts(this.counted.find((entry) => entry.code === code)?.tally, formula.factor)) ??
            fromFigures(this.weighted.get(code)))
          : undefined;
      const totalEntry = total?.values.find((value) => value.code === code);
      const totalValue = totalEntry === undefined ? null : round(totalEntry.value);
      if (total !== undefined && totalEntry !== undefined && pooled !== undefined) {
        const mismatch = totalAgainstPooled(sheet, total, totalEntry, pooled, formula?.denominator, this.districts);
        if (mismatch !== undefined) placed.push(mismatch);
      }
      if (pooled === undefined && totalValue === null) continue;
      const value = pooled === undefined ? totalValue : round(pooled.value);
      const judgement = value === null ? undefined : judges(code).judge(value);
      figures.push({
        indicator: code,
        pooled: pooled === undefined ? null : round(pooled.value),
        totalRow: totalValue,
        value,
        target: judgement?.target ?? null,
        gap: judgement?.gap ?? null,
        met: judgement?.met ?? null,
      });
      if (pooled === undefined || judgement === undefined) continue;
      if (judgement.status === "met" && !listMet) {
        metUnlisted += 1;
        continue;
      }
      findings.push({
        status: judgement.status,
        rule: judgement.rule,
        sheet,
        cells: pooled.cells(),
        // The total row's own label ("Toàn huyện"); none on a sheet without one, worded neutrally.
        district: total?.row.district ?? "",
        scope: "pooled",
        indicator: code,
        value: round(pooled.value),
        target: judgement.target,
        ...(judgement.gap === undefined ? {} : { gap: judgement.gap }),
        details: {
          ...judgement.details,
          method: pooled.method,
          districts: pooled.districts,
          ...(pooled.weight === undefined ? {} : { weight: pooled.weight }),
          ...(totalValue === null ? {} : { totalRow: totalValue }),
        },
      });
    }
    return { figures, findings, placed, metUnlisted };
  }
}
