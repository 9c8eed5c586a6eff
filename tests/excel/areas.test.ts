import { packCells, parseAreasAddress, parseRect, splitAddresses, stripSheet } from "../../src/excel/areas";

describe("packCells", () => {
  it("returns runs down a column as one range", () => {
    expect(packCells(["B3", "B4", "B5", "B7", "C3"])).toEqual(["B3:B5", "B7", "C3"]);
  });
  it("returns each cell once whatever the order or repeats", () => {
    expect(packCells(["D9", "d8", "D9", "$D$10"])).toEqual(["D8:D10"]);
  });
  it("returns nothing for addresses it cannot read", () => {
    expect(packCells(["", "not a cell", "7B"])).toEqual([]);
  });
});

describe("splitAddresses", () => {
  it("returns groups no longer than the limit", () => {
    const cells = Array.from({ length: 3000 }, (_, i) => `A${i * 2 + 1}`);
    const groups = splitAddresses(cells, 6000);
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) expect(group.length).toBeLessThanOrEqual(6000);
    expect(groups.join(",").split(",")).toEqual(cells);
  });
  it("returns no group for no address", () => {
    expect(splitAddresses([], 10)).toEqual([]);
  });
});

describe("parseAreasAddress", () => {
  it("returns the areas of a RangeAreas address with quoted sheet names holding commas", () => {
    expect(parseAreasAddress("'Báo, cáo'!A1:C1,'Báo, cáo'!$B$3")).toEqual([
      { row: 0, col: 0, rowCount: 1, colCount: 3 },
      { row: 2, col: 1, rowCount: 1, colCount: 1 },
    ]);
  });
  it("returns nothing for an empty or unreadable address", () => {
    expect(parseAreasAddress("")).toEqual([]);
    expect(parseAreasAddress("Sheet1!??")).toEqual([]);
  });
});

describe("parseRect", () => {
  it("returns a rectangle whichever corner comes first", () => {
    expect(parseRect("C5:A1")).toEqual({ row: 0, col: 0, rowCount: 5, colCount: 3 });
  });
  it("returns undefined for text that is no address", () => {
    expect(parseRect("Toàn tỉnh")).toBeUndefined();
  });
});

describe("stripSheet", () => {
  it("returns the address without sheet and dollars", () => {
    expect(stripSheet("'It''s'!$B$7")).toBe("B7");
  });
});
