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

/** Past this many findings a range is sorted by index rather than by insertion. */
const INSERTION_LIMIT = 32;

/**
 * Findings with the place they sort by (row, then column, then rule), kept in parallel arrays: a
 * large sheet has a finding for most of its cells, and none needs an object for its place.
 */
export class PlacedFindings {
  private rows: number[] = [];
  private cols: number[] = [];
  private findings: Finding[] = [];

  get length(): number {
    return this.findings.length;
  }

  add(row: number, col: number, finding: Finding): void {
    this.rows.push(row);
    this.cols.push(col);
    this.findings.push(finding);
  }

  push(placed: Placed): void {
    this.add(placed.row, placed.col, placed.finding);
  }

  /** Puts the findings added since `from` (a row's few) in order among themselves; equals keep their order. */
  sortFrom(from: number): void {
    const to = this.length;
    if (this.sortedUntil(from, to) === to) return;
    if (to - from > INSERTION_LIMIT) return this.sortByIndex(from, to);
    for (let index = from + 1; index < to; index++)
      for (let at = index; at > from && this.compare(at - 1, at) > 0; at--) this.swap(at - 1, at);
  }

  /**
   * The findings in sheet order, equals in the order they were added: the sorted run they start
   * with (a sheet's rows, each put in order as it was checked) merged with the rest sorted apart.
   */
  ordered(): Finding[] {
    const length = this.length;
    const sorted = this.sortedUntil(0, length);
    if (sorted === length) return this.findings.slice();
    this.sortByIndex(sorted, length);
    const ordered: Finding[] = [];
    let left = 0;
    let right = sorted;
    while (left < sorted && right < length)
      ordered.push(this.findings[this.compare(right, left) < 0 ? right++ : left++] as Finding);
    while (left < sorted) ordered.push(this.findings[left++] as Finding);
    while (right < length) ordered.push(this.findings[right++] as Finding);
    return ordered;
  }

  /** Where the run of findings in order that starts at `from` ends. */
  private sortedUntil(from: number, to: number): number {
    let index = from + 1;
    while (index < to && this.compare(index - 1, index) <= 0) index++;
    return Math.min(index, to);
  }

  private compare(a: number, b: number): number {
    return (
      (this.rows[a] as number) - (this.rows[b] as number) ||
      (this.cols[a] as number) - (this.cols[b] as number) ||
      RULE_ORDER[(this.findings[a] as Finding).rule] - RULE_ORDER[(this.findings[b] as Finding).rule]
    );
  }

  private swap(a: number, b: number): void {
    swap(this.rows, a, b);
    swap(this.cols, a, b);
    swap(this.findings, a, b);
  }

  /** Sorts findings `from` to `to` by place, equals by the order they were added in. */
  private sortByIndex(from: number, to: number): void {
    const order = Array.from({ length: to - from }, (_, index) => from + index);
    order.sort((a, b) => this.compare(a, b) || a - b);
    this.rows = reordered(this.rows, order, from);
    this.cols = reordered(this.cols, order, from);
    this.findings = reordered(this.findings, order, from);
  }
}

function swap<T>(items: T[], a: number, b: number): void {
  const item = items[a] as T;
  items[a] = items[b] as T;
  items[b] = item;
}

/** `items` with those from `from` on taken in `order` (indexes into `items`). */
function reordered<T>(items: readonly T[], order: readonly number[], from: number): T[] {
  const result = items.slice(0, from);
  for (const index of order) result.push(items[index] as T);
  return result;
}
