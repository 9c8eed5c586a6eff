import type { Direction } from "../indicators/schema";
import type { Comparator } from "../plans/schema";

export interface TargetLike {
  readonly comparator: Comparator;
  readonly value: number;
  readonly tolerance?: number | undefined;
}

export interface Evaluation {
  readonly met: boolean;
  /** Remaining distance to the target in the indicator's unit: positive when short, 0 or negative when met. */
  readonly gap: number;
}

const round = (value: number) => Math.round(value * 1e9) / 1e9;

/**
 * Compares an actual value with a target. The gap is measured in the direction the indicator
 * improves: for "lower is better", 0.41 against "about 0.38" is 0.03 short. A strict target
 * (`>`, `<`) reached exactly is short with a gap of 0. "About" (`~`) is reached within its
 * tolerance (gap 0) or beyond it in the improving direction (gap negative).
 */
export function evaluateTarget(target: TargetLike, actual: number, direction: Direction): Evaluation {
  const met = meetsTarget(target, actual, direction);
  return { met, gap: targetGap(target, actual, direction, met) };
}

/** `evaluateTarget`'s gap, for a figure already known to meet the target or not. */
export function targetGap(target: TargetLike, actual: number, direction: Direction, met: boolean): number {
  switch (target.comparator) {
    case ">":
    case ">=":
      return round(target.value - actual);
    case "<":
    case "<=":
      return round(actual - target.value);
    case "~": {
      const shortBy = aboutShortBy(target, actual, direction);
      return met ? Math.min(shortBy, 0) : shortBy;
    }
  }
}

const aboutShortBy = (target: TargetLike, actual: number, direction: Direction) =>
  round(direction === "lower" ? actual - target.value : target.value - actual);

/** Whether `evaluateTarget` says met, without its gap (most figures are only counted). */
export function meetsTarget(target: TargetLike, actual: number, direction: Direction): boolean {
  switch (target.comparator) {
    case ">":
      return actual > target.value;
    case ">=":
      return actual >= target.value;
    case "<":
      return actual < target.value;
    case "<=":
      return actual <= target.value;
    case "~":
      return !(aboutShortBy(target, actual, direction) > (target.tolerance ?? 0));
  }
}

/** The symbol shown for a comparator: "≥ 33", "≈ 0.38". */
export const COMPARATOR_SYMBOL: Readonly<Record<Comparator, string>> = {
  ">": ">",
  ">=": "≥",
  "<": "<",
  "<=": "≤",
  "~": "≈",
};
