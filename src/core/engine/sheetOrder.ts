import type { Finding, RuleId } from "../findings/finding";
import type { Placed } from "../rules/placed";

/** Rule order within one cell: reading problems first, then checks, then the target. */
const RULE_ORDER: Readonly<Record<RuleId, number>> = {
  "no-target": 6,
  layout: 0,
  missing: 1,
  "not-a-number": 1,
  "error-value": 1,
  "ambiguous-number": 1,
  "fraction-as-percent": 1,
  "negative-count": 1,
  "percent-over-100": 1,
  "ratio-mismatch": 2,
  order: 3,
  "total-mismatch": 4,
  outlier: 5,
  "unit-mismatch": 6,
  target: 6,
};

const byPlace = (a: Placed, b: Placed) => a.col - b.col || RULE_ORDER[a.finding.rule] - RULE_ORDER[b.finding.rule];

/** True when items `from` to `to` (one row's) are already in order (then the stable sort would leave them so). */
function inOrder(items: readonly Placed[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++)
    if (byPlace(items[index - 1] as Placed, items[index] as Placed) > 0) return false;
  return true;
}

/** Findings in sheet order (row, then column, then rule): counted into place by row, so it stays linear. */
export function inSheetOrder(placed: readonly Placed[]): Finding[] {
  let firstRow = Infinity;
  let lastRow = -Infinity;
  // Indexed loops: this runs once per sheet over every finding, often before it is optimised.
  for (let index = 0; index < placed.length; index++) {
    const row = (placed[index] as Placed).row;
    if (row < firstRow) firstRow = row;
    if (row > lastRow) lastRow = row;
  }
  if (placed.length === 0) return [];
  // starts[r] is where row firstRow + r begins in `byRow`, which keeps each row's items in the order given.
  const starts = new Int32Array(lastRow - firstRow + 2);
  for (let index = 0; index < placed.length; index++) {
    const after = (placed[index] as Placed).row - firstRow + 1;
    starts[after] = (starts[after] as number) + 1;
  }
  for (let row = 1; row < starts.length; row++) starts[row] = (starts[row] as number) + (starts[row - 1] as number);
  const next = starts.slice();
  const byRow = new Array<Placed>(placed.length);
  for (let index = 0; index < placed.length; index++) {
    const item = placed[index] as Placed;
    const row = item.row - firstRow;
    const at = next[row] as number;
    byRow[at] = item;
    next[row] = at + 1;
  }
  for (let row = 0; row < starts.length - 1; row++) {
    const from = starts[row] as number;
    const to = starts[row + 1] as number;
    if (to - from > 1 && !inOrder(byRow, from, to)) {
      const sorted = byRow.slice(from, to).sort(byPlace);
      for (let index = from; index < to; index++) byRow[index] = sorted[index - from] as Placed;
    }
  }
  const ordered = new Array<Finding>(byRow.length);
  for (let index = 0; index < byRow.length; index++) ordered[index] = (byRow[index] as Placed).finding;
  return ordered;
}
