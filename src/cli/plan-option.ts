import { readFile } from "node:fs/promises";
import { DEFAULT_PLAN_ID, findPlan, nearestYear, parsePlanText, planYears, PLANS } from "../core/plans/registry";
import type { Plan } from "../core/plans/schema";
import { fail, ok, type Result } from "../core/result";

/** `--plan`: a plan id, or the path of a plan JSON file (anything ending in .json or naming a file). */
export async function resolvePlan(option: string | undefined): Promise<Result<Plan, string>> {
  const wanted = option ?? DEFAULT_PLAN_ID;
  const known = findPlan(wanted);
  if (known !== undefined) return ok(known);
  if (!/\.json$/i.test(wanted) && !/[\\/]/.test(wanted))
    return fail(`unknown plan "${wanted}" (plans: ${PLANS.map((plan) => plan.id).join(", ")}, or a plan .json file)`);

  let text: string;
  try {
    text = await readFile(wanted, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`${wanted}: ${code === "ENOENT" ? "plan file not found" : `cannot read the plan file (${code})`}`);
  }
  const parsed = parsePlanText(text.replace(/^\uFEFF/, ""));
  if (parsed.success) return parsed;
  return fail(`${wanted}: not a valid plan`, ...parsed.issues.map((issue) => `  ${issue.path}: ${issue.message}`));
}

/** `--year`: the given year when the plan has targets for it, else the plan's nearest target year. */
export function resolveYear(plan: Plan, year: number | undefined, today: Date): Result<number, string> {
  if (year === undefined) return ok(nearestYear(plan, today.getFullYear()));
  const years = planYears(plan);
  return years.includes(year)
    ? ok(year)
    : fail(`plan "${plan.id}" has no targets for ${year} (years: ${years.join(", ")})`);
}
