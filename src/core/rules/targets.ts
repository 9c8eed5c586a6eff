import type { Finding, FindingDetails, FindingTarget } from "../findings/finding";
import { indicatorByCode } from "../indicators/catalogue";
import type { Plan, Target } from "../plans/schema";
import { findTarget } from "../plans/registry";
import { meetsTarget, targetGap } from "../targets/evaluate";

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

/** The judge of one code's figures: its target and indicator looked up once. */
export interface CodeJudge {
  readonly code: string;
  /** The judgement of a figure, or undefined when the plan sets no target for the code. */
  judge(value: number): Judgement | undefined;
  /** True when the figure meets its target: what `judge` would call `met`, without building the judgement. */
  meets(value: number): boolean;
}

/** The judge of each code's figures for one plan and year. */
export type Judges = (code: string) => CodeJudge;

class NoTarget implements CodeJudge {
  constructor(readonly code: string) {}

  judge(): undefined {
    return undefined;
  }

  meets(): boolean {
    return false;
  }
}

class UnitMismatch implements CodeJudge {
  private readonly judgement: Judgement;

  constructor(
    readonly code: string,
    target: FindingTarget,
    details: FindingDetails,
  ) {
    this.judgement = { status: "warning", rule: "unit-mismatch", target, met: null, details };
  }

  judge(): Judgement {
    return this.judgement;
  }

  meets(): boolean {
    return false;
  }
}

/** The judge of a code with a target in its own unit. */
export class TargetJudge implements CodeJudge {
  constructor(
    readonly code: string,
    /** Shared by all the findings on the code. */
    readonly target: FindingTarget,
    private readonly direction: "higher" | "lower",
  ) {}

  judge(value: number): Judgement {
    const met = this.meets(value);
    return {
      status: met ? "met" : "shortfall",
      rule: "target",
      target: this.target,
      gap: this.gap(value, met),
      met,
      details: NO_DETAILS,
    };
  }

  meets(value: number): boolean {
    return meetsTarget(this.target, value, this.direction);
  }

  /** The figure's gap, as `judge` gives it, for a figure that `meets` or not. */
  gap(value: number, met: boolean): number {
    return targetGap(this.target, value, this.direction, met);
  }
}

function codeJudge(plan: Plan, year: number, code: string): CodeJudge {
  const target = findTarget(plan, code, year);
  const indicator = indicatorByCode(code);
  if (target === undefined || indicator === undefined) return new NoTarget(code);
  const judged = findingTarget(target);
  if (target.unit !== indicator.unit)
    return new UnitMismatch(code, judged, { unit: indicator.unit, targetUnit: target.unit });
  return new TargetJudge(code, judged, indicator.direction);
}

/** Judges made, by plan and year: every sheet checked against a plan shares its target objects. */
const judgesMade = new WeakMap<Plan, Map<number, Judges>>();

/**
 * The judges for one plan and year: each code's target and indicator looked up once, and one target
 * object shared by all the findings on that code, in every sheet. A figure is judged against the
 * plan's target for the year: `met` or `shortfall` with the gap; a target in another unit than the
 * indicator's (a count of communes against a sheet in %) is a `unit-mismatch` warning, never judged;
 * no target, no judgement.
 */
export function judgesFor(plan: Plan, year: number): Judges {
  let byYear = judgesMade.get(plan);
  if (byYear === undefined) judgesMade.set(plan, (byYear = new Map()));
  let judges = byYear.get(year);
  if (judges === undefined) {
    const known = new Map<string, CodeJudge>();
    judges = (code) => {
      let entry = known.get(code);
      if (entry === undefined) known.set(code, (entry = codeJudge(plan, year, code)));
      return entry;
    };
    byYear.set(year, judges);
  }
  return judges;
}

/** The details of a target judged as such: none (shared, so that a finding can tell it has none without looking). */
export const NO_DETAILS: FindingDetails = Object.freeze({});
