/** Letters of the columns asked for so far, by index (a sheet's few columns are asked for again and again). */
const LETTERS: string[] = [];

/** Column letters for a 0-based column index: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  return (LETTERS[col] ??= lettersOf(col));
}

function lettersOf(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A1 address of a 0-based sheet cell. */
export const cellAddress = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** 0-based row and column of an A1 address (`$` allowed), or undefined when it is not one. */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (match === null) return undefined;
  const [, letters = "", digits = ""] = match;
  const col = [...letters.toUpperCase()].reduce((sum, char) => sum * 26 + char.charCodeAt(0) - 64, 0) - 1;
  const row = Number(digits) - 1;
  return row >= 0 ? { row, col } : undefined;
}

/** Quotes a sheet name for an address when it needs it: `'Báo cáo 2025'!B7`. */
export function qualifiedAddress(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}
