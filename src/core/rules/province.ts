import type { ProvinceFigure } from "../engine/types";
import type { Finding } from "../findings/finding";
import { indicatorByCode } from "../indicators/catalogue";
import { usableValue, type RowObservations } from "../observations/observation";
import type { Plan } from "../plans/schema";
import { cellDetails, onCell, type Placed } from "./placed";
import { createJudge } from "./targets";
import { ratioTolerance, type RowValue } from "./rowValues";

interface Pooled {
  readonly value: number;
  /** "counts": Σ numerators / Σ denominators; "weighted": reported figures weighted by a denominator or population. */
  readonly method: "counts" | "weighted";
  readonly weight?: string;
  readonly districts: number;
  readonly cells: readonly string[];
}

type Row = { readonly row: RowObservations; readonly values: readonly RowValue[] };

function pooledFromCounts(code: string, districts: readonly RowObservations[]): Pooled | undefined {
  const formula = indicatorByCode(code)?.formula;
  if (formula === undefined) return undefined;
  // Σ numerators / Σ denominators × factor, as pooledRatio makes it, summed as the rows go.
  let sumTop = 0;
  let sumBottom = 0;
  let count = 0;
  let negative = false;
  const cells: string[] = [];
  for (const row of districts) {
    const top = row.values.get(formula.numerator);
    const bottom = row.values.get(formula.denominator);
    const a = usableValue(top);
    const b = usableValue(bottom);
    if (top === undefined || bottom === undefined || a === undefined || b === undefined) continue;
    if (a < 0 || b < 0) negative = true;
    sumTop += a;
    sumBottom += b;
    count += 1;
    cells.push(top.cell, bottom.cell);
  }
  if (count === 0 || negative || sumBottom === 0) return undefined;
  return { value: (sumTop / sumBottom) * formula.factor, method: "counts", districts: count, cells };
}

/** A district row with its reported figures by indicator code (looked up once per row, not per code). */
interface District {
  readonly row: RowObservations;
  readonly reported: ReadonlyMap<string, RowValue>;
}

/**
 * Reported figures weighted by what they are a share of: the formula's denominator when the
 * sheet has it (exactly the pooled ratio), else the population (an approximation, said so).
 */
function pooledFromFigures(code: string, districts: readonly District[]): Pooled | undefined {
  const denominator = indicatorByCode(code)?.formula?.denominator;
  for (const weight of [denominator, "POPULATION"]) {
    if (weight === undefined) continue;
    let top = 0;
    let bottom = 0;
    let count = 0;
    const cells: string[] = [];
    for (const { row, reported } of districts) {
      const figure = reported.get(code);
      if (figure === undefined) continue;
      const weightObservation = row.values.get(weight);
      const w = usableValue(weightObservation);
      if (weightObservation === undefined || w === undefined || w <= 0) continue;
      top += figure.value * w;
      bottom += w;
      count += 1;
      cells.push(figure.observation.cell, weightObservation.cell);
    }
    if (count > 0 && bottom > 0) return { value: top / bottom, method: "weighted", weight, districts: count, cells };
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
 * get no pooled figure.
 */
export function provinceFigures(
  sheet: string,
  plan: Plan,
  year: number,
  rows: readonly Row[],
): { figures: ProvinceFigure[]; findings: Finding[]; placed: Placed[] } {
  const districts: RowObservations[] = [];
  const reportedByDistrict: District[] = [];
  const codes = new Set<string>();
  for (const { row, values } of rows) {
    for (const value of values) codes.add(value.code);
    if (row.scope !== "district") continue;
    districts.push(row);
    const reported = new Map<string, RowValue>();
    for (const value of values)
      if (value.source === "reported" && !reported.has(value.code)) reported.set(value.code, value);
    reportedByDistrict.push({ row, reported });
  }
  const total = rows.find(({ row }) => row.scope === "total");
  const figures: ProvinceFigure[] = [];
  const findings: Finding[] = [];
  const placed: Placed[] = [];
  const judge = createJudge(plan, year);
  for (const code of codes) {
    const pooled =
      districts.length > 0
        ? (pooledFromCounts(code, districts) ?? pooledFromFigures(code, reportedByDistrict))
        : undefined;
    const totalEntry = total?.values.find((value) => value.code === code);
    const totalValue = totalEntry === undefined ? null : round(totalEntry.value);
    if (total !== undefined && totalEntry !== undefined && pooled !== undefined) {
      const denominator = indicatorByCode(code)?.formula?.denominator;
      const mismatch = totalAgainstPooled(sheet, total, totalEntry, pooled, denominator, districts.length);
      if (mismatch !== undefined) placed.push(mismatch);
    }
    if (pooled === undefined && totalValue === null) continue;
    const value = pooled === undefined ? totalValue : round(pooled.value);
    const judgement = value === null ? undefined : judge(code, value);
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
    findings.push({
      status: judgement.status,
      rule: judgement.rule,
      sheet,
      cells: pooled.cells,
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
  return { figures, findings, placed };
}
