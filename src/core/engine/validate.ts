import type { Finding } from "../findings/finding";
import { summarise } from "../findings/finding";
import { detectLayout } from "../layout/detect";
import { Grid } from "../layout/grid";
import { reportingUnit, titleText } from "../layout/title";
import { collectObservations } from "../observations/collect";
import type { RowObservations } from "../observations/observation";
import { orderFindings } from "../rules/order";
import { outlierFindings } from "../rules/outliers";
import type { Placed } from "../rules/placed";
import { provinceFigures } from "../rules/province";
import { readingFindings } from "../rules/readingFindings";
import { rowValues, type RowValue } from "../rules/rowValues";
import { targetFinding } from "../rules/targetFinding";
import { createJudge } from "../rules/targets";
import { totalFindings } from "../rules/totals";
import { unmappedFindings } from "../rules/unmapped";
import type { SheetSnapshot } from "../sheet/snapshot";
import { countCodes } from "./countCodes";
import { emptyMapping, layoutFinding } from "./layoutFinding";
import { SheetMappingSchema, type SheetMapping } from "./mapping";
import { inSheetOrder } from "./sheetOrder";
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
  const rows = collectObservations(grid, mapping, options.locale, unit);
  const judge = createJudge(options.plan, options.year);
  const placed: Placed[] = [];
  const withValues: { row: RowObservations; values: RowValue[] }[] = [];
  for (const row of rows) {
    for (const observation of row.all)
      if (observation.reading.problems.length > 0)
        for (const item of readingFindings(sheet, row, observation)) placed.push(item);
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

  const province = provinceFigures(sheet, options.plan, options.year, withValues);
  for (const item of province.placed) placed.push(item);
  const cellFindings = inSheetOrder(placed);
  // A given mapping's `field: null` is the user's "ignore"; only a detected one is questioned.
  const unmapped = detected ? unmappedFindings(grid, mapping) : [];
  const findings = [...resolved.findings, ...unmapped, ...cellFindings];
  for (const finding of province.findings) findings.push(finding);
  return { ...base, findings, province: province.figures, summary: summarise(findings) };
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
