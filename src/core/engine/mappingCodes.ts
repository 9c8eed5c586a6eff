import { columnKind } from "../observations/columnKind";
import type { SheetMapping } from "./mapping";

/** The codes of a mapping whose values add up (data elements and count indicators). */
export function countCodes(mapping: SheetMapping): ReadonlySet<string> {
  const codes = new Set<string>();
  for (const entry of mapping.fields)
    if (entry.field !== null && columnKind(entry.field).unit === "count") codes.add(entry.field.code);
  return codes;
}

/** Every code a mapping reads. */
export function mappedCodes(mapping: SheetMapping): ReadonlySet<string> {
  const codes = new Set<string>();
  for (const entry of mapping.fields) if (entry.field !== null) codes.add(entry.field.code);
  return codes;
}
