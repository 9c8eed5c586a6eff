import { remembered } from "../memo";
import type { Finding, FindingTarget, RuleId } from "../findings/finding";
import { fieldLabel, fieldUnit, formatNumber, formatTarget, formatValue, unitName, unitSymbol } from "./format";
import type { Language } from "./language";
import { joined, type Sentence } from "./sentence";

type Words = (finding: Finding, lang: Language) => string;

const num = (value: unknown, lang: Language, decimals?: number) =>
  typeof value === "number" ? formatNumber(value, lang, decimals) : String(value);
/** Figures read two ways are shown in full, so the two readings can be told apart. */
const EXACT = 6;
const detail = (finding: Finding, key: string) => finding.details?.[key];
const value = (finding: Finding, lang: Language) =>
  finding.value === undefined || finding.value === null
    ? (finding.raw ?? "")
    : formatValue(finding.value, fieldUnit(finding.indicator ?? ""), lang);
const quoted = (text: string | undefined) => `“${text ?? ""}”`;

const derived = remembered<string>();

function derivedFrom(finding: Finding, lang: Language): string {
  const formula = detail(finding, "derived");
  if (typeof formula !== "string" || formula === "") return "";
  return derived(`${lang}:${formula}`, () => derivedWords(formula, lang));
}

function derivedWords(formula: string, lang: Language): string {
  const [top = "", bottom = ""] = formula.split("/");
  return lang === "vi"
    ? ` (tính từ ${fieldLabel(top, "vi").toLowerCase()} và ${fieldLabel(bottom, "vi").toLowerCase()})`
    : ` (computed from ${fieldLabel(top, "en").toLowerCase()} and ${fieldLabel(bottom, "en").toLowerCase()})`;
}

/** The words of a target sentence around its figures, made once per target and language. */
export interface TargetWords {
  /** After the value: "— đạt chỉ tiêu ≥ 33 năm 2025" / "meets the 2025 target ≥ 33". */
  readonly met: string;
  /** Around the margin a met target is beaten by. */
  readonly spareBefore: string;
  readonly spareAfter: string;
  /** The whole rest of the sentence when the value only equals a strict target. */
  readonly equal: string;
  /** Before the gap: "— chưa đạt chỉ tiêu ≥ 33 năm 2025, còn thiếu " / "is short of the 2025 target ≥ 33 by ". */
  readonly short: string;
}

/** "≥ 33 năm 2025"; a target in years puts its year first, "năm 2030 (≥ 68 năm)", not "≥ 68 năm năm 2030". */
const yearOfTarget = (target: FindingTarget, goal: string) =>
  target.unit === "years" ? `năm ${target.year} (${goal})` : `${goal} năm ${target.year}`;

const TARGET_WORDS: Readonly<Record<Language, (target: FindingTarget, goal: string) => TargetWords>> = {
  vi: (target, goal) => ({
    met: ` — đạt chỉ tiêu ${yearOfTarget(target, goal)}`,
    spareBefore: ", vượt ",
    spareAfter: "",
    equal: ` — chưa đạt chỉ tiêu ${yearOfTarget(target, goal)} (mới bằng mức chỉ tiêu).`,
    short: ` — chưa đạt chỉ tiêu ${yearOfTarget(target, goal)}, còn thiếu `,
  }),
  en: ({ year }, goal) => ({
    met: ` meets the ${year} target ${goal}`,
    spareBefore: " with ",
    spareAfter: " to spare",
    equal: ` only equals the ${year} target ${goal}, so it is not reached.`,
    short: ` is short of the ${year} target ${goal} by `,
  }),
};

const targetWordsMade: Readonly<Record<Language, WeakMap<FindingTarget, TargetWords>>> = {
  vi: new WeakMap(),
  en: new WeakMap(),
};

/** Worded once per target object: the engine shares one per indicator. */
export function targetWords(target: FindingTarget, lang: Language): TargetWords {
  let words = targetWordsMade[lang].get(target);
  if (words === undefined) {
    words = TARGET_WORDS[lang](target, formatTarget(target, lang));
    targetWordsMade[lang].set(target, words);
  }
  return words;
}

/** `value`'s words, written into `out`. */
function writeValue(finding: Finding, lang: Language, out: Sentence): void {
  if (finding.value === undefined || finding.value === null) return out.text(finding.raw ?? "");
  out.figure(finding.value, lang);
  const symbol = unitSymbol(fieldUnit(finding.indicator ?? ""), lang);
  if (symbol !== "") out.phrase(symbol);
}

/** A target sentence after its place: the figure, then how it stands against the target. */
function writeTarget(finding: Finding, lang: Language, out: Sentence): void {
  writeValue(finding, lang, out);
  const derived = derivedFrom(finding, lang);
  if (derived !== "") out.phrase(derived);
  const t = finding.target;
  if (t === undefined) return;
  writeStanding(finding.status === "met", finding.gap ?? 0, targetWords(t, lang), lang, out);
}

/** The full stop after a target sentence's last figure. */
export const TARGET_END = ".";

/**
 * How a figure stands against its target, written after the figure: met, and by how much when the
 * target is beaten; or short by the gap, or only equal to a strict target.
 */
export function writeStanding(met: boolean, gap: number, words: TargetWords, lang: Language, out: Sentence): void {
  if (met) {
    out.phrase(words.met);
    if (gap < 0) {
      out.phrase(words.spareBefore);
      out.figure(-gap, lang);
      out.phrase(words.spareAfter);
    }
    return out.phrase(TARGET_END);
  }
  if (gap === 0) return out.phrase(words.equal);
  out.phrase(words.short);
  out.figure(gap, lang);
  out.phrase(TARGET_END);
}

const target: Words = (finding, lang) => joined((out) => writeTarget(finding, lang, out));

const LAYOUT: Readonly<Record<string, { vi: (f: Finding) => string; en: (f: Finding) => string }>> = {
  empty: { vi: () => "trang tính trống, không có gì để kiểm tra.", en: () => "the sheet is empty: nothing to check." },
  "no-header": {
    vi: () => "không tìm thấy dòng tiêu đề có tên chỉ tiêu.",
    en: () => "no header row naming an indicator was found.",
  },
  "no-indicator": {
    vi: (f) => `không cột nào khớp với chỉ tiêu đã biết (tiêu đề: ${String(detail(f, "headers") ?? "")}).`,
    en: (f) => `no column matches a known indicator (headers: ${String(detail(f, "headers") ?? "")}).`,
  },
  "no-rows": {
    vi: () => "có dòng tiêu đề nhưng không có dòng số liệu nào bên dưới.",
    en: () => "the header has no data rows under it.",
  },
  "unknown-header": {
    vi: (f) =>
      `${detail(f, "axis") === "row" ? "dòng" : "cột"} ${quoted(String(detail(f, "header")))} có số liệu nhưng không khớp chỉ tiêu nào — bỏ qua; có thể gán lại trong ngăn tác vụ.`,
    en: (f) =>
      `the ${detail(f, "axis") === "row" ? "row" : "column"} ${quoted(String(detail(f, "header")))} holds figures but matches no known indicator — skipped; map it in the task pane.`,
  },
  unreadable: {
    vi: () => "không đọc được trang tính này (dữ liệu không đúng dạng).",
    en: () => "this sheet could not be read (its data is not in the expected shape).",
  },
  "bad-mapping": {
    vi: () => "bản ánh xạ đã lưu không hợp lệ, đã tự nhận dạng lại bố cục.",
    en: () => "the saved mapping was unreadable; the layout was detected again.",
  },
};

/** The rules whose sentences are also written piece by piece (the usual findings of a large sheet). */
export const RULE_SENTENCES: Partial<Record<RuleId, (finding: Finding, lang: Language, out: Sentence) => void>> = {
  target: writeTarget,
};

/** One wording per rule and language; a rule without both cannot compile. */
export const RULE_WORDS: Readonly<Record<RuleId, Words>> = {
  target,
  "no-target": (f, lang) =>
    lang === "vi"
      ? `${value(f, lang)} — kế hoạch không có chỉ tiêu năm ${num(detail(f, "year"), lang)}.`
      : `${value(f, lang)}: the plan sets no target for ${num(detail(f, "year"), lang)}.`,
  missing: (f, lang) =>
    lang === "vi"
      ? `không có số liệu${f.raw ? ` (${quoted(f.raw)})` : " (ô trống)"}.`
      : `no figure${f.raw ? ` (${quoted(f.raw)})` : " (blank)"}.`,
  "not-a-number": (f, lang) =>
    lang === "vi" ? `${quoted(f.raw)} không phải là số.` : `${quoted(f.raw)} is not a number.`,
  "error-value": (f, lang) =>
    lang === "vi" ? `ô chứa giá trị lỗi ${f.raw ?? ""}.` : `the cell holds the error value ${f.raw ?? ""}.`,
  "ambiguous-number": (f, lang) => {
    const read = num(f.value, lang, EXACT);
    const other = num(detail(f, "alternative"), lang, EXACT);
    return lang === "vi"
      ? `${quoted(f.raw)} có thể là ${read} hoặc ${other}; đã đọc là ${read} — hãy kiểm tra.`
      : `${quoted(f.raw)} could be ${read} or ${other}; read as ${read} — please check.`;
  },
  "fraction-as-percent": (f, lang) => {
    const stored = num(detail(f, "stored"), lang, EXACT);
    const format = String(detail(f, "format") ?? "");
    return lang === "vi"
      ? `giá trị lưu ${stored} trong ô định dạng ${format} được đọc là ${value(f, lang)}.`
      : `the stored value ${stored} in a cell formatted ${format} was read as ${value(f, lang)}.`;
  },
  "negative-count": (f, lang) =>
    lang === "vi"
      ? `${value(f, lang)} là số âm — số liệu này không thể âm.`
      : `${value(f, lang)} is negative, which this figure cannot be.`,
  "percent-over-100": (f, lang) =>
    lang === "vi" ? `${value(f, lang)} vượt quá 100%.` : `${value(f, lang)} is above 100%.`,
  "unit-mismatch": (f, lang) => {
    const t = f.target;
    const goal = t === undefined ? "" : formatTarget(t, lang);
    const theirs = t === undefined ? "" : unitName(t.unit, lang);
    const ours = unitName(fieldUnit(f.indicator ?? ""), lang);
    return lang === "vi"
      ? `${value(f, lang)} tính theo ${ours}, còn chỉ tiêu năm ${t?.year ?? ""} (${goal}) tính theo ${theirs} — không so sánh được.`
      : `${value(f, lang)} is in ${ours} but the ${t?.year ?? ""} target (${goal}) is in ${theirs}: not compared.`;
  },
  "ratio-mismatch": (f, lang) => {
    const [top = "", bottom = ""] = String(detail(f, "formula") ?? "").split("/");
    const computed = num(detail(f, "computed"), lang);
    const topCell = String(detail(f, "numeratorCell") ?? "");
    const bottomCell = String(detail(f, "denominatorCell") ?? "");
    return lang === "vi"
      ? `${value(f, lang)} khác với ${computed} tính từ ${fieldLabel(top, "vi").toLowerCase()} (${topCell}) và ${fieldLabel(bottom, "vi").toLowerCase()} (${bottomCell}).`
      : `${value(f, lang)} differs from ${computed} computed from ${fieldLabel(top, "en").toLowerCase()} (${topCell}) and ${fieldLabel(bottom, "en").toLowerCase()} (${bottomCell}).`;
  },
  order: (f, lang) => {
    const other = String(detail(f, "other") ?? "");
    const otherValue = num(detail(f, "otherValue"), lang);
    const otherCell = String(detail(f, "otherCell") ?? "");
    return lang === "vi"
      ? `${value(f, lang)} lớn hơn ${fieldLabel(other, "vi")} ${otherValue} (ô ${otherCell}) — không thể như vậy.`
      : `${value(f, lang)} is above ${fieldLabel(other, "en")}, ${otherValue} (cell ${otherCell}), which cannot be.`;
  },
  "total-mismatch": (f, lang) => {
    const difference = num(detail(f, "difference"), lang);
    const count = detail(f, "districts");
    const units = typeof count === "number" ? `${count} đơn vị` : "các đơn vị";
    const rows = typeof count === "number" ? `${count} rows` : "rows";
    const skipped = detail(f, "skipped");
    const left = typeof skipped === "number" && skipped > 0 ? skipped : 0;
    const pooledFigure = detail(f, "pooled");
    if (pooledFigure !== undefined) {
      const pooled =
        typeof pooledFigure === "number" ? formatValue(pooledFigure, fieldUnit(f.indicator ?? ""), lang) : pooledFigure;
      const leftOut =
        left === 0
          ? ""
          : lang === "vi"
            ? `; ${left} đơn vị thiếu số liệu, không tính`
            : `; ${left} ${left === 1 ? "row" : "rows"} without figures left out`;
      return lang === "vi"
        ? `dòng tổng ${value(f, lang)} khác ${pooled} tổng hợp từ ${units} (lệch ${difference}${leftOut}) — hãy kiểm tra công thức dòng tổng.`
        : `the total row's ${value(f, lang)} differs from ${pooled} pooled from ${rows} (off by ${difference}${leftOut}) — check the total row's formulas.`;
    }
    const expected = num(detail(f, "expected"), lang);
    if (left > 0)
      return lang === "vi"
        ? `dòng tổng ${value(f, lang)} nhỏ hơn tổng ${units} đọc được là ${expected} (lệch ${difference}; ${left} đơn vị trống hoặc không đọc được, không tính).`
        : `the total ${value(f, lang)} is below ${expected}, the sum of the ${rows} that could be read (off by ${difference}; ${left} blank or unreadable ${left === 1 ? "row" : "rows"} left out).`;
    return lang === "vi"
      ? `dòng tổng ${value(f, lang)} khác tổng ${units} là ${expected} (lệch ${difference}).`
      : `the total ${value(f, lang)} is not the sum of its ${rows}, ${expected} (off by ${difference}).`;
  },
  outlier: (f, lang) => {
    const middle = num(detail(f, "median"), lang);
    const z = num(detail(f, "z"), lang);
    return lang === "vi"
      ? `${value(f, lang)} khác thường so với các đơn vị khác (trung vị ${middle}, z = ${z}).`
      : `${value(f, lang)} stands out from the other rows (median ${middle}, z = ${z}).`;
  },
  layout: (f, lang) => {
    const words = LAYOUT[String(detail(f, "reason") ?? "")] ?? LAYOUT["no-header"];
    return words === undefined ? "" : words[lang](f);
  },
};

/** Every rule id, for tests and pickers. */
export const RULE_IDS = Object.keys(RULE_WORDS) as RuleId[];
