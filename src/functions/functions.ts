/*
 * PlanCheck's custom functions (namespace YTE). Each is a thin adapter: the JSDoc below is what the
 * custom-functions metadata plugin turns into functions.json (and appends the
 * CustomFunctions.associate calls for), `invoke` (runner.ts) reads every argument through the
 * shared checker (arguments.ts), and failures become Excel errors. Parameters are typed `unknown`
 * so that Excel passes cells as they are and the checker reads text numbers ("27,6", "45.210").
 * Errors are thrown as CustomFunctions.Error (streaming: set with setResult), as the runtime expects.
 */
import { excelContext, settle, settleStreaming } from "./host";
import { invoke } from "./runner";
import { streamTargetGap } from "./streaming";

const call = <I extends Parameters<typeof invoke>[0]>(id: I, args: readonly unknown[]) => {
  const context = excelContext();
  return settle(invoke(id, args, context), context.language);
};

/**
 * Hospital beds per 10,000 population. With ranges: total beds over total population, the way a province figure is pooled from its districts.
 * @customfunction BEDS_PER_10K
 * @param beds Number of hospital beds: a cell or a range (one cell per district).
 * @param population Population: a cell or a range the same size as beds.
 * @returns Beds per 10,000 population.
 */
export function bedsPer10k(beds: unknown[][], population: unknown[][]): number {
  return call("BEDS_PER_10K", [beds, population]);
}

/**
 * Medical doctors per 10,000 population. With ranges: total doctors over total population.
 * @customfunction DOCTORS_PER_10K
 * @param doctors Number of doctors: a cell or a range.
 * @param population Population: a cell or a range the same size as doctors.
 * @returns Doctors per 10,000 population.
 */
export function doctorsPer10k(doctors: unknown[][], population: unknown[][]): number {
  return call("DOCTORS_PER_10K", [doctors, population]);
}

/**
 * University-trained pharmacists per 10,000 population. With ranges: total pharmacists over total population.
 * @customfunction PHARMACISTS_PER_10K
 * @param pharmacists Number of pharmacists: a cell or a range.
 * @param population Population: a cell or a range the same size as pharmacists.
 * @returns Pharmacists per 10,000 population.
 */
export function pharmacistsPer10k(pharmacists: unknown[][], population: unknown[][]): number {
  return call("PHARMACISTS_PER_10K", [pharmacists, population]);
}

/**
 * Nurses per 10,000 population. With ranges: total nurses over total population.
 * @customfunction NURSES_PER_10K
 * @param nurses Number of nurses: a cell or a range.
 * @param population Population: a cell or a range the same size as nurses.
 * @returns Nurses per 10,000 population.
 */
export function nursesPer10k(nurses: unknown[][], population: unknown[][]): number {
  return call("NURSES_PER_10K", [nurses, population]);
}

/**
 * Any count per 10,000 population. With ranges: total count over total population.
 * @customfunction PER_10K
 * @param count The count: a cell or a range.
 * @param population Population: a cell or a range the same size as count.
 * @returns The count per 10,000 population.
 */
export function per10k(count: unknown[][], population: unknown[][]): number {
  return call("PER_10K", [count, population]);
}

/**
 * A rate per 1,000 live births (‰), such as infant or under-5 mortality. With ranges: total events over total live births.
 * @customfunction PER_1000
 * @param events Number of events (e.g. deaths under 1): a cell or a range.
 * @param live_births Number of live births: a cell or a range the same size as events.
 * @returns Events per 1,000 live births.
 */
export function per1000(events: unknown[][], live_births: unknown[][]): number {
  return call("PER_1000", [events, live_births]);
}

/**
 * A part as a percentage of the whole. With ranges: total parts over total wholes.
 * @customfunction PERCENT
 * @param part The part (e.g. insured people): a cell or a range.
 * @param whole The whole (e.g. population): a cell or a range the same size as part.
 * @returns The percentage (95.4 for 95.4 %).
 */
export function percent(part: unknown[][], whole: unknown[][]): number {
  return call("PERCENT", [part, whole]);
}

/**
 * The plan's target value for an indicator and a year.
 * @customfunction TARGET
 * @param indicator Indicator code or name, e.g. "BEDS" or "giường bệnh".
 * @param year The target year, e.g. 2025.
 * @param [plan] The plan: lai-chau (default), lang-son or yen-bai.
 * @returns The target value, in the indicator's unit.
 */
export function target(indicator: unknown, year: unknown, plan?: unknown): number {
  return call("TARGET", [indicator, year, plan]);
}

/**
 * The distance still to go to the plan's target, in the indicator's unit: positive when short, 0 or negative when met. Leave actual empty to use the province figure of the last validated sheet.
 * @customfunction TARGET_GAP
 * @param indicator Indicator code or name, e.g. "HIV".
 * @param year The target year, e.g. 2025.
 * @param [actual] The achieved value in the indicator's unit (0.41 for 0.41 %). Empty: the province figure of the last validation.
 * @param [plan] The plan: lai-chau (default), lang-son or yen-bai.
 * @param invocation Set by Excel: where the gap is sent, again when the province figures change.
 * @streaming
 */
export function targetGap(
  indicator: unknown,
  year: unknown,
  actual: unknown,
  plan: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  const context = excelContext();
  invocation.onCanceled = streamTargetGap([indicator, year, actual, plan], context, (result) =>
    invocation.setResult(settleStreaming(result, context.language)),
  );
}

/**
 * TRUE when the achieved value meets the plan's target, FALSE when it falls short.
 * @customfunction TARGET_MET
 * @param indicator Indicator code or name, e.g. "INSURANCE".
 * @param year The target year, e.g. 2025.
 * @param actual The achieved value, in the indicator's unit.
 * @param [plan] The plan: lai-chau (default), lang-son or yen-bai.
 * @returns TRUE when met.
 */
export function targetMet(indicator: unknown, year: unknown, actual: unknown, plan?: unknown): boolean {
  return call("TARGET_MET", [indicator, year, actual, plan]);
}

/**
 * The plan's targets as a table with a header row (code, indicator, comparator, target, unit, year), for report sheets.
 * @customfunction PLAN_TARGETS
 * @param [plan] The plan: lai-chau (default), lang-son or yen-bai.
 * @param [year] Only this year's targets; empty for every year.
 * @returns A table that spills over the cells below and to the right.
 */
export function planTargets(plan?: unknown, year?: unknown): unknown[][] {
  return call("PLAN_TARGETS", [plan, year]);
}
