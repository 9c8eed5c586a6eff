import type { Finding, FindingSummary, RuleId } from "../findings/finding";
import type { FindingSequence, FindingVisitor } from "../findings/sequence";
import type { Placed } from "../rules/placed";
import type { PlainTargetMaker } from "../rules/targetFinding";

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
 * large sheet has a finding for most of its cells, and none needs an object for its place. A plain
 * target finding is kept as its figure, gap, district and maker, and made only when asked for.
 */
export class PlacedFindings {
  private rows: number[] = [];
  private cols: number[] = [];
  /** Each finding, or for a plain target the index of its figures in the arrays below. */
  private entries: (Finding | number)[] = [];
  private readonly makers: PlainTargetMaker[] = [];
  private readonly districts: string[] = [];
  private readonly figures: number[] = [];
  private readonly gaps: number[] = [];
  private readonly counts = { shortfall: 0, error: 0, warning: 0, met: 0 };

  get length(): number {
    return this.entries.length;
  }

  add(row: number, col: number, finding: Finding): void {
    this.rows.push(row);
    this.cols.push(col);
    this.entries.push(finding);
    this.counts[finding.status] += 1;
  }

  push(placed: Placed): void {
    this.add(placed.row, placed.col, placed.finding);
  }

  /** A plain target finding on the cell at `row`, `col`: what `maker` makes of its district, figure and gap. */
  addTarget(row: number, col: number, maker: PlainTargetMaker, district: string, figure: number, gap: number): void {
    this.rows.push(row);
    this.cols.push(col);
    this.entries.push(this.makers.length);
    this.makers.push(maker);
    this.districts.push(district);
    this.figures.push(figure);
    this.gaps.push(gap);
    this.counts[maker.status] += 1;
  }

  /** Puts the findings added since `from` (a row's few) in order among themselves; equals keep their order. */
  sortFrom(from: number): void {
    const to = this.length;
    if (this.sortedUntil(from, to) === to) return;
    if (to - from > INSERTION_LIMIT) return this.sortByIndex(from, to);
    for (let index = from + 1; index < to; index++)
      for (let at = index; at > from && this.compare(at - 1, at) > 0; at--) this.swap(at - 1, at);
  }

  /** How many findings there are of each status. */
  summary(): FindingSummary {
    return { ...this.counts };
  }

  /**
   * The findings in sheet order, equals in the order they were added: the sorted run they start
   * with (a sheet's rows, each put in order as it was checked) merged with the rest sorted apart.
   * The sequence holds the findings added so far: none may be added after.
   */
  ordered(): FindingSequence {
    const length = this.length;
    const sorted = this.sortedUntil(0, length);
    if (sorted === length)
      return {
        length,
        at: (index) => this.finding(index),
        visitAll: (visitor) => {
          for (let index = 0; index < length; index++) this.visit(index, visitor);
        },
      };
    this.sortByIndex(sorted, length);
    const order = new Int32Array(length);
    let at = 0;
    let left = 0;
    let right = sorted;
    while (left < sorted && right < length) order[at++] = this.compare(right, left) < 0 ? right++ : left++;
    while (left < sorted) order[at++] = left++;
    while (right < length) order[at++] = right++;
    return {
      length,
      at: (index) => this.finding(order[index] as number),
      visitAll: (visitor) => {
        for (let index = 0; index < length; index++) this.visit(order[index] as number, visitor);
      },
    };
  }

  private visit(index: number, visitor: FindingVisitor): void {
    const entry = this.entries[index] as Finding | number;
    if (typeof entry !== "number") return visitor.finding(entry);
    visitor.plainTarget(
      this.makers[entry] as PlainTargetMaker,
      this.rows[index] as number,
      this.cols[index] as number,
      this.districts[entry] as string,
      this.figures[entry] as number,
      this.gaps[entry] as number,
    );
  }

  private finding(index: number): Finding {
    const entry = this.entries[index] as Finding | number;
    if (typeof entry !== "number") return entry;
    const maker = this.makers[entry] as PlainTargetMaker;
    return maker.make(
      this.rows[index] as number,
      this.cols[index] as number,
      this.districts[entry] as string,
      this.figures[entry] as number,
      this.gaps[entry] as number,
    );
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
      this.ruleOrder(a) - this.ruleOrder(b)
    );
  }

  private ruleOrder(index: number): number {
    const entry = this.entries[index] as Finding | number;
    return typeof entry === "number" ? RULE_ORDER.target : RULE_ORDER[entry.rule];
  }

  private swap(a: number, b: number): void {
    swap(this.rows, a, b);
    swap(this.cols, a, b);
    swap(this.entries, a, b);
  }

  /** Sorts findings `from` to `to` by place, equals by the order they were added in. */
  private sortByIndex(from: number, to: number): void {
    const order = Array.from({ length: to - from }, (_, index) => from + index);
    order.sort((a, b) => this.compare(a, b) || a - b);
    this.rows = reordered(this.rows, order, from);
    this.cols = reordered(this.cols, order, from);
    this.entries = reordered(this.entries, order, from);
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
