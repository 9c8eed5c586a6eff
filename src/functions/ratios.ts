import { pooledRatio } from "../core/ratios/pooled";
import { fail, type Result } from "../core/result";
import type { NumberGrid } from "./arguments";
import { failure, type FunctionFailure } from "./failure";

export interface RatioNames {
  readonly numerator: { readonly en: string; readonly vi: string };
  readonly denominator: { readonly en: string; readonly vi: string };
}

/**
 * Σ numerators / Σ denominators × factor. Ranges of the same shape are read as pairs (one district
 * per cell) and a pair with a blank on either side is left out, so a district without beds does
 * not count its population; otherwise each side's blanks are skipped on their own (e.g. beds of
 * every district over one province population).
 */
export function poolGrids(
  numerator: NumberGrid,
  denominator: NumberGrid,
  factor: number,
  names: RatioNames,
): Result<number, FunctionFailure> {
  const tops: number[] = [];
  const bottoms: number[] = [];
  const paired = numerator.rows === denominator.rows && numerator.cols === denominator.cols;
  let denominatorFigures = 0;
  if (paired) {
    for (let index = 0; index < numerator.cells.length; index++) {
      const top = numerator.cells[index] ?? null;
      const bottom = denominator.cells[index] ?? null;
      if (bottom !== null) denominatorFigures++;
      if (top !== null && bottom !== null) {
        tops.push(top);
        bottoms.push(bottom);
      }
    }
  } else {
    for (let index = 0; index < numerator.cells.length; index++) {
      const top = numerator.cells[index] ?? null;
      if (top !== null) tops.push(top);
    }
    for (let index = 0; index < denominator.cells.length; index++) {
      const bottom = denominator.cells[index] ?? null;
      if (bottom !== null) bottoms.push(bottom);
    }
    denominatorFigures = bottoms.length;
  }
  if (denominatorFigures === 0) return fail(divisionByZero(names));
  if (tops.length === 0) {
    return fail(
      failure(
        "#N/A",
        `${names.numerator.en}: no figures to count.`,
        `${names.numerator.vi}: không có số liệu để tính.`,
      ),
    );
  }
  const pooled = pooledRatio(tops, bottoms, factor);
  if (pooled.success) return pooled;
  const issue = pooled.issues[0];
  if (issue?.code === "negative") {
    const name = names[issue.which];
    return fail(failure("#NUM!", `${name.en} cannot be negative.`, `${name.vi} không được âm.`));
  }
  return fail(divisionByZero(names));
}

const divisionByZero = (names: RatioNames) =>
  failure("#DIV/0!", `${names.denominator.en} is zero or blank.`, `${names.denominator.vi} bằng 0 hoặc để trống.`);
