import type { Highlight } from "../core/report/types";
import { markCells, positionKey } from "./highlight-set";

const highlight = (address: string, kind: Highlight["kind"], note: string = kind): Highlight => ({
  sheet: "Báo cáo",
  address,
  kind,
  note,
});

describe("markCells", () => {
  it("returns the worst kind and every note for a cell highlighted twice", () => {
    const marks = markCells([highlight("E7", "warning", "outlier"), highlight("$E$7", "error", "#DIV/0!")]);
    expect(marks.get(positionKey(6, 4))).toEqual({ kind: "error", note: "outlier\n#DIV/0!" });
  });

  it("returns every cell of a range and of a sheet-qualified address", () => {
    const marks = markCells([highlight("'Báo cáo'!B2:C3", "shortfall")]);
    expect([...marks.keys()].sort()).toEqual(["1:1", "1:2", "2:1", "2:2"]);
  });

  it("returns nothing for addresses that are not cells, or ranges too large to draw", () => {
    expect(
      markCells([highlight("Tổng", "error"), highlight("", "error"), highlight("A1:XFD1048576", "error")]).size,
    ).toBe(0);
  });
});
