import type { Unit } from "../indicators/units";
import type { Comparator } from "../plans/schema";

export type FindingStatus = "shortfall" | "met" | "error" | "warning";

/** What a finding is about; messages are worded per rule in `messages/`. */
export type RuleId =
  | "target" // compared with the plan's target: shortfall or met
  | "no-target" // the plan has no target for this indicator and year (not reported unless asked)
  | "missing" // blank or "không có số liệu"
  | "not-a-number" // text that is not a number
  | "error-value" // #DIV/0!, #N/A, …
  | "ambiguous-number" // "1.234": read by the locale setting, reported
  | "negative-count"
  | "percent-over-100"
  | "unit-mismatch" // a value whose unit does not fit the target: reported, never judged
  | "fraction-as-percent" // 0.0041 formatted 0.00% read as 0.41 %
  | "ratio-mismatch" // reported ratio ≠ ratio computed from counts on the same row
  | "order" // related indicators out of order (IMR above U5MR)
  | "total-mismatch" // the total row is not the sum of its districts
  | "outlier" // modified z-score above 3.5 across districts
  | "layout"; // the sheet's layout could not be read

/** The target a value was compared with. */
export interface FindingTarget {
  readonly comparator: Comparator;
  readonly value: number;
  readonly unit: Unit;
  readonly year: number;
  readonly tolerance?: number;
}

/** Whose figure it is: a district row, the sheet's own total row, or the province pooled from districts. */
export type FindingScope = "district" | "total" | "pooled";

/** Figures a message needs besides value and target (the expected sum, the z-score, the computed ratio…). */
export type FindingDetails = Readonly<Record<string, string | number>>;

/** One result of the engine. It carries no wording: `wordFinding` makes the message per language. */
export interface Finding {
  readonly status: FindingStatus;
  readonly rule: RuleId;
  readonly sheet: string;
  /** A1 address of the cell the finding is about; absent for a pooled figure made from many cells. */
  readonly cell?: string;
  /**
   * Every cell that went into the figure: single cells ("D7"), or for a pooled figure ranges of
   * consecutive cells ("C4:C53"), its numerators' and denominators' column by column.
   */
  readonly cells?: readonly string[];
  readonly district: string;
  readonly scope: FindingScope;
  /** Indicator code, or data element code for a raw count. */
  readonly indicator?: string;
  readonly value?: number | null;
  /** The cell's content as the user sees it: for data problems, and for a figure written as text ("27,6"). */
  readonly raw?: string;
  readonly target?: FindingTarget;
  readonly gap?: number;
  readonly details?: FindingDetails;
}

export interface FindingSummary {
  readonly shortfall: number;
  readonly error: number;
  readonly warning: number;
  readonly met: number;
}

export function summarise(findings: readonly Finding[]): FindingSummary {
  const counts = { shortfall: 0, error: 0, warning: 0, met: 0 };
  for (let index = 0; index < findings.length; index++) counts[(findings[index] as Finding).status] += 1;
  return counts;
}
