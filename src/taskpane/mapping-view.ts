import type { Field, SheetMapping } from "../core/engine/mapping";
import { CATALOGUE } from "../core/indicators/catalogue";
import type { Language } from "../core/messages/language";
import type { NumberLocale } from "../core/numbers/parse";
import { columnLetters } from "../core/sheet/address";
import { isCellError, type SheetSnapshot } from "../core/sheet/snapshot";
import { el, field, option } from "./dom";
import type { PaneStrings } from "./strings";

export interface MappingViewOptions {
  readonly lang: Language;
  readonly strings: PaneStrings;
  readonly mapping: SheetMapping;
  readonly snapshot: SheetSnapshot | undefined;
  readonly locale: NumberLocale;
  /** True when the mapping is the saved one, false when the engine detected it. */
  readonly saved: boolean;
  readonly onSave: (mapping: SheetMapping, locale: NumberLocale) => void;
  readonly onReset: () => void;
}

const fieldValue = (f: Field | null): string => (f === null ? "" : `${f.kind}:${f.code}`);

function parseFieldValue(value: string): Field | null {
  const [kind, code] = value.split(":");
  return (kind === "indicator" || kind === "element") && code !== undefined && code !== "" ? { kind, code } : null;
}

function cellText(snapshot: SheetSnapshot | undefined, row: number, col: number): string {
  const value = snapshot?.values[row - snapshot.origin.row]?.[col - snapshot.origin.col];
  if (value === null || value === undefined) return "";
  return isCellError(value) ? value.error : String(value);
}

/** Rows offered as the total row: all data rows of a short sheet; the first and last 30 (and the current one) of a long one. */
export function totalRowChoices(mapping: SheetMapping, edge = 30): number[] {
  const rows = new Set<number>();
  const { firstDataRow: first, lastDataRow: last } = mapping;
  for (let row = first; row <= last; row += 1) {
    if (row - first < edge || last - row < edge) rows.add(row);
    else row = last - edge;
  }
  if (mapping.totalRow !== null) rows.add(mapping.totalRow);
  return [...rows].sort((a, b) => a - b);
}

function fieldSelect(current: Field | null, lang: Language, strings: PaneStrings): HTMLSelectElement {
  const wanted = fieldValue(current);
  const indicators = el("optgroup", { attrs: { label: strings.indicators } }, [
    ...CATALOGUE.indicators.map((i) =>
      option(`indicator:${i.code}`, `${i.code} — ${i.name[lang]}`, wanted === `indicator:${i.code}`),
    ),
  ]);
  const elements = el("optgroup", { attrs: { label: strings.elements } }, [
    ...CATALOGUE.elements.map((e) =>
      option(`element:${e.code}`, `${e.code} — ${e.name[lang]}`, wanted === `element:${e.code}`),
    ),
  ]);
  return el("select", { className: "pc-map-field" }, [option("", strings.ignore, wanted === ""), indicators, elements]);
}

/**
 * The mapping the engine used, as controls the user can correct: layout, number writing, total row,
 * and what each column (wide) or row (long) holds. Ids: `#pc-map-layout`, `#pc-map-locale`,
 * `#pc-map-total`, `#pc-map-field-<index>` (`select.pc-map-field[data-index]`), `#pc-map-save`, `#pc-map-reset`.
 */
export function renderMapping(container: HTMLElement, options: MappingViewOptions): void {
  const { mapping, strings, lang, snapshot } = options;
  const layout = el("select", {}, [
    option("wide", strings.layoutWide, mapping.layout === "wide"),
    option("long", strings.layoutLong, mapping.layout === "long"),
  ]);
  const locale = el("select", {}, [
    option("vi", strings.numbersVi, options.locale === "vi"),
    option("en", strings.numbersEn, options.locale === "en"),
  ]);
  const rows: HTMLOptionElement[] = [option("", strings.noTotalRow, mapping.totalRow === null)];
  for (const row of totalRowChoices(mapping)) {
    const label = cellText(snapshot, row, mapping.labelColumn);
    rows.push(option(String(row), `${row + 1}${label === "" ? "" : ` — ${label}`}`, mapping.totalRow === row));
  }
  const total = el("select", {}, rows);
  const fieldControls = mapping.fields.map((entry) => {
    const select = fieldSelect(entry.field, lang, strings);
    select.dataset["index"] = String(entry.index);
    const where =
      mapping.layout === "wide" ? strings.columnField(columnLetters(entry.index)) : strings.rowField(entry.index + 1);
    return { entry, select, view: field(`pc-map-field-${entry.index}`, `${where}: ${entry.header}`, select) };
  });
  const save = el("button", {
    id: "pc-map-save",
    className: "pc-button",
    text: strings.saveMapping,
    attrs: { type: "button" },
  });
  const reset = el("button", {
    id: "pc-map-reset",
    className: "pc-button pc-subtle",
    text: strings.resetMapping,
    attrs: { type: "button" },
  });
  save.addEventListener("click", () => {
    const corrected: SheetMapping = {
      ...mapping,
      layout: layout.value === "long" ? "long" : "wide",
      totalRow: total.value === "" ? null : Number(total.value),
      fields: fieldControls.map(({ entry, select }) => ({ ...entry, field: parseFieldValue(select.value) })),
    };
    options.onSave(corrected, locale.value === "en" ? "en" : "vi");
  });
  reset.addEventListener("click", () => options.onReset());
  container.replaceChildren(
    el("p", {
      id: "pc-map-origin",
      className: "pc-hint",
      text: options.saved ? strings.mappingSaved : strings.mappingDetected,
    }),
    field("pc-map-layout", strings.layout, layout),
    field("pc-map-locale", strings.numbers, locale),
    field("pc-map-total", strings.totalRow, total),
    el(
      "div",
      { className: "pc-map-fields" },
      fieldControls.map((c) => c.view),
    ),
    el("div", { className: "pc-actions" }, [save, ...(options.saved ? [reset] : [])]),
  );
}
