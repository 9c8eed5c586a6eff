import type { SheetMapping } from "../engine/mapping";
import type { NumberLocale } from "../numbers/parse";
import { cellAddress } from "../sheet/address";
import type { Grid } from "../layout/grid";
import { isFooterLabel } from "../layout/headerWords";
import type { ReportingUnit } from "../layout/title";
import { columnKind } from "./columnKind";
import type { Observation, RowObservations } from "./observation";
import { readCell, type ColumnKind } from "./readCell";
import type { Field } from "../engine/mapping";

function observe(
  grid: Grid,
  row: number,
  col: number,
  field: Field,
  kind: ColumnKind,
  locale: NumberLocale,
): Observation {
  const hidden = grid.isHiddenRow(row) ? "row" : grid.isHiddenCol(col) ? "column" : undefined;
  return {
    field,
    row,
    col,
    cell: cellAddress(row, col),
    reading: readCell(grid.value(row, col), grid.format(row, col), kind, locale),
    ...(hidden === undefined ? {} : { hidden }),
  };
}

function byCode(all: readonly Observation[]): Map<string, Observation> {
  const values = new Map<string, Observation>();
  for (const observation of all)
    if (!values.has(observation.field.code)) values.set(observation.field.code, observation);
  return values;
}

/** Wide layout: every labelled data row × every mapped column. Linear in the cells read. */
function collectWide(grid: Grid, mapping: SheetMapping, locale: NumberLocale): RowObservations[] {
  const columns = mapping.fields.flatMap((entry) =>
    entry.field === null ? [] : [{ col: entry.index, field: entry.field, kind: columnKind(entry.field) }],
  );
  const rows: RowObservations[] = [];
  const last = Math.min(mapping.lastDataRow, grid.endRow - 1);
  for (let row = mapping.firstDataRow; row <= last; row++) {
    const district = grid.text(row, mapping.labelColumn);
    if (district === "" || isFooterLabel(district)) continue;
    const all = columns.map(({ col, field, kind }) => observe(grid, row, col, field, kind, locale));
    rows.push({ row, district, scope: row === mapping.totalRow ? "total" : "district", values: byCode(all), all });
  }
  return rows;
}

/** Long layout: one reporting unit, each mapped row read in the achievement column. */
function collectLong(grid: Grid, mapping: SheetMapping, locale: NumberLocale, unit: ReportingUnit): RowObservations[] {
  const valueColumn = mapping.valueColumn;
  if (valueColumn === null) return [];
  const all: Observation[] = [];
  for (const entry of mapping.fields) {
    if (entry.field === null) continue;
    const kind = columnKind(entry.field);
    const observation = observe(grid, entry.index, valueColumn, entry.field, kind, locale);
    const plan =
      mapping.planColumn === null
        ? undefined
        : readCell(
            grid.value(entry.index, mapping.planColumn),
            grid.format(entry.index, mapping.planColumn),
            kind,
            locale,
          );
    all.push(plan?.ok === true && plan.usable ? { ...observation, sheetPlan: plan.value } : observation);
  }
  const row = mapping.fields[0]?.index ?? mapping.firstDataRow;
  return [{ row, district: unit.name, scope: unit.scope, values: byCode(all), all }];
}

/** Reads every mapped cell of the sheet into observations, row by row. */
export function collectObservations(
  grid: Grid,
  mapping: SheetMapping,
  locale: NumberLocale,
  unit: ReportingUnit,
): RowObservations[] {
  return mapping.layout === "wide" ? collectWide(grid, mapping, locale) : collectLong(grid, mapping, locale, unit);
}
