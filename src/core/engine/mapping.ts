import { z } from "zod";

/** What a column (wide layout) or a row (long layout) holds. */
export const FieldSchema = z.object({
  kind: z.enum(["indicator", "element"]),
  /** Indicator or data element code from the catalogue. */
  code: z.string().min(1),
});
export type Field = z.infer<typeof FieldSchema>;

const Index = z.number().int().nonnegative();

/**
 * How a sheet is read: found by layout detection, shown in the task pane, corrected there and
 * saved with the workbook. Rows and columns are 0-based sheet coordinates.
 */
export const SheetMappingSchema = z.object({
  version: z.literal(1),
  sheet: z.string().min(1),
  /** wide: districts down, indicators across. long: indicators down, plan / achievement across. */
  layout: z.enum(["wide", "long"]),
  headerRows: z.array(Index).min(1),
  firstDataRow: Index,
  lastDataRow: Index,
  /** wide: the district column. long: the column naming the indicator on each row. */
  labelColumn: Index,
  /** wide: the "Toàn tỉnh" / "Tổng cộng" row, null when the sheet has none. */
  totalRow: Index.nullable(),
  /** wide: one entry per column read; long: one entry per row read. `field` null means "ignore". */
  fields: z.array(z.object({ index: Index, header: z.string(), field: FieldSchema.nullable() })),
  /** long: the achievement column ("Thực hiện"). */
  valueColumn: Index.nullable(),
  /** long: the sheet's own plan column ("Kế hoạch"), shown beside the provincial target. */
  planColumn: Index.nullable(),
  /** The year the sheet reports, when its title or a year column says so. */
  year: z.number().int().nullable(),
});
export type SheetMapping = z.infer<typeof SheetMappingSchema>;
