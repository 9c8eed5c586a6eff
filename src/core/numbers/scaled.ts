/** Below this, a scaled figure is exact to about 1e-4, so its rounding is decided away from a tie. */
const EXACT_SCALED = 2 ** 40;

/**
 * `value × scale` rounded to a whole number, by arithmetic, when that rounds as decimal rounding
 * of the exact value would (`toFixed`, `toPrecision`): undefined when the scaled figure is too
 * large or lies too near a tie to be sure.
 */
export function scaledUnits(value: number, scale: number): number | undefined {
  const scaled = value * scale;
  const units = Math.round(scaled);
  return Math.abs(units) < EXACT_SCALED && Math.abs(scaled - units) < 0.499 ? units : undefined;
}
