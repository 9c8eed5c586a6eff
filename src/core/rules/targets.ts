import type { Finding, FindingDetails, FindingTarget } from "../findings/finding";
import { indicatorByCode } from "../indicators/catalogue";
import type { Plan, Target } from "../plans/schema";
import { findTarget } from "../plans/registry";
import { evaluateTarget, meetsTarget } from "../targets/evaluate";

/** The target as findings carry it. */
export function findingTarget(target: Target): FindingTarget {
  return {
    comparator: target.comparator,
    value: target.value,
    unit: target.unit,
    year: target.year,
    ...(target.tolerance === undefined ? {} : { tolerance: target.tolerance }),
  };
}

export interface Judgement {
  readonly status: Finding["status"];
  readonly rule: "target" | "unit-mismatch";
  readonly target: FindingTarget;
  readonly gap?: number;
  readonly met: boolean | null;
  readonly details: FindingDetails;
}

interface Known {
  readonly judged: FindingTarget;
  readonly direction: "higher" | "lower";
  readonly unitMismatch?: FindingDetails;
}

export interface Judge {
  (code: string, value: number): Judgement | undefined;
  /** True when the figure meets its target: what `judge` would call `met`, without building the judgement. */
  meets(code: string, value: number): boolean;
}

/**
 * A judge for one plan and year: `judge` with the target and indicator of each code looked up
 * once, and one target object shared by all the findings on that code.
 */
export function createJudge(plan: Plan, year: number): Judge {
  const known = new Map<string, Known | null>();
  const lookUp = (code: string): Known | undefined => {
    const target = findTarget(plan, code, year);
    const indicator = indicatorByCode(code);
    if (target === undefined || indicator === undefined) return undefined;
    const judged = findingTarget(target);
    const unitMismatch = target.unit === indicator.unit ? undefined : { unit: indicator.unit, targetUnit: target.unit };
    return { judged, direction: indicator.direction, ...(unitMismatch === undefined ? {} : { unitMismatch }) };
  };
  const entryFor = (code: string): Known | undefined => {
    let entry = known.get(code);
    if (entry === undefined) known.set(code, (entry = lookUp(code) ?? null));
    return entry ?? undefined;
  };
  const judge = (code: string, value: number): Judgement | undefined => {
    const entry = entryFor(code);
    if (entry === undefined) return undefined;
    if (entry.unitMismatch !== undefined)
      return { status: "warning", rule: "unit-mismatch", target: entry.judged, met: null, details: entry.unitMismatch };
    const { met, gap } = evaluateTarget(entry.judged, value, entry.direction);
    return { status: met ? "met" : "shortfall", rule: "target", target: entry.judged, gap, met, details: NO_DETAILS };
  };
  const meets = (code: string, value: number): boolean => {
    const entry = entryFor(code);
    return entry !== undefined && entry.unitMismatch === undefined && meetsTarget(entry.judged, value, entry.direction);
  };
  return Object.assign(judge, { meets });
}

const NO_DETAILS: FindingDetails = Object.freeze({});

/**
 * Judges a figure against the plan's target for the year: `met` or `shortfall` with the gap;
 * a target in another unit than the indicator's (a count of communes against a sheet in %) is a
 * `unit-mismatch` warning, never judged. Undefined when the plan sets no target.
 */
export function judge(plan: Plan, year: number, code: string, value: number): Judgement | undefined {
  return createJudge(plan, year)(code, value);
}
