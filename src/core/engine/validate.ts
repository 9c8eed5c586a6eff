import type { Finding } from "../findings/finding";
import { summarise } from "../findings/finding";
import { detectLayout } from "../layout/detect";
import { Grid } from "../layout/grid";
import { reportingUnit, titleText } from "../layout/title";
import { observationReader } from "../observations/collect";
import type { Observation } from "../observations/observation";
import { orderFindings, pairsFor } from "../rules/order";
import { OutlierCheck } from "../rules/outliers";
import type { Placed } from "../rules/placed";
import { ProvincePool } from "../rules/province";
import { readingFindings } from "../rules/readingFindings";
import { formulasFor, rowValues, type RowValue } from "../rules/rowValues";
import { targetFinding } from "../rules/targetFinding";
import { createJudge } from "../rules/targets";
import { TotalCheck } from "../rules/totals";
import { unmappedFindings } from "../rules/unmapped";
import type { SheetSnapshot } from "../sheet/snapshot";
import { countCodes, mappedCodes } from "./mappingCodes";
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
  const reader = observationReader(grid, mapping, options.locale, unit);
  const judge = createJudge(options.plan, options.year);
  const listMet = options.includeMet !== false;
  let metUnlisted = 0;
  const placed: Placed[] = [];
  const totals = new TotalCheck(countCodes(mapping));
  const outliers = new OutlierCheck();
  const codes = mappedCodes(mapping);
  const formulas = formulasFor(codes);
  const pairs = pairsFor(codes);
  const pool = new ProvincePool(formulas);
  // One row at a time: what a row's rules need of other rows is kept as running sums, so the
  // observations of a row are dropped once it is done.
  for (const row of reader.rows()) {
    const all = row.all;
    for (let index = 0; index < all.length; index++) {
      const observation = all[index] as Observation;
      if (observation.reading.problems.length > 0)
        for (const item of readingFindings(sheet, row, observation)) placed.push(item);
    }
    const { values, findings } = rowValues(sheet, row, formulas);
    for (let index = 0; index < findings.length; index++) placed.push(findings[index] as Placed);
    const disordered = orderFindings(sheet, row, pairs);
    for (let index = 0; index < disordered.length; index++) placed.push(disordered[index] as Placed);
    for (let index = 0; index < values.length; index++) {
      const value = values[index] as RowValue;
      if (!listMet && judge.meets(value.code, value.value)) {
        metUnlisted += 1;
        continue;
      }
      const judgement = judge(value.code, value.value);
      if (judgement !== undefined) placed.push(targetFinding(sheet, row, value, judgement));
    }
    totals.add(row);
    outliers.add(row, values);
    pool.add(row, values);
  }
  for (const item of totals.findings(sheet)) placed.push(item);
  const rowAgain = (number: number) => {
    const row = reader.row(number);
    return row === undefined ? undefined : { row, values: rowValues(sheet, row, formulas).values };
  };
  for (const item of outliers.findings(sheet, rowAgain)) placed.push(item);

  const province = pool.figures(sheet, options.plan, options.year, listMet);
  metUnlisted += province.metUnlisted;
  for (const item of province.placed) placed.push(item);
  const cellFindings = inSheetOrder(placed);
  // A given mapping's `field: null` is the user's "ignore"; only a detected one is questioned.
  const unmapped = detected ? unmappedFindings(grid, mapping) : [];
  const findings = resolved.findings.concat(unmapped, cellFindings, province.findings);
  const listed = summarise(findings);
  return { ...base, findings, province: province.figures, summary: { ...listed, met: listed.met + metUnlisted } };
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
