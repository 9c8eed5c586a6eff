/** Draws the PlanCheck icon at `size`×`size` pixels as PNG bytes. */
export function drawIcon(size: number): Buffer;
export const SIZES: readonly number[];
