import type { Field } from "../engine/mapping";
import { indicatorByCode } from "../indicators/catalogue";
import type { ColumnKind } from "./readCell";

/** Data elements measured in amounts (money, kilograms) rather than whole things. */
const AMOUNT_ELEMENTS: ReadonlySet<string> = new Set([
  "HEALTH_SPENDING",
  "PREVENTIVE_SPENDING",
  "MED_WASTE_TOTAL",
  "MED_WASTE_TREATED",
]);

/** The unit a field's values are in: an indicator's unit; data elements are counts. */
export function columnKind(field: Field): ColumnKind {
  if (field.kind === "element") return { unit: "count", wholeCount: !AMOUNT_ELEMENTS.has(field.code) };
  const indicator = indicatorByCode(field.code);
  const unit = indicator?.unit ?? "count";
  return { unit, wholeCount: unit === "count" };
}
