import { INDICATORS } from "../core/indicators/indicators";
import type { Indicator } from "../core/indicators/schema";
import { UNIT_LABELS } from "../core/indicators/units";
import type { Language } from "../core/messages/language";
import { findTarget, planYears } from "../core/plans/registry";
import type { Plan, Target } from "../core/plans/schema";
import { fail, ok, type Result } from "../core/result";
import { COMPARATOR_SYMBOL, evaluateTarget } from "../core/targets/evaluate";
import { failure, type FunctionFailure } from "./failure";

/** The plan's target for the indicator in that year, or #N/A naming the years it has. */
export function planTarget(plan: Plan, indicator: Indicator, year: number): Result<Target, FunctionFailure> {
  const target = findTarget(plan, indicator.code, year);
  if (target !== undefined) return ok(target);
  const years = planYears(plan, indicator.code);
  const province = plan.province;
  if (years.length === 0) {
    return fail(
      failure(
        "#N/A",
        `The ${province.en} plan (${plan.id}) sets no target for ${indicator.code}.`,
        `Kế hoạch ${province.vi} (${plan.id}) không đặt chỉ tiêu ${indicator.code}.`,
      ),
    );
  }
  return fail(
    failure(
      "#N/A",
      `The ${province.en} plan (${plan.id}) has no ${indicator.code} target for ${year}; it has ${years.join(", ")}.`,
      `Kế hoạch ${province.vi} (${plan.id}) không có chỉ tiêu ${indicator.code} năm ${year}; chỉ có năm ${years.join(", ")}.`,
    ),
  );
}

/** The gap to the target (positive when short) and whether it is met. */
export function judge(plan: Plan, indicator: Indicator, year: number, actual: number) {
  const target = planTarget(plan, indicator, year);
  if (!target.success) return target;
  const { comparator, value, tolerance } = target.data;
  const like = tolerance === undefined ? { comparator, value } : { comparator, value, tolerance };
  return ok(evaluateTarget(like, actual, indicator.direction));
}

const HEADER: Readonly<Record<Language, readonly string[]>> = {
  en: ["Code", "Indicator", "Comparator", "Target", "Unit", "Year"],
  vi: ["Mã", "Chỉ số", "So sánh", "Chỉ tiêu", "Đơn vị", "Năm"],
};

const catalogueOrder = new Map(INDICATORS.map((indicator, index) => [indicator.code, index]));
const byCode = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));

/** The plan's targets as a table with a header row, by year then catalogue order. */
export function targetTable(
  plan: Plan,
  year: number | undefined,
  language: Language,
): Result<(string | number)[][], FunctionFailure> {
  const targets = plan.targets.filter((target) => year === undefined || target.year === year);
  if (targets.length === 0) {
    const years = planYears(plan).join(", ");
    return fail(
      failure(
        "#N/A",
        `The ${plan.province.en} plan (${plan.id}) has no targets for ${year}; it has ${years}.`,
        `Kế hoạch ${plan.province.vi} (${plan.id}) không có chỉ tiêu năm ${year}; chỉ có năm ${years}.`,
      ),
    );
  }
  const rows = [...targets]
    .sort((a, b) => a.year - b.year || (catalogueOrder.get(a.indicator) ?? 0) - (catalogueOrder.get(b.indicator) ?? 0))
    .map((target) => [
      target.indicator,
      byCode.get(target.indicator)?.name[language] ?? target.indicator,
      COMPARATOR_SYMBOL[target.comparator],
      target.value,
      UNIT_LABELS[target.unit][language],
      target.year,
    ]);
  return ok([[...HEADER[language]], ...rows]);
}
