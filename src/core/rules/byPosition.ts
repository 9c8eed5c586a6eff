/**
 * What each position of a row's figures went to last, found again by code only when the code at
 * that position changes: the rows of a sheet give their codes in the same order, so the usual row
 * needs no lookup. `find` is asked once per code and position change, always on a code's first figure.
 */
export class ByPosition<T extends { readonly code: string }> {
  private readonly last: T[] = [];

  constructor(private readonly find: (code: string) => T) {}

  at(index: number, code: string): T {
    let entry = this.last[index];
    if (entry?.code !== code) {
      entry = this.find(code);
      this.last[index] = entry;
    }
    return entry;
  }
}
