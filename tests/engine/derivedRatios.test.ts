import { ratioTolerance } from "../../src/core/rules/rowValues";
import { COUNTS_ONLY } from "../fixtures/sheets/countsOnly";
import { buildSheet } from "../fixtures/sheets/builder";
import { problems, row, validate, type Row } from "./helpers";

describe("validateSnapshot on a sheet of counts only", () => {
  const result = validate(COUNTS_ONLY);

  it("returns beds per 10,000 derived from beds and population for every district, and the outlier", () => {
    const expected: Row[] = [
      ["warning", "outlier", "C3", "Thành phố Lai Châu", "BEDS", 50, undefined],
      ["shortfall", "target", "C4", "Tam Đường", "BEDS", 30, 3],
      ["shortfall", "target", "C5", "Phong Thổ", "BEDS", 30, 3],
      ["shortfall", "target", "C6", "Sìn Hồ", "BEDS", 28, 5],
      ["shortfall", "target", undefined, "", "BEDS", 31.379, 1.621],
    ];
    expect(problems(result)).toEqual(expected.map(row));
    const met = result.findings.filter((finding) => finding.status === "met");
    expect(met.map((finding) => [finding.cell, finding.value, finding.gap])).toEqual([
      ["C3", 50, -17],
      ["C7", 35, -2],
    ]);
  });

  it("returns a pooled province ratio (Σ beds / Σ population), not the mean of the district ratios", () => {
    const figure = result.province.find((entry) => entry.indicator === "BEDS");
    const districtRatios = result.findings
      .filter((finding) => finding.rule === "target" && finding.scope === "district")
      .map((finding) => finding.value ?? NaN);
    const mean = districtRatios.reduce((sum, value) => sum + value, 0) / districtRatios.length;
    expect(mean).toBeCloseTo(34.6, 6);
    expect(figure?.pooled).toBeCloseTo((910 / 290000) * 10000, 5);
    expect(figure?.pooled).not.toBeCloseTo(mean, 1);
    expect(figure).toMatchObject({ totalRow: null, met: false });
  });

  it("returns a ratio-mismatch only beyond rounding: 0.5 % of the figure or half its last digit", () => {
    expect(ratioTolerance(27.649, 1)).toBeCloseTo(0.138, 3);
    expect(ratioTolerance(1.2, 2)).toBeCloseTo(0.006, 6);
    const sheet = buildSheet({
      name: "Tolerance",
      rows: [
        ["Huyện", "Dân số", "Số giường bệnh", "Giường bệnh/vạn dân"],
        ["Mường Tè", "45.210", 125, "27,6"],
        ["Tân Uyên", 60000, 183, 30.8],
      ],
    });
    const mismatches = validate(sheet).findings.filter((finding) => finding.rule === "ratio-mismatch");
    expect(mismatches.map((finding) => [finding.cell, finding.value, finding.details?.["computed"]])).toEqual([
      ["D3", 30.8, 30.5],
    ]);
  });
});

describe("validateSnapshot on a share derived from counts whose part exceeds its whole", () => {
  it("returns the order error and judges no share above 100 %", () => {
    const sheet = buildSheet({
      name: "TCMR",
      rows: [
        ["Xã", "Số trẻ dưới 1 tuổi", "Số trẻ tiêm chủng đầy đủ"],
        ["Pa Tần", 121, 125],
        ["Chăn Nưa", 100, 95],
      ],
    });
    const findings = validate(sheet).findings.filter((finding) => finding.scope === "district");
    expect(findings.map((finding) => [finding.status, finding.rule, finding.cell, finding.indicator])).toEqual([
      ["error", "order", "C2", "FULLY_IMMUNISED"],
      ["met", "target", "C3", "EPI"],
    ]);
  });
});
