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

/** True when a row's findings are already in order (then the stable sort would leave them as they are). */
function inOrder(bucket: readonly Placed[]): boolean {
  for (let index = 1; index < bucket.length; index++)
    if (byPlace(bucket[index - 1] as Placed, bucket[index] as Placed) > 0) return false;
  return true;
}

/** Findings in sheet order (row, then column, then rule), bucketed by row so it stays linear. */
export function inSheetOrder(placed: readonly Placed[]): Finding[] {
  let firstRow = Infinity;
  let lastRow = -Infinity;
  for (const item of placed) {
    firstRow = Math.min(firstRow, item.row);
    lastRow = Math.max(lastRow, item.row);
  }
  const buckets: Placed[][] = Array.from({ length: Math.max(lastRow - firstRow + 1, 0) }, () => []);
  for (const item of placed) buckets[item.row - firstRow]?.push(item);
  const ordered: Finding[] = [];
  for (const bucket of buckets) {
    if (!inOrder(bucket)) bucket.sort(byPlace);
    for (const item of bucket) ordered.push(item.finding);
  }
  return ordered;
}
