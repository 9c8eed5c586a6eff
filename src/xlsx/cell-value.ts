import type { CellValue as XlsxValue } from "exceljs";
import type { CellValue } from "../core/sheet/snapshot";

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DATE1904_OFFSET_DAYS = 1_462;

/** Days since 1899-12-30 (or since 1904-01-01 in a 1904-date workbook), as Excel stores dates. */
export const excelSerial = (date: Date, date1904 = false): number =>
  (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS - (date1904 ? DATE1904_OFFSET_DAYS : 0);

/** An Excel date serial as `yyyy-mm-dd`, or its number when it is not a plausible date. */
export function excelSerialToIso(serial: number): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
  return Number.isNaN(date.getTime()) || serial < 0 ? String(serial) : date.toISOString().slice(0, 10);
}

/**
 * An exceljs cell value as Office.js reports it, for the command line and the preview alike:
 * formulas give their cached result (null when there is none), rich text and hyperlinks their
 * plain text, dates their serial number, errors `{ error: "#DIV/0!" }`.
 */
export function xlsxCellValue(value: XlsxValue | undefined, date1904 = false): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerial(value, date1904);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return richText(value.richText);
  if ("hyperlink" in value) {
    const text: unknown = value.text;
    if (typeof text === "string") return text;
    return isRichText(text) ? richText(text.richText) : String(text ?? "");
  }
  if ("formula" in value || "sharedFormula" in value) return xlsxCellValue(value.result as XlsxValue, date1904);
  return null;
}

interface RichRun {
  readonly text?: string;
}

const isRichText = (value: unknown): value is { richText: RichRun[] } =>
  typeof value === "object" && value !== null && Array.isArray((value as { richText?: unknown }).richText);

const richText = (runs: readonly RichRun[]): string => runs.map((run) => run.text ?? "").join("");
