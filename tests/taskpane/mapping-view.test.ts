import type { SheetMapping } from "../../src/core/engine/mapping";
import { totalRowChoices } from "../../src/taskpane/mapping-view";

const mapping = (first: number, last: number, totalRow: number | null): SheetMapping => ({
  version: 1,
  sheet: "S",
  layout: "wide",
  headerRows: [0],
  firstDataRow: first,
  lastDataRow: last,
  labelColumn: 0,
  totalRow,
  fields: [],
  valueColumn: null,
  planColumn: null,
  year: null,
});

describe("totalRowChoices", () => {
  it("returns every data row of a short sheet", () => {
    expect(totalRowChoices(mapping(2, 6, 6))).toEqual([2, 3, 4, 5, 6]);
  });
  it("returns the first and last rows of a long sheet and the current total row", () => {
    const rows = totalRowChoices(mapping(1, 10_000, 5_000), 3);
    expect(rows).toEqual([1, 2, 3, 5_000, 9_998, 9_999, 10_000]);
  });
  it("returns no row for an empty data range with no total row", () => {
    expect(totalRowChoices(mapping(5, 4, null))).toEqual([]);
  });
});
