import type { Highlight, HighlightKind } from "../core/report/types";
import { parseCellAddress } from "../core/sheet/address";

const SEVERITY: Record<HighlightKind, number> = { error: 3, shortfall: 2, warning: 1 };

/** What the grid draws on one cell: the worst kind, and every note joined. */
export interface CellMark {
  readonly kind: HighlightKind;
  readonly note: string;
}

/**
 * The highlights of one sheet by 0-based position. Addresses may carry `$`, a sheet prefix or a
 * range (`B7:C8`); anything unreadable is left out rather than failing the batch.
 */
export function markCells(highlights: readonly Highlight[]): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const highlight of highlights) {
    for (const key of cellsOf(highlight.address)) {
      const previous = marks.get(key);
      if (previous === undefined) marks.set(key, { kind: highlight.kind, note: highlight.note });
      else
        marks.set(key, {
          kind: SEVERITY[highlight.kind] > SEVERITY[previous.kind] ? highlight.kind : previous.kind,
          note: previous.note === "" ? highlight.note : `${previous.note}\n${highlight.note}`,
        });
    }
  }
  return marks;
}

/** A position key for maps: "row:col", 0-based. */
export const positionKey = (row: number, col: number): string => `${row}:${col}`;

/** Upper bound on the cells one range address may mark, so a stray `A:XFD` cannot hang the page. */
const MAX_RANGE_CELLS = 100_000;

function cellsOf(address: string): string[] {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [first = "", last = first] = local.split(":");
  const from = parseCellAddress(first);
  const to = parseCellAddress(last);
  if (from === undefined || to === undefined) return [];
  const top = Math.min(from.row, to.row);
  const left = Math.min(from.col, to.col);
  const rows = Math.abs(to.row - from.row) + 1;
  const cols = Math.abs(to.col - from.col) + 1;
  if (rows * cols > MAX_RANGE_CELLS) return [];
  const keys: string[] = [];
  for (let r = top; r < top + rows; r++) for (let c = left; c < left + cols; c++) keys.push(positionKey(r, c));
  return keys;
}
