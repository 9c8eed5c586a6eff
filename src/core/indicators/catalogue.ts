import { foldKey, foldText } from "../text/fold";
import { closest } from "../text/distance";
import { DATA_ELEMENTS } from "./elements";
import { INDICATORS } from "./indicators";
import { CatalogueSchema, type DataElement, type Indicator } from "./schema";

/** The indicator catalogue, validated once when first loaded. */
export const CATALOGUE = CatalogueSchema.parse({ indicators: INDICATORS, elements: DATA_ELEMENTS });

const byKey = new Map<string, Indicator>();
for (const indicator of CATALOGUE.indicators) {
  byKey.set(foldKey(indicator.code), indicator);
  byKey.set(foldKey(indicator.name.vi), indicator);
  byKey.set(foldKey(indicator.name.en), indicator);
  for (const alias of indicator.aliases) if (!byKey.has(foldKey(alias))) byKey.set(foldKey(alias), indicator);
}
const elementsByCode = new Map(CATALOGUE.elements.map((element) => [element.code, element]));

const elementKeys = new Map<string, DataElement>();
for (const element of CATALOGUE.elements) {
  for (const name of [element.code, element.name.vi, element.name.en, ...element.aliases]) {
    if (!elementKeys.has(foldKey(name))) elementKeys.set(foldKey(name), element);
  }
}

export const INDICATOR_CODES: readonly string[] = CATALOGUE.indicators.map((indicator) => indicator.code);

/**
 * Finds an indicator by code, Vietnamese or English name or alias, whatever the case,
 * diacritics or Unicode normalisation. Naming what a ratio counts names the ratio: "giường bệnh" is
 * BEDS (beds per 10,000), "bác sĩ" is DOCTORS.
 */
export function findIndicator(text: string): Indicator | undefined {
  const key = foldKey(text);
  const direct = byKey.get(key);
  if (direct !== undefined) return direct;
  const counted = elementKeys.get(key);
  return counted === undefined ? undefined : CATALOGUE.indicators.find((i) => i.formula?.numerator === counted.code);
}

/** The indicator code closest to what the user typed, for "did you mean" messages. */
export function suggestIndicator(text: string): string | undefined {
  const folded = foldKey(text);
  const byName = CATALOGUE.indicators.find((indicator) => foldText(indicator.name.vi).includes(foldText(text)));
  return closest(folded, INDICATOR_CODES) ?? byName?.code;
}

const indicatorsByCode = new Map(CATALOGUE.indicators.map((indicator) => [indicator.code, indicator]));

/** The indicator with exactly this code; a data element's code is not an indicator's. */
export function indicatorByCode(code: string): Indicator | undefined {
  return indicatorsByCode.get(code);
}

export function dataElement(code: string): DataElement | undefined {
  return elementsByCode.get(code);
}
