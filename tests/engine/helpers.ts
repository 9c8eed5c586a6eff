import { validateSnapshot } from "../../src/core/engine/validate";
import type { ValidationResult } from "../../src/core/engine/types";
import type { Finding } from "../../src/core/findings/finding";
import type { NumberLocale } from "../../src/core/numbers/parse";
import { findPlan } from "../../src/core/plans/registry";
import type { Plan } from "../../src/core/plans/schema";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";

export function plan(id: string): Plan {
  const found = findPlan(id);
  if (found === undefined) throw new Error(`no plan ${id}`);
  return found;
}

export const validate = (
  snapshot: SheetSnapshot,
  options: { plan?: string; year?: number; locale?: NumberLocale } = {},
): ValidationResult =>
  validateSnapshot(snapshot, {
    plan: plan(options.plan ?? "lai-chau"),
    year: options.year ?? 2025,
    locale: options.locale ?? "vi",
  });

/** What a user notices of a finding, with figures rounded to 3 decimals for comparison. */
export interface Brief {
  status: Finding["status"];
  rule: Finding["rule"];
  cell: string | undefined;
  district: string;
  indicator: string | undefined;
  value: number | null | undefined;
  gap: number | undefined;
}

const round = (value: number | null | undefined) =>
  typeof value === "number" ? Math.round(value * 1000) / 1000 : value;

export const brief = (finding: Finding): Brief => ({
  status: finding.status,
  rule: finding.rule,
  cell: finding.cell,
  district: finding.district,
  indicator: finding.indicator,
  value: round(finding.value),
  gap: finding.gap === undefined ? undefined : Math.round(finding.gap * 1000) / 1000,
});

/** The findings a user acts on: everything but `met`. */
export const problems = (result: ValidationResult): Brief[] =>
  result.findings.filter((finding) => finding.status !== "met").map(brief);

/** A compact row for exact tables: [status, rule, cell, district, indicator, value, gap]. */
export type Row = [
  Finding["status"],
  Finding["rule"],
  string | undefined,
  string,
  string | undefined,
  number | null | undefined,
  number | undefined,
];

export const row = ([status, rule, cell, district, indicator, value, gap]: Row): Brief => ({
  status,
  rule,
  cell,
  district,
  indicator,
  value,
  gap,
});
