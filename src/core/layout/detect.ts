import type { Field, SheetMapping } from "../engine/mapping";
import { parseNumber } from "../numbers/parse";
import { matchField } from "./fieldMatch";
import type { Grid } from "./grid";
import { findHeaderBand, type HeaderBand, type HeaderColumn } from "./headerBand";
import { headerRole, isFooterLabel, isNumberingLabel, isTotalLabel, yearIn } from "./headerWords";
import { titleText, yearFromTitle } from "./title";

/** Why a sheet's layout could not be read. */
export interface LayoutIssue {
  readonly reason: "empty" | "no-header" | "no-indicator" | "no-rows";
  /** The headers that were seen, for "no-indicator". */
  readonly headers?: readonly string[];
  /** Where the header was found, when it was. */
  readonly row?: number;
}

export type Detection =
  | { readonly ok: true; readonly mapping: SheetMapping; readonly title: string }
  | { readonly ok: false; readonly issue: LayoutIssue };

export interface DetectHints {
  /** The year being validated: picks the long layout's achievement column when there are several. */
  readonly year?: number;
}

const NUMBERING_CELL = /^\(?([0-9]{1,2}|[A-Z])\)?$|^\(\d+\)\s*=.*$/;

function isNumberingRow(grid: Grid, row: number): boolean {
  let cells = 0;
  for (let col = grid.firstCol; col < grid.endCol; col++) {
    const text = grid.text(row, col);
    if (text === "") continue;
    if (!NUMBERING_CELL.test(text)) return false;
    cells += 1;
  }
  return cells >= 3;
}

/** Data rows under the header: first and last labelled row before any footer. */
function dataRows(grid: Grid, from: number, labelColumn: number): { first: number; last: number } | undefined {
  let first = -1;
  let last = -1;
  for (let row = from; row < grid.endRow; row++) {
    const label = grid.text(row, labelColumn);
    if (label === "") continue;
    if (first < 0 && isNumberingRow(grid, row)) continue;
    if (isFooterLabel(label)) break;
    if (first < 0) first = row;
    last = row;
  }
  return first < 0 ? undefined : { first, last };
}

function mostlyText(grid: Grid, col: number, from: number): boolean {
  let text = 0;
  let numbers = 0;
  for (let row = from; row < Math.min(grid.endRow, from + 50); row++) {
    const value = grid.value(row, col);
    if (value === null || value === "") continue;
    if (typeof value === "number" || parseNumber(value, "vi").ok) numbers += 1;
    else if (!isNumberingLabel(String(value))) text += 1;
  }
  return text > 0 && text >= numbers;
}

function wideMapping(grid: Grid, band: HeaderBand, title: string): Detection {
  const below = (band.rows[band.rows.length - 1] ?? grid.firstRow) + 1;
  const roles = new Map(band.columns.map((column) => [column.col, headerRole(column.header)]));
  const fieldOf = (column: HeaderColumn): Field | null =>
    roles.get(column.col) === undefined ? (matchField(column.header, column.group) ?? null) : null;
  const fields = band.columns.map((column) => ({ column, field: fieldOf(column) }));
  const firstField = fields.find((entry) => entry.field !== null)?.column.col ?? grid.endCol;
  const labelColumn =
    band.columns.find((column) => roles.get(column.col) === "district")?.col ??
    band.columns.find(
      (column) =>
        column.col < firstField && roles.get(column.col) !== "row-number" && mostlyText(grid, column.col, below),
    )?.col ??
    grid.firstCol;
  const mapped = fields.filter((entry) => entry.column.col !== labelColumn);
  if (!mapped.some((entry) => entry.field !== null))
    return {
      ok: false,
      issue: { reason: "no-indicator", headers: band.columns.map((column) => column.header), row: band.rows[0] ?? 0 },
    };
  const rows = dataRows(grid, below, labelColumn);
  if (rows === undefined) return { ok: false, issue: { reason: "no-rows", row: band.rows[0] ?? 0 } };
  let totalRow: number | null = null;
  for (let row = rows.first; row <= rows.last && totalRow === null; row++)
    if (isTotalLabel(grid.text(row, labelColumn))) totalRow = row;
  return {
    ok: true,
    title,
    mapping: {
      version: 1,
      sheet: grid.snapshot.sheetName || "Sheet1",
      layout: "wide",
      headerRows: [...band.rows],
      firstDataRow: rows.first,
      lastDataRow: rows.last,
      labelColumn,
      totalRow,
      fields: mapped.map(({ column, field }) => ({
        index: column.col,
        header: column.group === "" ? column.header : `${column.group} › ${column.header}`,
        field,
      })),
      valueColumn: null,
      planColumn: null,
      year: yearFromTitle(title),
    },
  };
}

const stripNumbering = (label: string) =>
  label.replace(/^\s*(?:[0-9]{1,2}(?:\.[0-9]{1,2})*|[ivx]{1,4}|[a-zđ])[.)]\s*/i, "");

function pickByYear(columns: readonly HeaderColumn[], year: number | undefined): HeaderColumn | undefined {
  const withYear = columns.find((column) => year !== undefined && yearIn(column.header) === year);
  return withYear ?? columns[columns.length - 1];
}

function longMapping(grid: Grid, band: HeaderBand, title: string, hints: DetectHints): Detection {
  const below = (band.rows[band.rows.length - 1] ?? grid.firstRow) + 1;
  const withRole = (role: string) => band.columns.filter((column) => headerRole(column.header) === role);
  const label = withRole("indicator-name")[0];
  const value = pickByYear(withRole("achieved"), hints.year);
  if (label === undefined || value === undefined) return { ok: false, issue: { reason: "no-header" } };
  const plan = pickByYear(withRole("plan"), hints.year);
  const unit = withRole("unit")[0];
  const rows = dataRows(grid, below, label.col);
  if (rows === undefined) return { ok: false, issue: { reason: "no-rows", row: band.rows[0] ?? 0 } };
  const fields: SheetMapping["fields"] = [];
  for (let row = rows.first; row <= rows.last; row++) {
    const header = grid.text(row, label.col);
    if (header === "") continue;
    const unitText = unit === undefined ? "" : grid.text(row, unit.col);
    // A section heading ("II. Sức khoẻ") has no unit, plan or figure: it names no indicator.
    const section =
      unitText === "" && grid.text(row, value.col) === "" && (plan === undefined || grid.text(row, plan.col) === "");
    const field = section ? undefined : matchField(stripNumbering(header), "", unitText);
    fields.push({ index: row, header, field: field ?? null });
  }
  if (!fields.some((entry) => entry.field !== null))
    return {
      ok: false,
      issue: { reason: "no-indicator", headers: fields.map((entry) => entry.header), row: band.rows[0] ?? 0 },
    };
  return {
    ok: true,
    title,
    mapping: {
      version: 1,
      sheet: grid.snapshot.sheetName || "Sheet1",
      layout: "long",
      headerRows: [...band.rows],
      firstDataRow: rows.first,
      lastDataRow: rows.last,
      labelColumn: label.col,
      totalRow: null,
      fields,
      valueColumn: value.col,
      planColumn: plan?.col ?? null,
      year: yearFromTitle(title) ?? yearIn(value.header) ?? null,
    },
  };
}

/**
 * Reads a sheet's layout: title rows, the header band, wide (districts down) or long
 * (indicators down, "Kế hoạch" / "Thực hiện" across), the label column, data rows, the total
 * row and the year. Never throws: a sheet it cannot read gives a `LayoutIssue`.
 */
export function detectLayout(grid: Grid, hints: DetectHints = {}): Detection {
  if (grid.endRow === grid.firstRow || grid.endCol === grid.firstCol) return { ok: false, issue: { reason: "empty" } };
  let blank = true;
  for (let row = grid.firstRow; row < Math.min(grid.endRow, grid.firstRow + 200) && blank; row++)
    blank = grid.isBlankRow(row);
  if (blank) return { ok: false, issue: { reason: "empty" } };
  const band = findHeaderBand(grid);
  if (band === undefined) return { ok: false, issue: { reason: "no-header" } };
  const title = titleText(grid, band.rows[0] ?? grid.firstRow);
  const roles = band.columns.map((column) => headerRole(column.header));
  const long = roles.includes("indicator-name") && roles.includes("achieved");
  return long ? longMapping(grid, band, title, hints) : wideMapping(grid, band, title);
}
