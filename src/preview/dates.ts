const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Days since 1899-12-30, as Excel stores dates. */
export const excelSerial = (date: Date): number => (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;

/** An Excel date serial as `yyyy-mm-dd`, or its number when it is not a plausible date. */
export function excelSerialToIso(serial: number): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
  return Number.isNaN(date.getTime()) || serial < 0 ? String(serial) : date.toISOString().slice(0, 10);
}
