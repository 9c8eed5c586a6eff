import type { ProvinceFigure } from "../engine/types";
import type { Finding } from "../findings/finding";
import { indicatorByCode } from "../indicators/catalogue";
import { usableValue, type RowObservations } from "../observations/observation";
import type { Plan } from "../plans/schema";
import { pooledRatio } from "../ratios/pooled";
import { createJudge } from "./targets";
import type { RowValue } from "./rowValues";

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
  const numerators: number[] = [];
  const denominators: number[] = [];
  const cells: string[] = [];
  for (const row of districts) {
    const top = row.values.get(formula.numerator);
    const bottom = row.values.get(formula.denominator);
    const a = usableValue(top);
    const b = usableValue(bottom);
    if (top === undefined || bottom === undefined || a === undefined || b === undefined) continue;
    numerators.push(a);
    denominators.push(b);
    cells.push(top.cell, bottom.cell);
  }
  const pooled = pooledRatio(numerators, denominators, formula.factor);
  return pooled.success ? { value: pooled.data, method: "counts", districts: numerators.length, cells } : undefined;
}

/**
 * Reported figures weighted by what they are a share of: the formula's denominator when the
 * sheet has it (exactly the pooled ratio), else the population (an approximation, said so).
 */
function pooledFromFigures(code: string, rows: readonly Row[]): Pooled | undefined {
  const denominator = indicatorByCode(code)?.formula?.denominator;
  for (const weight of [denominator, "POPULATION"]) {
    if (weight === undefined) continue;
    let top = 0;
    let bottom = 0;
    let districts = 0;
    const cells: string[] = [];
    for (const { row, values } of rows) {
      if (row.scope !== "district") continue;
      const figure = values.find((value) => value.code === code && value.source === "reported");
      const weightObservation = row.values.get(weight);
      const w = usableValue(weightObservation);
      if (figure === undefined || weightObservation === undefined || w === undefined || w <= 0) continue;
      top += figure.value * w;
      bottom += w;
      districts += 1;
      cells.push(figure.observation.cell, weightObservation.cell);
    }
    if (districts > 0 && bottom > 0) return { value: top / bottom, method: "weighted", weight, districts, cells };
  }
  return undefined;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

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
): { figures: ProvinceFigure[]; findings: Finding[] } {
  const districts = rows.filter(({ row }) => row.scope === "district").map(({ row }) => row);
  const total = rows.find(({ row }) => row.scope === "total");
  const codes = new Set<string>();
  for (const { values } of rows) for (const value of values) codes.add(value.code);
  const figures: ProvinceFigure[] = [];
  const findings: Finding[] = [];
  const judge = createJudge(plan, year);
  for (const code of codes) {
    const pooled =
      districts.length > 0 ? (pooledFromCounts(code, districts) ?? pooledFromFigures(code, rows)) : undefined;
    const totalFigure = total?.values.find((value) => value.code === code)?.value;
    const totalValue = totalFigure === undefined ? null : round(totalFigure);
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
      district: total?.row.district ?? "Toàn tỉnh",
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
  return { figures, findings };
}
