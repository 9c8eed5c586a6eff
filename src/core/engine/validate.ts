import type { Finding } from "../findings/finding";
import { summarise } from "../findings/finding";
import { detectLayout } from "../layout/detect";
import { Grid } from "../layout/grid";
import { reportingUnit, titleText } from "../layout/title";
import { collectObservations } from "../observations/collect";
import type { SheetSnapshot } from "../sheet/snapshot";
import { orderFindings } from "../rules/order";
import { outlierFindings } from "../rules/outliers";
import type { Placed } from "../rules/placed";
import { provinceFigures } from "../rules/province";
import { readingFindings } from "../rules/readingFindings";
import { rowValues, type RowValue } from "../rules/rowValues";
import { createJudge } from "../rules/targets";

type Judge = ReturnType<typeof createJudge>;
import { totalFindings } from "../rules/totals";
import { unmappedFindings } from "../rules/unmapped";
import { cellDetails } from "../rules/placed";
import { layoutFinding, emptyMapping } from "./layoutFinding";
import { countCodes } from "./countCodes";
import { SheetMappingSchema, type SheetMapping } from "./mapping";
import type { ValidateOptions, ValidationResult } from "./types";
import type { RowObservations } from "../observations/observation";

function targetFinding(sheet: string, row: RowObservations, value: RowValue, judge: Judge): Placed | undefined {
  const judgement = judge(value.code, value.value);
  if (judgement === undefined) return undefined;
  const observation = value.observation;
  const plain = value.source === "reported" && observation.sheetPlan === undefined && observation.hidden === undefined;
  const details = plain
    ? judgement.details
    : cellDetails(observation, {
        ...judgement.details,
        ...(value.source === "derived" ? { derived: value.formula ?? "" } : {}),
        ...(observation.sheetPlan === undefined ? {} : { sheetPlan: observation.sheetPlan }),
      });
  const finding: Finding = {
    status: judgement.status,
    rule: judgement.rule,
    sheet,
    cell: observation.cell,
    district: row.district,
    scope: row.scope,
    indicator: value.code,
    ...(value.cells === undefined ? {} : { cells: value.cells }),
    value: value.value,
    ...(value.source === "reported" ? { raw: observation.reading.raw } : {}),
    target: judgement.target,
    ...(judgement.gap === undefined ? {} : { gap: judgement.gap }),
    ...(Object.keys(details).length === 0 ? {} : { details }),
  };
  return { row: observation.row, col: observation.col, finding };
}

/** Rule order within one cell: reading problems first, then checks, then the target. */
const RULE_ORDER: Readonly<Record<string, number>> = {
  layout: 0,
  missing: 1,
  "not-a-number": 1,
  "error-value": 1,
  "ambiguous-number": 1,
  "fraction-as-percent": 1,
  "negative-count": 1,
  "percent-over-100": 1,
  "ratio-mismatch": 2,
  order: 3,
  "total-mismatch": 4,
  outlier: 5,
  "unit-mismatch": 6,
  target: 6,
};

/** Findings in sheet order (row, then column, then rule), bucketed by row so it stays linear. */
function inSheetOrder(placed: readonly Placed[]): Finding[] {
  let firstRow = Infinity;
  let lastRow = -Infinity;
  for (const item of placed) {
    firstRow = Math.min(firstRow, item.row);
    lastRow = Math.max(lastRow, item.row);
  }
  const buckets: Placed[][] = Array.from({ length: Math.max(lastRow - firstRow + 1, 0) }, () => []);
  for (const item of placed) buckets[item.row - firstRow]?.push(item);
  const ordered: Finding[] = [];
  for (const bucket of buckets) {
    bucket.sort((a, b) => a.col - b.col || (RULE_ORDER[a.finding.rule] ?? 9) - (RULE_ORDER[b.finding.rule] ?? 9));
    for (const item of bucket) ordered.push(item.finding);
  }
  return ordered;
}

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
  const rows = collectObservations(grid, mapping, options.locale, unit);
  const judge = createJudge(options.plan, options.year);
  const placed: Placed[] = [];
  const withValues: { row: RowObservations; values: RowValue[] }[] = [];
  for (const row of rows) {
    for (const observation of row.all) for (const item of readingFindings(sheet, row, observation)) placed.push(item);
    const { values, findings } = rowValues(sheet, row);
    for (const item of findings) placed.push(item);
    for (const item of orderFindings(sheet, row)) placed.push(item);
    for (const value of values) {
      const item = targetFinding(sheet, row, value, judge);
      if (item !== undefined) placed.push(item);
    }
    withValues.push({ row, values });
  }
  for (const item of totalFindings(sheet, rows, countCodes(mapping))) placed.push(item);
  for (const item of outlierFindings(sheet, withValues)) placed.push(item);

  const cellFindings = inSheetOrder(placed);
  const province = provinceFigures(sheet, options.plan, options.year, withValues);
  // A given mapping's `field: null` is the user's "ignore"; only a detected one is questioned.
  const unmapped = detected ? unmappedFindings(grid, mapping) : [];
  const findings = [...resolved.findings, ...yearFindings(sheet, mapping, options.year), ...unmapped, ...cellFindings];
  for (const finding of province.findings) findings.push(finding);
  return { ...base, findings, province: province.figures, summary: summarise(findings) };
}

/** A sheet whose title names another year than the one validated: said, since the targets differ. */
function yearFindings(sheet: string, mapping: SheetMapping, year: number): Finding[] {
  if (mapping.year === null || mapping.year === year) return [];
  return [layoutFinding(sheet, "warning", { reason: "other-year", sheetYear: mapping.year, year })];
}

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
