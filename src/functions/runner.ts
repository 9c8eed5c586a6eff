import type { Language } from "../core/messages/language";
import type { NumberLocale } from "../core/numbers/parse";
import { DEFAULT_PLAN_ID, findPlan } from "../core/plans/registry";
import type { Plan } from "../core/plans/schema";
import { fail, ok, type Result } from "../core/result";
import { checkArgument, type CheckedArgs } from "./arguments";
import { failure, type FunctionFailure } from "./failure";
import type { ProvinceFigureStore } from "./province-figures";
import { poolGrids } from "./ratios";
import { FUNCTION_SPECS, type FunctionId, type FunctionSpec, type FunctionSpecs } from "./specs";
import { judge, planTarget, targetTable } from "./targets";
import { viParamName } from "./translations";

/** What a call knows besides its arguments. */
export interface CallContext {
  readonly language: Language;
  /** How ambiguous number text (`1.234`) is read. */
  readonly locale: NumberLocale;
  /** The last validation's province figures, for TARGET_GAP with no actual. */
  readonly figures: ProvinceFigureStore;
}

const DEFAULT_PLAN: Plan = findPlan(DEFAULT_PLAN_ID) ?? failMissingDefault();

function failMissingDefault(): never {
  throw new Error(`the default plan ${DEFAULT_PLAN_ID} is not among the plans`);
}

type ResultKinds = { number: number; boolean: boolean; table: (string | number)[][] };
export type ResultOf<I extends FunctionId> = ResultKinds[FunctionSpecs[I]["result"]];

type Implementation<I extends FunctionId> = (
  args: CheckedArgs<FunctionSpecs[I]["params"]>,
  context: CallContext,
) => Result<ResultOf<I>, FunctionFailure>;

type RatioId = { [I in FunctionId]: FunctionSpecs[I] extends { ratio: object } ? I : never }[FunctionId];

function ratio<I extends RatioId>(id: I): Implementation<I> {
  const spec = FUNCTION_SPECS[id];
  const [top, bottom] = spec.params;
  const names = {
    numerator: { en: top.name, vi: viParamName(id, top.name) },
    denominator: { en: bottom.name, vi: viParamName(id, bottom.name) },
  };
  return ([numerator, denominator]) => poolGrids(numerator, denominator, spec.ratio.factor, names);
}

const IMPLEMENTATIONS: { readonly [I in FunctionId]: Implementation<I> } = {
  BEDS_PER_10K: ratio("BEDS_PER_10K"),
  DOCTORS_PER_10K: ratio("DOCTORS_PER_10K"),
  PHARMACISTS_PER_10K: ratio("PHARMACISTS_PER_10K"),
  NURSES_PER_10K: ratio("NURSES_PER_10K"),
  PER_10K: ratio("PER_10K"),
  PER_1000: ratio("PER_1000"),
  PERCENT: ratio("PERCENT"),
  TARGET: ([indicator, year, plan]) => {
    const target = planTarget(plan ?? DEFAULT_PLAN, indicator, year);
    return target.success ? ok(target.data.value) : target;
  },
  TARGET_GAP: ([indicator, year, actual, plan], context) => {
    if (actual !== undefined) {
      const judged = judge(plan ?? DEFAULT_PLAN, indicator, year, actual);
      return judged.success ? ok(judged.data.gap) : judged;
    }
    const figure = provinceFigure(indicator.code, plan, context.figures);
    if (!figure.success) return figure;
    const judged = judge(figure.data.plan, indicator, year, figure.data.value);
    return judged.success ? ok(judged.data.gap) : judged;
  },
  TARGET_MET: ([indicator, year, actual, plan]) => {
    const judged = judge(plan ?? DEFAULT_PLAN, indicator, year, actual);
    return judged.success ? ok(judged.data.met) : judged;
  },
  PLAN_TARGETS: ([plan, year], context) => targetTable(plan ?? DEFAULT_PLAN, year, context.language),
};

/**
 * The last validation's province figure for the indicator, with the plan it was validated against:
 * the figure is that province's, so another plan's target would not apply to it.
 */
function provinceFigure(
  code: string,
  plan: Plan | undefined,
  store: ProvinceFigureStore,
): Result<{ value: number; plan: Plan }, FunctionFailure> {
  const last = store.get();
  if (last === undefined) {
    return fail(
      failure(
        "#N/A",
        "No actual given and no sheet validated yet: validate a sheet in the PlanCheck pane first, or give the actual.",
        "Chưa nhập giá trị thực hiện và chưa kiểm tra trang tính nào: hãy kiểm tra một trang tính trong ngăn PlanCheck trước, hoặc nhập giá trị thực hiện.",
      ),
    );
  }
  const validatedPlan = findPlan(last.plan);
  if (validatedPlan === undefined || (plan !== undefined && plan.id !== validatedPlan.id)) {
    return fail(
      failure(
        "#N/A",
        `The last validated sheet "${last.sheet}" was checked against the ${last.plan} plan, not ${plan?.id ?? last.plan}: give the actual, or validate against that plan.`,
        `Trang tính kiểm tra gần nhất "${last.sheet}" được kiểm tra theo kế hoạch ${last.plan}, không phải ${plan?.id ?? last.plan}: hãy nhập giá trị thực hiện, hoặc kiểm tra theo kế hoạch đó.`,
      ),
    );
  }
  const figure = last.figures[code];
  if (figure === undefined || !Number.isFinite(figure)) {
    return fail(
      failure(
        "#N/A",
        `The last validated sheet "${last.sheet}" has no province figure for ${code}.`,
        `Trang tính kiểm tra gần nhất "${last.sheet}" không có số liệu toàn tỉnh cho ${code}.`,
      ),
    );
  }
  return ok({ value: figure, plan: validatedPlan });
}

/**
 * Runs a function by id: every argument through the shared checker, then the adapter over the
 * core. Never throws and never gives NaN: whatever goes wrong becomes an Excel error with a message.
 */
export function invoke<I extends FunctionId>(
  id: I,
  raw: readonly unknown[],
  context: CallContext,
): Result<ResultOf<I>, FunctionFailure> {
  try {
    const spec: FunctionSpec = FUNCTION_SPECS[id];
    const checked: unknown[] = [];
    for (const [index, param] of spec.params.entries()) {
      const read = checkArgument(param, raw[index], { functionId: id, locale: context.locale });
      if (!read.success) return read;
      checked.push(read.data);
    }
    const run = IMPLEMENTATIONS[id] as (args: unknown[], context: CallContext) => Result<ResultOf<I>, FunctionFailure>;
    const result = run(checked, context);
    if (result.success && typeof result.data === "number") {
      if (!Number.isFinite(result.data)) {
        return fail(failure("#NUM!", "The result is not a finite number.", "Kết quả không phải là số hữu hạn."));
      }
      // Excel keeps 15 significant digits: 3 / 20000 × 10000 shows as 1.5, not 1.4999999999999998.
      return ok(Number(result.data.toPrecision(15)) as ResultOf<I>);
    }
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      failure("#VALUE!", `PlanCheck could not compute this: ${reason}`, `PlanCheck không tính được: ${reason}`),
    );
  }
}
