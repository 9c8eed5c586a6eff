import { fail, ok, type Result } from "../result";

export type RatioIssue =
  | { readonly code: "zero-denominator" }
  | { readonly code: "negative"; readonly which: "numerator" | "denominator" }
  | { readonly code: "empty" };

/**
 * numerator / denominator × factor, pooled over many pairs: Σ numerators / Σ denominators × factor.
 * A province ratio is made this way from its districts, never as the mean of their ratios.
 */
export function pooledRatio(
  numerators: readonly number[],
  denominators: readonly number[],
  factor: number,
): Result<number, RatioIssue> {
  if (numerators.length === 0 || denominators.length === 0) return fail({ code: "empty" });
  let top = 0;
  let bottom = 0;
  for (const value of numerators) {
    if (value < 0) return fail({ code: "negative", which: "numerator" });
    top += value;
  }
  for (const value of denominators) {
    if (value < 0) return fail({ code: "negative", which: "denominator" });
    bottom += value;
  }
  if (bottom === 0) return fail({ code: "zero-denominator" });
  return ok((top / bottom) * factor);
}
