export type HighlightKind = "shortfall" | "error" | "warning";

/** One cell to highlight: the worst finding on it decides the colour, the note lists them all. */
export interface Highlight {
  readonly sheet: string;
  readonly address: string;
  readonly kind: HighlightKind;
  readonly note: string;
}

/** The findings as a table for a report sheet (the adapter writes it as an Excel table). */
export interface ReportTable {
  readonly sheetName: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}
