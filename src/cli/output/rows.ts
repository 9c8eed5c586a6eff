import type { Finding, FindingStatus } from "../../core/findings/finding";
import type { Language } from "../../core/messages/language";
import { wordFinding } from "../../core/messages/findings";
import { scaledUnits } from "../../core/numbers/scaled";

/** One finding as the command prints it (JSON object, CSV row, table line). */
export interface FindingRow {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly district: string | null;
  readonly indicator: string | null;
  readonly status: FindingStatus;
  readonly rule: string;
  readonly value: number | null;
  readonly target: number | null;
  readonly comparator: string | null;
  readonly gap: number | null;
  readonly message: string;
}

export interface RunSummary {
  /** Files read and checked (files that could not be read are reported on stderr). */
  readonly files: number;
  readonly sheets: number;
  readonly shortfall: number;
  readonly error: number;
  readonly warning: number;
  /** Targets met, counted even when `--all` does not list them. */
  readonly met: number;
}

/** The `--format json` document. */
export interface RunReport {
  readonly plan: string;
  readonly year: number;
  readonly findings: readonly FindingRow[];
  readonly summary: RunSummary;
}

/** Rounds away binary noise (4.899999999999999 → 4.9) without losing a digit anyone wrote (12 significant digits). */
export function tidyNumber(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (Number.isInteger(value)) return value;
  const size = Math.abs(value);
  // From 1 to 1e3, nine decimals keep at least ten significant digits; rounding is much cheaper than toPrecision.
  if (size >= 1 && size < 1e3) return Math.round(value * 1e9) / 1e9;
  // Shares and gaps below 1: twelve significant digits, as toPrecision gives, where no tie is near.
  if (size >= 0.01 && size < 1) {
    const scale = size >= 0.1 ? 1e12 : 1e13;
    const units = scaledUnits(value, scale);
    if (units !== undefined) return units / scale;
  }
  return Number(value.toPrecision(12));
}

/** Whether a finding is listed: met targets only with `--all`. */
export const isListed = (finding: Finding, all: boolean): boolean => all || finding.status !== "met";

/** A finding's district as listed: null for the sheet-wide or pooled findings that have none. */
export const rowDistrict = (finding: Finding): string | null => (finding.district === "" ? null : finding.district);

/** The target a finding was compared with, as listed. */
export const rowTarget = (finding: Finding): Pick<FindingRow, "target" | "comparator"> => ({
  target: tidyNumber(finding.target?.value),
  comparator: finding.target?.comparator ?? null,
});

export function toRow(
  file: string,
  finding: Finding,
  lang: Language,
  word: (finding: Finding, lang: Language) => string = wordFinding,
): FindingRow {
  return {
    file,
    sheet: finding.sheet,
    cell: finding.cell ?? null,
    district: rowDistrict(finding),
    indicator: finding.indicator ?? null,
    status: finding.status,
    rule: finding.rule,
    value: tidyNumber(finding.value),
    ...rowTarget(finding),
    gap: tidyNumber(finding.gap),
    message: word(finding, lang),
  };
}
