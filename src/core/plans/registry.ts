import { fail, ok, type Result } from "../result";
import { LAI_CHAU } from "./packs/lai-chau";
import { LANG_SON } from "./packs/lang-son";
import { YEN_BAI } from "./packs/yen-bai";
import { PlanSchema, type Plan, type Target } from "./schema";

/** The plans that ship with PlanCheck, validated once at load. */
export const PLANS: readonly Plan[] = [LAI_CHAU, LANG_SON, YEN_BAI].map((plan) => PlanSchema.parse(plan));
export const DEFAULT_PLAN_ID = "lai-chau";

export interface PlanIssue {
  /** Dotted path of the field that is wrong, e.g. `targets.3.comparator`. */
  readonly path: string;
  readonly message: string;
}

export function findPlan(id: string): Plan | undefined {
  const wanted = id.trim().toLowerCase();
  return PLANS.find((plan) => plan.id === wanted);
}

/** Checks a user-supplied plan (parsed JSON) against the schema, naming every field that is wrong. */
export function parsePlan(input: unknown): Result<Plan, PlanIssue> {
  const parsed = PlanSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail(
    ...parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "(plan)", message: issue.message })),
  );
}

/** Parses the text of a plan file: JSON first, then the schema. */
export function parsePlanText(text: string): Result<Plan, PlanIssue> {
  try {
    return parsePlan(JSON.parse(text));
  } catch (error) {
    return fail({ path: "(file)", message: `not valid JSON: ${(error as Error).message}` });
  }
}

/** The years a plan sets targets for, ascending; for one indicator when given. */
export function planYears(plan: Plan, indicator?: string): number[] {
  const years = plan.targets.filter((t) => indicator === undefined || t.indicator === indicator).map((t) => t.year);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** The plan's target year closest to `today`'s year, preferring the next one ahead. */
export function nearestYear(plan: Plan, todayYear: number): number {
  const years = planYears(plan);
  const ahead = years.find((year) => year >= todayYear);
  return ahead ?? years[years.length - 1] ?? todayYear;
}

export function findTarget(plan: Plan, indicator: string, year: number): Target | undefined {
  return plan.targets.find((target) => target.indicator === indicator && target.year === year);
}
