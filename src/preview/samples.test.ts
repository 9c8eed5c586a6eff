import { parseSampleIndex } from "./samples";

describe("parseSampleIndex", () => {
  it("returns the samples with a title, the file name standing in for a missing one", () => {
    expect(parseSampleIndex([{ file: "a.xlsx", title: "A" }, { file: "b.xlsx" }])).toEqual([
      { file: "a.xlsx", title: "A" },
      { file: "b.xlsx", title: "b.xlsx" },
    ]);
  });

  it("returns nothing for what is not a list of .xlsx files beside the page", () => {
    expect(parseSampleIndex({ file: "a.xlsx" })).toEqual([]);
    expect(parseSampleIndex([null, 3, { file: "../secret.xlsx" }, { file: "a.csv" }, { file: "x/a.xlsx" }])).toEqual(
      [],
    );
  });
});
