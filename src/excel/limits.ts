/**
 * Excel on the web refuses a request or response above 5 MB and a range read above 5,000,000 cells
 * ("Resource limits and performance optimization for Office Add-ins", Excel add-ins section).
 * PlanCheck stays well under both.
 */
export const EXCEL_LIMITS = {
  payloadBytes: 5_000_000,
  readCells: 5_000_000,
  /** Longest address string Excel accepts for `getRanges` (RangeAreas). */
  areasAddressChars: 8_000,
} as const;

/** What one request of PlanCheck may use: a margin under Excel's limits. */
export const BUDGET = {
  requestBytes: 4_000_000,
  /** Address string of one RangeAreas: well under 8,000 characters. */
  areasAddressChars: 6_000,
  /** Notes written in one validation: more would be noise, and each is an object in the request. */
  notes: 1_000,
} as const;

/**
 * Estimated bytes one cell costs in a read of values, valueTypes and numberFormat: a value (a number,
 * or text such as "Huyện Mường Tè"), its type ("Double", "String", "Error"), its format ("General",
 * "#,##0.0"), with JSON quotes and commas. Generous on purpose: an underestimate fails the read.
 */
export const BYTES_PER_CELL = 40;
/** Estimated bytes per row or column of `getRowProperties` / `getColumnProperties` ({rowIndex, rowHidden}). */
export const BYTES_PER_LINE = 40;

/** Cells one read request may cover. */
export const CELLS_PER_REQUEST = Math.floor(BUDGET.requestBytes / BYTES_PER_CELL);

/**
 * The first request reads this window of the used range along with its size, so a sheet that fits
 * (2,000 rows × 48 columns, far more than a district report) is read in one `context.sync`.
 */
export const FIRST_WINDOW = { rows: 2_000, columns: 48 } as const;
