import { DEFAULT_PLAN_ID, PLANS, findPlan, nearestYear, planYears } from "../core/plans/registry";
import type { Plan } from "../core/plans/schema";
import type { WorkbookSettings } from "../core/settings/schema";

/** The plan and year the pane opens on: those saved with the workbook, else Lai Châu and its nearest target year. */
export function defaultChoice(settings: WorkbookSettings, today: Date): { plan: Plan; year: number } {
  const plan =
    (settings.plan === undefined ? undefined : findPlan(settings.plan)) ?? findPlan(DEFAULT_PLAN_ID) ?? PLANS[0];
  if (plan === undefined) throw new Error("PlanCheck ships no plan");
  const years = planYears(plan);
  const year =
    settings.year !== undefined && years.includes(settings.year)
      ? settings.year
      : nearestYear(plan, today.getFullYear());
  return { plan, year };
}
