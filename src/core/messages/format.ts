import { scaledUnits } from "../numbers/scaled";
import { rememberedBy } from "../memo";
import { dataElement, indicatorByCode } from "../indicators/catalogue";
import { UNIT_LABELS, type Unit } from "../indicators/units";
import type { FindingTarget } from "../findings/finding";
import { COMPARATOR_SYMBOL } from "../targets/evaluate";
import type { Language } from "./language";

/** Decimals shown: two for figures from 1 up, more for small shares (0,41 %; 0,0041). */
export function decimalsFor(value: number): number {
  const size = Math.abs(value);
  if (size >= 1 || size === 0) return 2;
  return size >= 0.01 ? 3 : 4;
}

/**
 * A number written the reader's way: Vietnamese `27,6` and `45.210`, English `27.6` and `45,210`.
 * Trailing zeros are dropped.
 */
export function formatNumber(value: number, lang: Language, maxDecimals = decimalsFor(value)): string {
  if (!Number.isFinite(value)) return String(value);
  return roundedDigits(value, lang, maxDecimals) ?? fixedDigits(value, lang, maxDecimals);
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];

/** A figure's digits as `formatNumber` shows them: the whole part, and `decimals` digits after the point. */
export interface FigureDigits {
  readonly whole: number;
  /** The decimals, trailing zeros dropped (0.5 with two decimals: fraction 5, decimals 1). */
  readonly fraction: number;
  readonly decimals: number;
  /** The figure is below zero and does not round to it. */
  readonly negative: boolean;
}

/**
 * `value`'s digits at `maxDecimals` by integer arithmetic, for the usual figure; undefined where
 * the scaled figure lies too near a tie to be sure it rounds as `toFixed` does.
 */
export function figureDigits(value: number, maxDecimals: number): FigureDigits | undefined {
  const scale = POWERS[maxDecimals];
  if (scale === undefined) return undefined;
  const units = scaledUnits(Math.abs(value), scale);
  if (units === undefined) return undefined;
  let fraction = units % scale;
  const whole = (units - fraction) / scale;
  let decimals = maxDecimals;
  while (decimals > 0 && fraction % 10 === 0) {
    fraction /= 10;
    decimals--;
  }
  return { whole, fraction, decimals, negative: value < 0 && units !== 0 };
}

/** `formatNumber` from `figureDigits`; undefined where `fixedDigits` must answer. */
function roundedDigits(value: number, lang: Language, maxDecimals: number): string | undefined {
  const digits = figureDigits(value, maxDecimals);
  if (digits === undefined) return undefined;
  const { whole, fraction, decimals } = digits;
  const wholeText = String(whole);
  const grouped = whole < 1000 ? wholeText : wholeText.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  const sign = digits.negative ? "-" : "";
  if (decimals === 0) return sign === "" ? grouped : `${sign}${grouped}`;
  return `${sign}${grouped}${lang === "vi" ? "," : "."}${String(fraction).padStart(decimals, "0")}`;
}

function fixedDigits(value: number, lang: Language, maxDecimals: number): string {
  const fixed = Math.abs(value).toFixed(maxDecimals);
  const dot = fixed.indexOf(".");
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  let end = fixed.length;
  if (dot >= 0) {
    while (end > dot + 1 && fixed.charCodeAt(end - 1) === 48) end--;
    if (end === dot + 1) end = dot;
  }
  const grouped = whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  const fraction = end > dot && dot >= 0 ? (lang === "vi" ? "," : ".") + fixed.slice(dot + 1, end) : "";
  return `${sign}${grouped}${fraction}`;
}

/** Short names for the indicators a sheet most often holds; others use the catalogue name. */
const SHORT: Readonly<Record<string, { vi: string; en: string }>> = {
  BEDS: { vi: "Giường bệnh/vạn dân", en: "beds per 10,000" },
  DOCTORS: { vi: "Bác sĩ/vạn dân", en: "doctors per 10,000" },
  PHARMACISTS: { vi: "Dược sĩ đại học/vạn dân", en: "pharmacists per 10,000" },
  NURSES: { vi: "Điều dưỡng/vạn dân", en: "nurses per 10,000" },
  INSURANCE: { vi: "Tỷ lệ tham gia BHYT", en: "health insurance coverage" },
  EPI: { vi: "Tỷ lệ TCMR", en: "immunisation coverage" },
  U5MR: { vi: "Tử vong trẻ dưới 5 tuổi", en: "under-five mortality" },
  IMR: { vi: "Tử vong trẻ dưới 1 tuổi", en: "infant mortality" },
  STUNTING: { vi: "SDD thấp còi", en: "stunting" },
  HIV: { vi: "Tỷ lệ nhiễm HIV", en: "HIV prevalence" },
  COMMUNE_CRITERIA: { vi: "Xã đạt BTCQG về y tế", en: "communes meeting the health criteria" },
};

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text);

const labels: Readonly<Record<Language, (code: string) => string>> = {
  vi: rememberedBy((code) => lookUpLabel(code, "vi")),
  en: rememberedBy((code) => lookUpLabel(code, "en")),
};

/** The name of an indicator or data element as a message shows it (looked up once per code and language). */
export function fieldLabel(code: string, lang: Language): string {
  return labels[lang](code);
}

function lookUpLabel(code: string, lang: Language): string {
  const short = SHORT[code];
  if (short !== undefined) return short[lang];
  const named = dataElement(code) ?? indicatorByCode(code);
  if (named === undefined) return code;
  return lang === "vi" ? named.name.vi : lowerFirst(named.name.en);
}

/** A unit's short suffix after a value: "%", " năm", or nothing. */
export const unitSymbol = (unit: Unit, lang: Language): string => UNIT_LABELS[unit].symbol[lang];

/** A value with its unit's short suffix: "95,4%", "27,6", "68 năm". */
export const formatValue = (value: number, unit: Unit, lang: Language): string =>
  `${formatNumber(value, lang)}${unitSymbol(unit, lang)}`;

const TARGETS: Readonly<Record<Language, WeakMap<FindingTarget, string>>> = { vi: new WeakMap(), en: new WeakMap() };

/** "≥ 33", "> 95%", "≈ 0,38%" (worded once per target object: the engine shares one per indicator). */
export function formatTarget(target: FindingTarget, lang: Language): string {
  const known = TARGETS[lang].get(target);
  if (known !== undefined) return known;
  const text = `${COMPARATOR_SYMBOL[target.comparator]} ${formatValue(target.value, target.unit, lang)}`;
  TARGETS[lang].set(target, text);
  return text;
}

/** "trên 10.000 dân" / "per 10,000 population". */
export const unitName = (unit: Unit, lang: Language): string => UNIT_LABELS[unit][lang];

/**
 * The unit of a field's values: data elements are counts (a count of immunised children is never
 * "125%", although naming it finds the coverage indicator it is the numerator of).
 */
export function fieldUnit(code: string): Unit {
  return units(code);
}

const units = rememberedBy<Unit>((code) =>
  dataElement(code) !== undefined ? "count" : (indicatorByCode(code)?.unit ?? "count"),
);
