import type { CellValue, MergedArea, SheetSnapshot } from "../sheet/snapshot";
import { isCellError } from "../sheet/snapshot";

/**
 * Sheet-coordinate access to a snapshot: values, number formats, the merge covering a cell and
 * hidden rows and columns. Built once per validation; every lookup is O(1).
 */
export class Grid {
  readonly firstRow: number;
  readonly firstCol: number;
  /** One past the last row / column the snapshot holds. */
  readonly endRow: number;
  readonly endCol: number;
  private readonly mergeByCell = new Map<number, MergedArea>();
  private readonly hiddenRowSet: ReadonlySet<number>;
  private readonly hiddenColSet: ReadonlySet<number>;

  constructor(readonly snapshot: SheetSnapshot) {
    this.firstRow = snapshot.origin.row;
    this.firstCol = snapshot.origin.col;
    this.endRow = this.firstRow + snapshot.values.length;
    this.endCol = this.firstCol + snapshot.values.reduce((width, row) => Math.max(width, row.length), 0);
    for (const merge of snapshot.merges) {
      // Merges are header furniture; one far larger than a header is not indexed cell by cell.
      if (merge.rowCount * merge.colCount > 10_000) continue;
      for (let r = merge.row; r < merge.row + merge.rowCount; r++)
        for (let c = merge.col; c < merge.col + merge.colCount; c++) this.mergeByCell.set(this.key(r, c), merge);
    }
    this.hiddenRowSet = new Set(snapshot.hiddenRows);
    this.hiddenColSet = new Set(snapshot.hiddenColumns);
  }

  private key(row: number, col: number): number {
    return row * 20_000 + col;
  }

  /** The cell's own value (null outside the snapshot). */
  value(row: number, col: number): CellValue {
    return this.snapshot.values[row - this.firstRow]?.[col - this.firstCol] ?? null;
  }

  format(row: number, col: number): string {
    return this.snapshot.numberFormats[row - this.firstRow]?.[col - this.firstCol] ?? "General";
  }

  merge(row: number, col: number): MergedArea | undefined {
    return this.mergeByCell.get(this.key(row, col));
  }

  /** The value shown in a cell: a merged cell shows its area's top-left value. */
  shown(row: number, col: number): CellValue {
    const merge = this.merge(row, col);
    return merge === undefined ? this.value(row, col) : this.value(merge.row, merge.col);
  }

  /** The shown value as trimmed, NFC text ("" for blanks; error values as their code). */
  text(row: number, col: number): string {
    return cellText(this.shown(row, col));
  }

  isHiddenRow(row: number): boolean {
    return this.hiddenRowSet.has(row);
  }

  isHiddenCol(col: number): boolean {
    return this.hiddenColSet.has(col);
  }

  /** True when a row holds nothing at all. */
  isBlankRow(row: number): boolean {
    for (let col = this.firstCol; col < this.endCol; col++) if (this.text(row, col) !== "") return false;
    return true;
  }
}

/**
 * Printable Latin letters (ASCII, Latin-1, Latin Extended-A and -B, and the Latin Extended
 * Additional block where Vietnamese's composed letters are) with single inner spaces and none at
 * the ends: already as a user reads it. Every letter there is composed (NFC) as it stands.
 */
const PLAIN_TEXT = /^(?:[!-~\u00a1-\u024f\u1e00-\u1eff]+(?: [!-~\u00a1-\u024f\u1e00-\u1eff]+)*)?$/;

/** Single inner spaces and none at the ends, whatever the letters ("Huyện Mường Tè"). */
const TIDY_SPACING = /^(?:\S+(?: \S+)*)?$/;

/** A cell value as the text a user reads. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (PLAIN_TEXT.test(value)) return value;
    const composed = value.normalize("NFC");
    return TIDY_SPACING.test(composed) ? composed : composed.replace(/\s+/g, " ").trim();
  }
  if (isCellError(value)) return value.error;
  return String(value).normalize("NFC").replace(/\s+/g, " ").trim();
}
