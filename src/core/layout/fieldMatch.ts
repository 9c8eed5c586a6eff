import { remembered } from "../memo";
import { CATALOGUE } from "../indicators/catalogue";
import { foldKey, foldText } from "../text/fold";
import type { Field } from "../engine/mapping";

interface Named {
  readonly code: string;
  readonly name: { readonly vi: string; readonly en: string };
  readonly aliases: readonly string[];
}

const exact = new Map<string, Field[]>();
const contained: { readonly folded: string; readonly field: Field }[] = [];

function index(items: readonly Named[], kind: Field["kind"]): void {
  for (const item of items) {
    const field: Field = { kind, code: item.code };
    for (const name of [item.code, item.name.vi, item.name.en, ...item.aliases]) {
      const key = foldKey(name);
      const fields = exact.get(key) ?? [];
      if (!fields.some((known) => known.code === item.code)) fields.push(field);
      exact.set(key, fields);
      const folded = foldText(name).replace(/[%‰]/g, "").trim();
      if (folded.length >= 4) contained.push({ folded, field });
    }
  }
}
index(CATALOGUE.indicators, "indicator");
index(CATALOGUE.elements, "element");
contained.sort((a, b) => b.folded.length - a.folded.length);

/** The indicator computed from a count (DOCTORS_COUNT → DOCTORS), for a count header under ratio words. */
const indicatorOfNumerator = new Map<string, string>();
for (const indicator of CATALOGUE.indicators)
  if (indicator.formula !== undefined) indicatorOfNumerator.set(indicator.formula.numerator, indicator.code);

const RATIO_WORDS =
  /(%|‰|\bvan dan\b|\b10 000 dan\b|\b10000 dan\b|\b1 000 tre\b|\b1000 tre\b|\bty le\b|\bty suat\b|\bphan tram\b|\bper\b|\brate\b|\bcoverage\b|\bprevalence\b)/;
const COUNT_WORDS = /^(so|tong so|number of)\b/;

/** True when header words say the column holds a ratio or share ("/vạn dân", "Tỷ lệ", "%", "‰"). */
export const hasRatioWords = (text: string): boolean => RATIO_WORDS.test(foldText(text));

const withoutBrackets = (text: string) => text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ");

function containedIn(folded: string): Field[] {
  const padded = ` ${folded} `;
  const found: Field[] = [];
  let length = 0;
  for (const candidate of contained) {
    if (candidate.folded.length < length) break;
    if (padded.includes(` ${candidate.folded} `) && !found.some((field) => field.code === candidate.field.code)) {
      found.push(candidate.field);
      length = candidate.folded.length;
    }
  }
  return found;
}

function choose(fields: readonly Field[], ratio: boolean, count: boolean): Field | undefined {
  const preferred = fields.find((field) => (ratio ? field.kind === "indicator" : field.kind === "element"));
  const field = preferred ?? fields[0];
  if (field === undefined) return undefined;
  if (ratio && field.kind === "element") {
    const indicator = indicatorOfNumerator.get(field.code);
    if (indicator !== undefined) return { kind: "indicator", code: indicator };
  }
  if (count && !ratio && field.kind === "indicator") {
    const numerator = CATALOGUE.indicators.find((indicator) => indicator.code === field.code)?.formula?.numerator;
    if (numerator !== undefined) return { kind: "element", code: numerator };
  }
  return field;
}

/**
 * The indicator or data element a header names. `header` is the column's own header cell,
 * `group` the merged group cell above it ("Nhân lực y tế"), `unitHint` a unit column's text
 * (long layout). Ratio words point to the indicator, "Số …" and plain nouns to the count.
 */
export function matchField(header: string, group = "", unitHint = ""): Field | undefined {
  // Workbooks from one template repeat their headers: each distinct header is matched once.
  return matched(`${header}\u0001${group}\u0001${unitHint}`, () => matchFieldOnce(header, group, unitHint));
}

const matched = remembered<Field | undefined>();

function matchFieldOnce(header: string, group: string, unitHint: string): Field | undefined {
  const all = `${group} ${header} ${unitHint}`;
  const ratio = hasRatioWords(all);
  const count = COUNT_WORDS.test(foldText(header)) && !hasRatioWords(`${group} ${header}`);
  const variants = [header, withoutBrackets(header), `${group} ${header}`, withoutBrackets(`${group} ${header}`)];
  for (const variant of variants) {
    const fields = exact.get(foldKey(variant));
    if (fields !== undefined) return choose(fields, ratio, count);
  }
  for (const variant of [withoutBrackets(header), withoutBrackets(`${group} ${header}`)]) {
    const folded = foldText(variant).replace(/[%‰]/g, " ").replace(/\s+/g, " ").trim();
    const fields = containedIn(folded);
    if (fields.length > 0) return choose(fields, ratio, count);
  }
  return undefined;
}
