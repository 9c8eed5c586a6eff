import { columnLetters, parseCellAddress } from "../core/sheet/address";
import type { MergedArea } from "../core/sheet/snapshot";

/** A1 text of a 0-based rectangle: "B7" for one cell, "B7:D9" otherwise. */
export function rectAddress(row: number, col: number, rowCount = 1, colCount = 1): string {
  const start = `${columnLetters(col)}${row + 1}`;
  return rowCount === 1 && colCount === 1 ? start : `${start}:${columnLetters(col + colCount - 1)}${row + rowCount}`;
}

/**
 * Packs cells into as few rectangles as a simple pass finds: runs of rows down each column
 * ("B3:B40" rather than 38 addresses), so highlight addresses stay short. Unreadable addresses are dropped.
 */
export function packCells(addresses: readonly string[]): string[] {
  const rowsByColumn = new Map<number, Set<number>>();
  for (const address of addresses) {
    const cell = parseCellAddress(address.split(":")[0] ?? "");
    if (cell === undefined) continue;
    const rows = rowsByColumn.get(cell.col) ?? new Set<number>();
    rows.add(cell.row);
    rowsByColumn.set(cell.col, rows);
  }
  const packed: string[] = [];
  for (const col of [...rowsByColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...(rowsByColumn.get(col) ?? [])].sort((a, b) => a - b);
    let start = rows[0];
    let previous = start;
    for (const row of [...rows.slice(1), undefined]) {
      if (start === undefined || previous === undefined) break;
      if (row === previous + 1) {
        previous = row;
        continue;
      }
      packed.push(rectAddress(start, col, previous - start + 1));
      start = row;
      previous = row;
    }
  }
  return packed;
}

/** Joins addresses into comma-separated strings, each at most `maxChars` long (one RangeAreas each). */
export function splitAddresses(addresses: readonly string[], maxChars: number): string[] {
  const groups: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (address.length > maxChars) continue;
    const next = current === "" ? address : `${current},${address}`;
    if (next.length > maxChars) {
      groups.push(current);
      current = address;
    } else current = next;
  }
  if (current !== "") groups.push(current);
  return groups;
}

/** Drops a sheet prefix ("'Báo cáo'!B7" → "B7") and `$` signs. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
}

/** 0-based rectangle of "B7" or "B7:D9" (sheet prefix allowed), or undefined. */
export function parseRect(address: string): MergedArea | undefined {
  const [first = "", last] = stripSheet(address).split(":");
  const start = parseCellAddress(first);
  const end = last === undefined ? start : parseCellAddress(last);
  if (start === undefined || end === undefined) return undefined;
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return { row, col, rowCount: Math.abs(end.row - start.row) + 1, colCount: Math.abs(end.col - start.col) + 1 };
}

/**
 * Areas of a RangeAreas address as Excel writes it ("Sheet1!A1:C1,'Báo, cáo'!A3:A4"): split on commas
 * outside quoted sheet names.
 */
export function parseAreasAddress(address: string): MergedArea[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of address) {
    if (char === "'") quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => parseRect(part.trim())).filter((area): area is MergedArea => area !== undefined);
}
