import type { Finding, FindingSummary } from "../findings/finding";
import { summarise } from "../findings/finding";
import { JoinedSequence, sequenceOf, type FindingSequence } from "../findings/sequence";
import { detectLayout } from "../layout/detect";
import { Grid } from "../layout/grid";
import { reportingUnit, titleText } from "../layout/title";
import { observationReader } from "../observations/collect";
import { pairsFor } from "../rules/order";
import { figurePlan, formulasFor, rowValues } from "../rules/rowValues";
import { judgesFor } from "../rules/targets";
import { unmappedFindings } from "../rules/unmapped";
import type { SheetSnapshot } from "../sheet/snapshot";
import { countCodes, mappedCodes } from "./mappingCodes";
import { emptyMapping, layoutFinding } from "./layoutFinding";
import { SheetMappingSchema, type SheetMapping } from "./mapping";
import { RowChecks, type RowPlan } from "./rowChecks";
import type { ValidateOptions, ValidationResult } from "./types";

function resolveMapping(
  grid: Grid,
  snapshot: SheetSnapshot,
  options: ValidateOptions,
): { mapping: SheetMapping; detected: boolean; findings: Finding[] } {
  const sheet = snapshot.sheetName;
  const findings: Finding[] = [];
  if (options.mapping !== undefined) {
    const given = SheetMappingSchema.safeParse(options.mapping);
    if (given.success) return { mapping: given.data, detected: false, findings };
    findings.push(layoutFinding(sheet, "warning", { reason: "bad-mapping" }));
  }
  const detection = detectLayout(grid, { year: options.year });
  if (detection.ok) return { mapping: detection.mapping, detected: true, findings };
  const { issue } = detection;
  findings.push(
    layoutFinding(sheet, "error", {
      reason: issue.reason,
      ...(issue.headers === undefined ? {} : { headers: issue.headers.join(" | ") }),
      ...(issue.row === undefined ? {} : { row: issue.row + 1 }),
    }),
  );
  return { mapping: emptyMapping(sheet), detected: true, findings };
}

/** The validation itself; `validateSnapshot` guards it. */
function validateSheet(snapshot: SheetSnapshot, options: ValidateOptions): ValidationResult {
  const grid = new Grid(snapshot);
  const resolved = resolveMapping(grid, snapshot, options);
  const { mapping, detected } = resolved;
  const sheet = snapshot.sheetName;
  const base = { sheet, plan: options.plan.id, year: options.year, mapping, detected };
  if (resolved.findings.some((finding) => finding.status === "error"))
    return { ...base, findings: resolved.findings, province: [], summary: summarise(resolved.findings) };

  const title = titleText(grid, mapping.headerRows[0] ?? grid.firstRow);
  const unit = reportingUnit(title, sheet);
  const reader = observationReader(grid, mapping, options.locale, unit);
  const listMet = options.includeMet !== false;
  const formulas = formulasFor(mappedCodes(mapping));
  const positions = reader.positions;
  const rowPlan: RowPlan = {
    positions,
    figures: figurePlan(positions, formulas),
    pairs: pairsFor(positions),
    formulas,
    countCodes: countCodes(mapping),
  };
  const checks = new RowChecks(sheet, judgesFor(options.plan, options.year), listMet, rowPlan);
  for (const row of reader.rows()) checks.check(row);
  const { placed, totals, outliers, pool } = checks;
  for (const item of totals.findings(sheet)) placed.push(item);
  const rowAgain = (number: number) => {
    const row = reader.row(number);
    return row === undefined ? undefined : { row, values: rowValues(sheet, row, rowPlan.figures).values };
  };
  for (const item of outliers.findings(sheet, rowAgain)) placed.push(item);

  const province = pool.figures(sheet, options.plan, options.year, listMet);
  const metUnlisted = checks.metUnlisted + province.metUnlisted;
  for (const item of province.placed) placed.push(item);
  // A given mapping's `field: null` is the user's "ignore"; only a detected one is questioned.
  const unmapped = detected ? unmappedFindings(grid, mapping) : [];
  const sheetWide = resolved.findings.concat(unmapped);
  const sequence = new JoinedSequence([sequenceOf(sheetWide), placed.ordered(), sequenceOf(province.findings)]);
  const listed = [summarise(sheetWide), placed.summary(), summarise(province.findings)].reduce(addCounts);
  return resultOf(base, sequence, province.figures, { ...listed, met: listed.met + metUnlisted });
}

/**
 * The result, its findings made from `sequence` when first asked for. Made apart from the validation,
 * so that what the result keeps is its own: the getter shares no closure with the sheet's reader.
 */
function resultOf(
  base: Pick<ValidationResult, "sheet" | "plan" | "year" | "mapping" | "detected">,
  sequence: JoinedSequence,
  province: ValidationResult["province"],
  summary: ValidationResult["summary"],
): ValidationResult {
  let kept: JoinedSequence | undefined = sequence;
  let findings: Finding[] | undefined;
  const result: ValidationResult = {
    sheet: base.sheet,
    plan: base.plan,
    year: base.year,
    mapping: base.mapping,
    detected: base.detected,
    get findings() {
      if (findings === undefined) {
        findings = (kept as JoinedSequence).all();
        // Once made, the findings are the result's: the figures they were kept as can go.
        kept = undefined;
        sequences.delete(result);
      }
      return findings;
    },
    province,
    summary,
  };
  sequences.set(result, sequence);
  return result;
}

const addCounts = (a: FindingSummary, b: FindingSummary): FindingSummary => ({
  shortfall: a.shortfall + b.shortfall,
  error: a.error + b.error,
  warning: a.warning + b.warning,
  met: a.met + b.met,
});

const sequences = new WeakMap<object, FindingSequence>();

/**
 * A result's findings one at a time, each made when asked for: what `findings` holds, without
 * holding a large sheet's hundreds of thousands of target findings all at once.
 */
export const findingSequence = (result: Pick<ValidationResult, "findings">): FindingSequence =>
  sequences.get(result) ?? sequenceOf(result.findings);

/**
 * Validates one sheet against the plan's targets for the year: reads the layout (or uses the
 * given mapping), every mapped cell, derives ratios from counts, judges districts, the total row
 * and the pooled province figure, and runs the data-quality rules. Linear in the cells read.
 * Never throws: what a sheet holds becomes findings, and a snapshot the engine cannot walk at all
 * gives a `layout` error.
 */
export function validateSnapshot(snapshot: SheetSnapshot, options: ValidateOptions): ValidationResult {
  try {
    return validateSheet(snapshot, options);
  } catch (error) {
    const sheet = typeof snapshot?.sheetName === "string" ? snapshot.sheetName : "";
    const findings = [
      layoutFinding(sheet, "error", { reason: "unreadable", message: error instanceof Error ? error.message : "" }),
    ];
    return {
      sheet,
      plan: options.plan.id,
      year: options.year,
      mapping: emptyMapping(sheet),
      detected: true,
      findings,
      province: [],
      summary: summarise(findings),
    };
  }
}
