import type { Finding, FindingTarget } from "../findings/finding";
import { fieldLabel, fieldUnit, unitSymbol } from "./format";
import type { Language } from "./language";
import { RULE_SENTENCES, RULE_WORDS, TARGET_END, targetWords, writeStanding, type TargetWords } from "./ruleWords";
import { joined, type Sentence } from "./sentence";

function hiddenNote(finding: Finding, lang: Language): string {
  const hidden = finding.details?.["hidden"];
  if (hidden === "column") return lang === "vi" ? "cột ẩn" : "hidden column";
  if (hidden === "row") return lang === "vi" ? "hàng ẩn" : "hidden row";
  return "";
}

/**
 * The name a pooled figure goes by, from what the sheet says: its total row's own label
 * ("Toàn huyện, tổng hợp từ 12 đơn vị"), else "Tổng hợp từ 12 đơn vị" / "All 12 rows pooled".
 */
export function pooledName(finding: Finding, lang: Language): string {
  const count = finding.details?.["districts"];
  const rows = typeof count === "number" ? count : undefined;
  if (finding.district !== "") {
    if (rows === undefined) return finding.district;
    return lang === "vi"
      ? `${finding.district}, tổng hợp từ ${rows} đơn vị`
      : `${finding.district}, pooled from ${rows} rows`;
  }
  if (rows === undefined) return lang === "vi" ? "Tổng hợp các đơn vị" : "All rows pooled";
  return lang === "vi" ? `Tổng hợp từ ${rows} đơn vị` : `All ${rows} rows pooled`;
}

const labelOf = (finding: Finding, lang: Language): string =>
  finding.indicator === undefined ? "" : fieldLabel(finding.indicator, lang);

/** `, ${label})` and then `after`, made once per indicator, language and ending. */
const closings: Readonly<Record<Language, readonly [Map<string, string>, Map<string, string>]>> = {
  vi: [new Map(), new Map()],
  en: [new Map(), new Map()],
};

function closing(code: string, lang: Language, after: "" | ": "): string {
  const made = closings[lang][after === "" ? 0 : 1];
  let text = made.get(code);
  if (text === undefined) made.set(code, (text = `, ${fieldLabel(code, lang)})${after}`));
  return text;
}

/** The place, then `after` (the sentence's colon, or nothing). */
function writePlace(finding: Finding, lang: Language, after: "" | ": ", out: Sentence): void {
  if (finding.scope === "pooled") {
    const pooled = pooledName(finding, lang);
    const label = labelOf(finding, lang);
    return out.text(label === "" ? `${pooled}${after}` : `${pooled} (${label})${after}`);
  }
  if (finding.cell === undefined)
    return out.text(lang === "vi" ? `Trang tính “${finding.sheet}”${after}` : `Sheet “${finding.sheet}”${after}`);
  // Proper names stay as the sheet spells them in both languages: that is what a statistician searches for.
  const district = finding.district;
  const hidden = finding.details === undefined ? "" : hiddenNote(finding, lang);
  if (district !== "" && hidden === "" && finding.indicator !== undefined && finding.indicator !== "") {
    out.phrase(lang === "vi" ? "Ô " : "Cell ");
    out.text(finding.cell);
    out.phrase(" (");
    out.text(district);
    return out.phrase(closing(finding.indicator, lang, after));
  }
  const cell = lang === "vi" ? `Ô ${finding.cell}` : `Cell ${finding.cell}`;
  const label = labelOf(finding, lang);
  const named = district === "" ? label : label === "" ? district : `${district}, ${label}`;
  const inside = hidden === "" ? named : `${named}; ${hidden}`;
  out.text(inside === "" ? `${cell}${after}` : `${cell} (${inside})${after}`);
}

/** Where a finding is: "Ô D7 (Mường Tè, Giường bệnh/vạn dân)" / "Cell D7 (Mường Tè, beds per 10,000)". */
export const findingPlace = (finding: Finding, lang: Language): string =>
  joined((out) => writePlace(finding, lang, "", out));

/** What a finding says, without where (for a note on the cell itself), starting with a capital. */
export function wordFindingBody(finding: Finding, lang: Language): string {
  const body = RULE_WORDS[finding.rule](finding, lang);
  return body.charAt(0).toUpperCase() + body.slice(1);
}

/** The usual target finding: a district's own cell, figure and target, nothing hidden or derived. */
export type PlainTarget = Finding & {
  readonly rule: "target";
  readonly cell: string;
  readonly indicator: string;
  readonly value: number;
  readonly target: FindingTarget;
  readonly gap: number;
};

export const isPlainTarget = (finding: Finding): finding is PlainTarget =>
  finding.rule === "target" &&
  finding.details === undefined &&
  finding.scope !== "pooled" &&
  finding.cell !== undefined &&
  finding.district !== "" &&
  finding.indicator !== undefined &&
  finding.indicator !== "" &&
  typeof finding.value === "number" &&
  finding.target !== undefined &&
  typeof finding.gap === "number";

/** The fixed words of a plain target's sentence, the same for every finding on one indicator and target. */
export interface TargetPhrases {
  /** "Ô " / "Cell ", before the cell. */
  readonly cell: string;
  /** Between the cell and the district. */
  readonly open: string;
  /** After the district: ", Giường bệnh/vạn dân): ". */
  readonly place: string;
  /** After the figure: "%", " năm" or nothing. */
  readonly unit: string;
  readonly words: TargetWords;
  readonly end: string;
}

const phrasesMade: Readonly<Record<Language, WeakMap<FindingTarget, Map<string, TargetPhrases>>>> = {
  vi: new WeakMap(),
  en: new WeakMap(),
};

/** `TargetPhrases`, made once per indicator, target and language. */
export function targetPhrases(indicator: string, target: FindingTarget, lang: Language): TargetPhrases {
  let byIndicator = phrasesMade[lang].get(target);
  if (byIndicator === undefined) phrasesMade[lang].set(target, (byIndicator = new Map()));
  let phrases = byIndicator.get(indicator);
  if (phrases === undefined) {
    phrases = {
      cell: lang === "vi" ? "Ô " : "Cell ",
      open: " (",
      place: closing(indicator, lang, ": "),
      unit: unitSymbol(fieldUnit(indicator), lang),
      words: targetWords(target, lang),
      end: TARGET_END,
    };
    byIndicator.set(indicator, phrases);
  }
  return phrases;
}

/** A plain target's sentence from its phrases: the place, the figure and its unit, then how it stands. */
function writePlainTarget(finding: PlainTarget, phrases: TargetPhrases, lang: Language, out: Sentence): void {
  out.phrase(phrases.cell);
  out.text(finding.cell);
  out.phrase(phrases.open);
  out.text(finding.district);
  out.phrase(phrases.place);
  out.figure(finding.value, lang);
  if (phrases.unit !== "") out.phrase(phrases.unit);
  writeStanding(finding.status === "met", finding.gap, phrases.words, lang, out);
}

/** `wordFinding`'s sentence, written into `out` piece by piece. */
export function writeFinding(finding: Finding, lang: Language, out: Sentence): void {
  if (isPlainTarget(finding))
    return writePlainTarget(finding, targetPhrases(finding.indicator, finding.target, lang), lang, out);
  writePlace(finding, lang, ": ", out);
  const pieces = RULE_SENTENCES[finding.rule];
  if (pieces !== undefined) pieces(finding, lang, out);
  else out.text(RULE_WORDS[finding.rule](finding, lang));
}

/**
 * One sentence for a finding, in Vietnamese or English, naming the cell:
 * "Ô D7 (Mường Tè, Giường bệnh/vạn dân): 27,6 — chưa đạt chỉ tiêu ≥ 33 năm 2025, còn thiếu 5,4."
 */
export const wordFinding = (finding: Finding, lang: Language): string =>
  joined((out) => writeFinding(finding, lang, out));
