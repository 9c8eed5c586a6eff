import type { CellValue } from "../sheet/snapshot";
import { isCellError } from "../sheet/snapshot";
import { rememberedBy } from "../memo";
import { foldText } from "../text/fold";

/** How text with a lone `.` or `,` before three digits is read: `1.234` is 1234 in `vi`, 1.234 in `en`. */
export type NumberLocale = "vi" | "en";

export type ParsedNumber =
  | {
      readonly ok: true;
      readonly value: number;
      /** The text ended in `%`: the value is already in percent. */
      readonly percentText: boolean;
      readonly fromText: boolean;
      /** Set when the text could be read two ways and the locale decided. */
      readonly ambiguous?: { readonly text: string; readonly alternative: number };
    }
  | {
      readonly ok: false;
      readonly reason: "empty" | "no-data" | "error-value" | "not-a-number";
      readonly text: string;
    };

const NO_DATA = new Set(
  [
    "-",
    "–",
    "—",
    "x",
    "n/a",
    "na",
    "kcsl",
    "...",
    "…",
    "không có số liệu",
    "chưa có số liệu",
    "không có",
    "chưa có",
    "không",
    "no data",
  ].map(foldText),
);
/** Whether text says "no data" ("không có số liệu", "n/a"): asked of every header cell, so remembered. */
const saysNoData = rememberedBy<boolean>((text) => NO_DATA.has(foldText(text)));

const ERROR_TEXT =
  /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|GETTING_DATA|CONNECT!|BLOCKED!|UNKNOWN!)$/i;

const NUMERIC_CHARS = /^[\d\s.,%+\-−–()]+$/;
const GROUPED: Readonly<Record<string, RegExp>> = { ".": /^\d{1,3}(\.\d{3})+$/, ",": /^\d{1,3}(,\d{3})+$/ };

const fail = (reason: "empty" | "no-data" | "error-value" | "not-a-number", text: string): ParsedNumber => ({
  ok: false,
  reason,
  text,
});

/**
 * Reads a number from a cell value or a function argument: numbers as they are, and text written
 * the Vietnamese way (`27,6`, `45.210`, `95,4%`) or the English way (`27.6`, `45,210`).
 * A lone separator before exactly three digits (`1.234`) is ambiguous: `locale` decides and the
 * result says so.
 */
export function parseNumber(input: CellValue | undefined, locale: NumberLocale): ParsedNumber {
  if (input === null || input === undefined) return fail("empty", "");
  if (typeof input === "number")
    return Number.isFinite(input)
      ? { ok: true, value: input, percentText: false, fromText: false }
      : fail("not-a-number", String(input));
  if (typeof input === "boolean") return fail("not-a-number", String(input));
  if (isCellError(input)) return fail("error-value", input.error);
  return parseNumberText(input, locale);
}

/** The usual figure written as text: digits, with at most one `,` or `.` before the decimals ("27,6"). */
const PLAIN_FIGURE = /^(\d{1,15})(?:[.,](\d{1,6}))?$/;

/** `raw` read the quick way when it is a plain figure that cannot be read two ways; undefined otherwise. */
function plainFigure(raw: string): number | undefined {
  const match = PLAIN_FIGURE.exec(raw);
  if (match === null) return undefined;
  const whole = match[1] as string;
  const fraction = match[2];
  if (fraction === undefined) return Number(whole);
  // "1.234" could be a thousand or a decimal: the general reading decides and says so.
  if (fraction.length === 3 && whole.length <= 3 && whole !== "0") return undefined;
  return Number(`${whole}.${fraction}`);
}

function parseNumberText(raw: string, locale: NumberLocale): ParsedNumber {
  const plain = plainFigure(raw);
  if (plain !== undefined) return { ok: true, value: plain, percentText: false, fromText: true };
  const text = raw.replace(/[\u00a0\u202f\u2009]/g, " ").trim();
  if (text === "") return fail("empty", raw);
  if (ERROR_TEXT.test(text)) return fail("error-value", text);
  if (/^(-|–|—|\.|…)+$/.test(text) || (!NUMERIC_CHARS.test(text) && saysNoData(text))) return fail("no-data", raw);

  let body = text;
  const percentText = /%\s*$/.test(body);
  if (percentText) body = body.replace(/%\s*$/, "").trim();
  let sign = 1;
  if (/^[-−–]/.test(body)) {
    sign = -1;
    body = body.slice(1).trim();
  } else if (body.startsWith("+")) body = body.slice(1).trim();
  if (/^\(.*\)$/.test(body)) {
    sign = -sign;
    body = body.slice(1, -1).trim();
  }
  body = body.replace(/(\d) (?=\d{3}(\D|$))/g, "$1");
  if (!/^\d[\d.,]*$/.test(body) && !/^[.,]\d+$/.test(body)) return fail("not-a-number", raw);

  const read = readSeparators(body, locale);
  // More digits than any figure has (over 308): not a number a sheet can report.
  if (read === undefined || !Number.isFinite(read.value)) return fail("not-a-number", raw);
  const value = sign * read.value;
  const base = { ok: true as const, value, percentText, fromText: true };
  return read.alternative === undefined
    ? base
    : { ...base, ambiguous: { text: raw, alternative: sign * read.alternative } };
}

function readSeparators(body: string, locale: NumberLocale): { value: number; alternative?: number } | undefined {
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  const asNumber = (digits: string) => (digits === "" || !/^\d*\.?\d*$/.test(digits) ? undefined : Number(digits));
  const grouped = (intPart: string, separator: string) =>
    !intPart.includes(separator) || (GROUPED[separator]?.test(intPart) ?? false);

  if (dots === 0 && commas === 0) return { value: Number(body) };
  if (dots > 0 && commas > 0) {
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    const [intPart = "", fraction = ""] = [
      body.slice(0, body.lastIndexOf(decimal)),
      body.slice(body.lastIndexOf(decimal) + 1),
    ];
    if (body.split(decimal).length - 1 !== 1 || !grouped(intPart, thousands)) return undefined;
    const value = asNumber(`${intPart.split(thousands).join("")}.${fraction}`);
    return value === undefined ? undefined : { value };
  }
  const separator = dots > 0 ? "." : ",";
  const count = Math.max(dots, commas);
  const parts = body.split(separator);
  if (count > 1) {
    if (!grouped(body, separator)) return undefined;
    return { value: Number(parts.join("")) };
  }
  const [intPart = "", fraction = ""] = parts;
  const asDecimal = asNumber(`${intPart === "" ? "0" : intPart}.${fraction}`);
  const asThousands = asNumber(`${intPart}${fraction}`);
  if (asDecimal === undefined) return undefined;
  const couldBeThousands =
    fraction.length === 3 && /^\d{1,3}$/.test(intPart) && intPart !== "0" && asThousands !== undefined;
  if (!couldBeThousands) return { value: asDecimal };
  const thousandsSeparator = locale === "vi" ? "." : ",";
  return separator === thousandsSeparator
    ? { value: asThousands, alternative: asDecimal }
    : { value: asDecimal, alternative: asThousands };
}
