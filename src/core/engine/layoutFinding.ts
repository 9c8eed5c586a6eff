import type { Finding, FindingDetails, FindingStatus } from "../findings/finding";
import type { SheetMapping } from "./mapping";

/** A finding about the sheet as a whole: its layout could not be read (or a mapping was unusable). */
export function layoutFinding(sheet: string, status: FindingStatus, details: FindingDetails): Finding {
  return { status, rule: "layout", sheet, district: "", scope: "district", details };
}

/** The mapping returned when none could be read: nothing mapped. */
export function emptyMapping(sheet: string): SheetMapping {
  return {
    version: 1,
    sheet: sheet || "Sheet1",
    layout: "wide",
    headerRows: [0],
    firstDataRow: 0,
    lastDataRow: 0,
    labelColumn: 0,
    totalRow: null,
    fields: [],
    valueColumn: null,
    planColumn: null,
    year: null,
  };
}
