import { isCellError, type CellValue } from "../core/sheet/snapshot";
import { excelSerialToIso } from "../xlsx/cell-value";

/**
 * The text a cell shows in the grid, close to what Excel shows for the common formats
 * (General, fixed decimals, thousands separators, percentages, dates). Never throws.
 */
export function displayText(value: CellValue, format: string): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  const section = firstSection(format);
  if (section === "" || /^general$/i.test(section) || section === "@") return general(value);
  if (isDateFormat(section)) return excelSerialToIso(value);
  const percent = section.includes("%");
  const places = /\.([0#]+)/.exec(section)?.[1] ?? "";
  const shown = percent ? value * 100 : value;
  const fixed = Math.abs(shown).toFixed(places.length);
  const [whole = "0", digits] = fixed.split(".");
  const fraction = digits?.slice(0, Math.max(places.replace(/#/g, "").length, digits.replace(/0+$/, "").length));
  const grouped = section.includes(",") ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const sign = shown < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${grouped}${fraction ? `.${fraction}` : ""}${percent ? "%" : ""}`;
}

function general(value: number): string {
  return Math.abs(value) >= 1e11 || (value !== 0 && Math.abs(value) < 1e-9)
    ? value.toExponential(5).replace(/\.?0+e/, "E")
    : String(Number(value.toPrecision(10)));
}

/** The positive-number section of a format, without quoted text, escapes and colour tags. */
function firstSection(format: string): string {
  return (format.split(";")[0] ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .trim();
}

const isDateFormat = (section: string): boolean => /[dmy]/i.test(section) && !/[0#?]/.test(section);
