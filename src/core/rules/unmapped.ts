import type { SheetMapping } from "../engine/mapping";
import type { Finding } from "../findings/finding";
import type { Grid } from "../layout/grid";
import { headerRole } from "../layout/headerWords";
import { parseNumber } from "../numbers/parse";
import { cellAddress } from "../sheet/address";

const SAMPLE_ROWS = 50;

function holdsNumbers(grid: Grid, rows: readonly number[], col: number): boolean {
  return rows.some((row) => {
    const value = grid.value(row, col);
    return value !== null && value !== "" && parseNumber(value, "vi").ok;
  });
}

/**
 * Headers that hold figures but name nothing PlanCheck knows: a `layout` warning on the header
 * cell, so a column is never skipped in silence (the pane lets the user map it).
 */
export function unmappedFindings(grid: Grid, mapping: SheetMapping): Finding[] {
  const findings: Finding[] = [];
  const sheet = mapping.sheet;
  if (mapping.layout === "wide") {
    const headerRow = mapping.headerRows[mapping.headerRows.length - 1] ?? 0;
    const rows: number[] = [];
    for (let row = mapping.firstDataRow; row <= mapping.lastDataRow && rows.length < SAMPLE_ROWS; row++) rows.push(row);
    for (const entry of mapping.fields) {
      if (entry.field !== null || headerRole(entry.header.split(" › ").pop() ?? "") !== undefined) continue;
      if (!holdsNumbers(grid, rows, entry.index)) continue;
      findings.push({
        status: "warning",
        rule: "layout",
        sheet,
        cell: cellAddress(headerRow, entry.index),
        district: "",
        scope: "district",
        raw: entry.header,
        details: { reason: "unknown-header", header: entry.header, axis: "column" },
      });
    }
    return findings;
  }
  const valueColumn = mapping.valueColumn;
  if (valueColumn === null) return findings;
  for (const entry of mapping.fields) {
    if (entry.field !== null || !holdsNumbers(grid, [entry.index], valueColumn)) continue;
    findings.push({
      status: "warning",
      rule: "layout",
      sheet,
      cell: cellAddress(entry.index, mapping.labelColumn),
      district: "",
      scope: "district",
      raw: entry.header,
      details: { reason: "unknown-header", header: entry.header, axis: "row" },
    });
  }
  return findings;
}
