import type { NumberLocale } from "../numbers/parse";
import type { Finding, FindingSummary, FindingTarget } from "../findings/finding";
import type { Plan } from "../plans/schema";
import type { SheetMapping } from "./mapping";

export interface ValidateOptions {
  readonly plan: Plan;
  readonly year: number;
  /** How ambiguous number text (`1.234`) is read. */
  readonly locale: NumberLocale;
  /** A saved or corrected mapping; detected from the sheet when absent. */
  readonly mapping?: SheetMapping;
  /**
   * Whether each target met gets a finding (the default). When false, met targets are only counted
   * in the summary: a run that shows none of them need not build one per judged cell.
   */
  readonly includeMet?: boolean;
}

/** The province's figure for one indicator: pooled from the districts and/or the sheet's total row. */
export interface ProvinceFigure {
  readonly indicator: string;
  /** Σ numerators / Σ denominators × factor over the districts, when the sheet has the counts or values to pool. */
  readonly pooled: number | null;
  /** The total row's own figure, when the sheet has one. */
  readonly totalRow: number | null;
  /** The figure judged against the target: pooled when there is one, else the total row's. */
  readonly value: number | null;
  readonly target: FindingTarget | null;
  readonly gap: number | null;
  readonly met: boolean | null;
}

export interface ValidationResult {
  readonly sheet: string;
  readonly plan: string;
  readonly year: number;
  /** The mapping used: the given one, or the one detected. */
  readonly mapping: SheetMapping;
  /** True when the mapping was detected rather than given. */
  readonly detected: boolean;
  readonly findings: readonly Finding[];
  readonly province: readonly ProvinceFigure[];
  readonly summary: FindingSummary;
}
