import type { Field, SheetMapping } from "../engine/mapping";
import type { NumberLocale } from "../numbers/parse";
import type { Grid } from "../layout/grid";
import { isFooterLabel } from "../layout/headerWords";
import type { ReportingUnit } from "../layout/title";
import { columnKind } from "./columnKind";
import { CellObservation, CodePositions } from "./cellObservation";
import { usableValue, type Observation, type RowObservations } from "./observation";
import { plainFigure, readCell, type ColumnKind } from "./readCell";
import { ReadRow, type CellSource } from "./readRow";

const hiddenAt = (grid: Grid, row: number, col: number): "row" | "column" | undefined =>
  grid.isHiddenRow(row) ? "row" : grid.isHiddenCol(col) ? "column" : undefined;

function observe(
  grid: Grid,
  row: number,
  col: number,
  field: Field,
  kind: ColumnKind,
  locale: NumberLocale,
  sheetPlan?: number,
): Observation {
  const hidden = hiddenAt(grid, row, col);
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
class WideReader implements CellSource {
  private readonly columns: readonly Column[];
  readonly positions: CodePositions;
  readonly cellCols: readonly number[];

  constructor(
    private readonly grid: Grid,
    private readonly mapping: SheetMapping,
    private readonly locale: NumberLocale,
  ) {
    this.columns = mapping.fields.flatMap((entry) =>
      entry.field === null ? [] : [{ col: entry.index, field: entry.field, kind: columnKind(entry.field) }],
    );
    this.positions = new CodePositions(this.columns.map((column) => column.field));
    this.cellCols = this.columns.map((column) => column.col);
  }

  *rows(): Generator<RowObservations> {
    const last = Math.min(this.mapping.lastDataRow, this.grid.endRow - 1);
    for (let row = this.mapping.firstDataRow; row <= last; row++) {
      const observed = this.row(row);
      if (observed !== undefined) yield observed;
    }
  }

  row(row: number): RowObservations | undefined {
    const grid = this.grid;
    const district = grid.text(row, this.mapping.labelColumn);
    if (district === "" || isFooterLabel(district)) return undefined;
    const columns = this.columns;
    const figures: number[] = [];
    let made: Observation[] | undefined;
    let problems: Observation[] | undefined;
    for (let position = 0; position < columns.length; position++) {
      const { col, field, kind } = columns[position] as Column;
      const figure = plainFigure(grid.value(row, col), grid.format(row, col), kind);
      if (figure !== undefined) {
        figures.push(figure);
        continue;
      }
      const observation = observe(grid, row, col, field, kind, this.locale);
      (made ??= [])[position] = observation;
      figures.push(usableValue(observation) ?? NaN);
      if (observation.reading.problems.length > 0) (problems ??= []).push(observation);
    }
    const scope = row === this.mapping.totalRow ? "total" : "district";
    return new ReadRow(row, district, scope, figures, made, this, problems);
  }

  observe(row: number, position: number): Observation {
    const { col, field, kind } = this.columns[position] as Column;
    return observe(this.grid, row, col, field, kind, this.locale);
  }

  format(row: number, position: number): string {
    return this.grid.format(row, (this.columns[position] as Column).col);
  }

  hidden(row: number, position: number): "row" | "column" | undefined {
    return hiddenAt(this.grid, row, (this.columns[position] as Column).col);
  }
}

/** Long layout: one reporting unit, each mapped row read in the achievement column. */
function readLong(grid: Grid, mapping: SheetMapping, locale: NumberLocale, unit: ReportingUnit): ObservationReader {
  const valueColumn = mapping.valueColumn;
  const positions = new CodePositions(mapping.fields.flatMap((entry) => (entry.field === null ? [] : [entry.field])));
  if (valueColumn === null) return { positions, rows: () => [], row: () => undefined };
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
  const cells: CellSource = {
    observe: (_row, position) => all[position] as Observation,
    cellCols: all.map((observation) => observation.col),
    cellRows: all.map((observation) => observation.row),
    format: (_row, position) => {
      const observation = all[position] as Observation;
      return grid.format(observation.row, observation.col);
    },
    hidden: (_row, position) => all[position]?.hidden,
  };
  const row = mapping.fields[0]?.index ?? mapping.firstDataRow;
  const problems = all.filter((observation) => observation.reading.problems.length > 0);
  const figures = all.map((observation) => usableValue(observation) ?? NaN);
  const rows = [new ReadRow(row, unit.name, unit.scope, figures, all, cells, problems)];
  return { positions, rows: () => rows, row: (number) => rows.find((candidate) => candidate.row === number) };
}

/** The mapped cells of a sheet, read into observations a row at a time. */
export interface ObservationReader {
  /** Where each code sits in every row's positions. */
  readonly positions: CodePositions;
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
  return mapping.layout === "wide" ? new WideReader(grid, mapping, locale) : readLong(grid, mapping, locale, unit);
}
