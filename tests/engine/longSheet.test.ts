import { LONG_MUONG_TE } from "../fixtures/sheets/longLayout";
import { problems, row, validate, type Row } from "./helpers";

describe("validateSnapshot on a long district report", () => {
  const result = validate(LONG_MUONG_TE);

  it("returns a long mapping: indicator names down, the plan and achievement columns for the year", () => {
    expect(result.mapping).toMatchObject({
      layout: "long",
      headerRows: [2],
      labelColumn: 1,
      valueColumn: 4,
      planColumn: 3,
      year: 2025,
    });
    expect(result.mapping.fields.map((entry) => [entry.index, entry.field?.code ?? null])).toEqual([
      [3, null],
      [4, "BEDS"],
      [5, "PHARMACISTS"],
      [6, null],
      [7, "HIV"],
      [8, "IMR"],
      [9, null],
    ]);
  });

  it("returns the exact findings, with the district named by the title", () => {
    const expected: Row[] = [
      ["warning", "layout", "B10", "", undefined, undefined, undefined],
      ["shortfall", "target", "E5", "Mường Tè", "BEDS", 27.6, 5.4],
      ["warning", "ambiguous-number", "E6", "Mường Tè", "PHARMACISTS", 1125, undefined],
      ["warning", "fraction-as-percent", "E8", "Mường Tè", "HIV", 0.41, undefined],
      ["shortfall", "target", "E8", "Mường Tè", "HIV", 0.41, 0.03],
      ["shortfall", "target", "E9", "Mường Tè", "IMR", 30, 1],
    ];
    expect(problems(result)).toEqual(expected.map(row));
    expect(result.findings.find((finding) => finding.cell === "E5")?.details).toEqual({ sheetPlan: 30 });
    expect(result.findings.find((finding) => finding.rule === "ambiguous-number")?.details).toEqual({
      alternative: 1.125,
    });
  });

  it("returns no province figure for one district's report", () => {
    expect(result.province).toEqual([]);
  });
});
