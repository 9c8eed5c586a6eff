import { RangeCollector } from "../../src/core/sheet/ranges";

const ranges = (cells: readonly [number, number][]) => {
  const collector = new RangeCollector();
  for (const [row, col] of cells) collector.add(row, col);
  return collector.addresses();
};

describe("RangeCollector", () => {
  it("returns consecutive rows of a column as one range, and a lone cell as itself", () => {
    expect(
      ranges([
        [3, 2],
        [4, 2],
        [5, 2],
        [7, 2],
      ]),
    ).toEqual(["C4:C6", "C8"]);
  });

  it("returns columns in the order first seen, each with its own runs, when cells alternate between them", () => {
    expect(
      ranges([
        [0, 3],
        [0, 1],
        [1, 3],
        [1, 1],
        [3, 3],
        [3, 1],
      ]),
    ).toEqual(["D1:D2", "D4", "B1:B2", "B4"]);
  });

  it("returns correct, if more, ranges when cells come out of order or twice, never losing one", () => {
    expect(
      ranges([
        [5, 0],
        [5, 0],
        [2, 0],
        [3, 0],
        [6, 0],
      ]),
    ).toEqual(["A6", "A3:A4", "A7"]);
  });

  it("returns nothing for no cells, and the ranges after those given", () => {
    expect(ranges([])).toEqual([]);
    const collector = new RangeCollector();
    collector.add(9, 27);
    expect(collector.addresses(["A1"])).toEqual(["A1", "AB10"]);
  });
});
