import type { Field, SheetMapping } from "../engine/mapping";
import type { NumberLocale } from "../numbers/parse";
import type { Grid } from "../layout/grid";
import { isFooterLabel } from "../layout/headerWords";
import type { ReportingUnit } from "../layout/title";
import { columnKind } from "./columnKind";
import { CellObservation, CodePositions } from "./cellObservation";
import type { Observation, RowObservations } from "./observation";
import { readCell, type ColumnKind } from "./readCell";

function observe(
  grid: Grid,
  row: number,
  col: number,
  field: Field,
  kind: ColumnKind,
  locale: NumberLocale,
  sheetPlan?: number,
): Observation {
  const hidden = grid.isHiddenRow(row) ? "row" : grid.isHiddenCol(col) ? "column" : undefined;
  const reading = readCell(grid.value(row, col), grid.format(row, col), kind, locale);
  return new CellObservation(field, row, col, reading, hidden, sheetPlan);
}

/** A mapped column of a wide sheet, with the kind of values it holds. */
interface Column {
  readonly col: number;
  readonly field: Field;
  readonly kind: ColumnKind;
}

/** Wide layout: every labelled data row × every mapped column. */
class WideReader {
  private readonly columns: readonly Column[];
  private readonly positions: CodePositions;

  constructor(
    private readonly grid: Grid,
    private readonly mapping: SheetMapping,
    private readonly locale: NumberLocale,
  ) {
    this.columns = mapping.fields.flatMap((entry) =>
      entry.field === null
        ? []
        : [
            {
              col: entry.index,
              field: entry.field,
              kind: columnKind(entry.field),
            },
          ],
    );
    this.positions = new CodePositions(this.columns.map((column) => column.field));
  }

  *rows(): Generator<RowObservations> {
    const last = Math.min(this.mapping.lastDataRow, this.grid.endRow - 1);
    for (let row = this.mapping.firstDataRow; row <= last; row++) {
      const observed = this.row(row);
      if (observed !== undefined) yield observed;
    }
  }

  row(row: number): RowObservations | undefined {
    const district = this.grid.text(row, this.mapping.labelColumn);
    if (district === "" || isFooterLabel(district)) return undefined;
    const all: Observation[] = [];
    for (const { col, field, kind } of this.columns) all.push(observe(this.grid, row, col, field, kind, this.locale));
    const scope = row === this.mapping.totalRow ? "total" : "district";
    return { row, district, scope, values: this.positions.byCode(all), all };
  }
}

/** Long layout: one reporting unit, each mapped row read in the achievement column. */
function collectLong(grid: Grid, mapping: SheetMapping, locale: NumberLocale, unit: ReportingUnit): RowObservations[] {
  const valueColumn = mapping.valueColumn;
  if (valueColumn === null) return [];
  const all: Observation[] = [];
  for (const entry of mapping.fields) {
    if (entry.field === null) continue;
    const kind = columnKind(entry.field);
    const plan =
      mapping.planColumn === null
        ? undefined
        : readCell(
            grid.value(entry.index, mapping.planColumn),
            grid.format(entry.index, mapping.planColumn),
            kind,
            locale,
          );
    const sheetPlan = plan?.ok === true && plan.usable ? plan.value : undefined;
    all.push(observe(grid, entry.index, valueColumn, entry.field, kind, locale, sheetPlan));
  }
  const row = mapping.fields[0]?.index ?? mapping.firstDataRow;
  const positions = new CodePositions(all.map((observation) => observation.field));
  return [
    {
      row,
      district: unit.name,
      scope: unit.scope,
      values: positions.byCode(all),
      all,
    },
  ];
}

/** The mapped cells of a sheet, read into observations a row at a time. */
export interface ObservationReader {
  /** Every row, in sheet order, each read when reached: a caller that keeps none holds one row at a time. */
  rows(): Iterable<RowObservations>;
  /** One row read again (the same observations `rows` gave for it), or undefined when it is not a data row. */
  row(row: number): RowObservations | undefined;
}

export function observationReader(
  grid: Grid,
  mapping: SheetMapping,
  locale: NumberLocale,
  unit: ReportingUnit,
): ObservationReader {
  if (mapping.layout === "wide") return new WideReader(grid, mapping, locale);
  const rows = collectLong(grid, mapping, locale, unit);
  return { rows: () => rows, row: (row) => rows.find((candidate) => candidate.row === row) };
}
