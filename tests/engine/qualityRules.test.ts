import { median } from "../../src/core/rules/median";
import { buildSheet } from "../fixtures/sheets/builder";
import { MORTALITY } from "../fixtures/sheets/mortality";
import { problems, row, validate, type Row } from "./helpers";

describe("validateSnapshot data-quality rules", () => {
  it("returns an order error for an infant mortality above the under-five one, and the stunting outlier", () => {
    const expected: Row[] = [
      ["error", "order", "B5", "Phong Thổ", "IMR", 33, undefined],
      ["shortfall", "target", "B5", "Phong Thổ", "IMR", 33, 4],
      ["shortfall", "target", "B7", "Mường Tè", "IMR", 31, 2],
      ["shortfall", "target", "C7", "Mường Tè", "U5MR", 45, 3],
      ["shortfall", "target", "D7", "Mường Tè", "STUNTING", 32.8, 1.3],
      ["warning", "outlier", "D10", "Nậm Nhùn", "STUNTING", 62, undefined],
      ["shortfall", "target", "D10", "Nậm Nhùn", "STUNTING", 62, 30.5],
    ];
    const result = validate(MORTALITY);
    expect(problems(result)).toEqual(expected.map(row));
    expect(result.findings.find((finding) => finding.rule === "order")?.details).toEqual({
      other: "U5MR",
      otherValue: 31,
      otherCell: "C5",
    });
    expect(result.findings.find((finding) => finding.rule === "outlier")?.details).toEqual({
      z: 16.6,
      median: 30.05,
      districts: 8,
    });
  });

  it("returns no pooled figure where there are neither counts nor a population to weight by", () => {
    expect(validate(MORTALITY).province).toEqual([]);
  });

  it("finds each indicator's outliers among many districts, when blanks leave rows with fewer figures", () => {
    // 100 communes; stunting is blank on every third, so those rows give their figures in other places.
    const communes = Array.from({ length: 100 }, (_, index) => index + 1);
    const stunting = (n: number) => (n === 89 ? 60 : n % 3 === 0 ? null : 25 + (n % 5));
    const insurance = (n: number) => (n === 40 ? 20 : 90 + (n % 7) * 0.5);
    const sheet = buildSheet({
      name: "Communes",
      rows: [
        ["Xã", "Tỷ lệ SDD thấp còi (%)", "Tỷ lệ tham gia BHYT (%)"],
        ...communes.map((n) => [`Xã số ${n}`, stunting(n), insurance(n)]),
      ],
    });
    const middle = (figures: number[]) => {
      const sorted = [...figures].sort((a, b) => a - b);
      const half = sorted.length >> 1;
      return sorted.length % 2 === 1 ? sorted[half] : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
    };
    const stuntingFigures = communes.map(stunting).filter((figure): figure is number => figure !== null);
    const outliers = validate(sheet).findings.filter((finding) => finding.rule === "outlier");
    expect(
      outliers.map((finding) => [finding.cell, finding.indicator, finding.value, finding.details?.["districts"]]),
    ).toEqual([
      ["C41", "INSURANCE", 20, 100],
      ["B90", "STUNTING", 60, stuntingFigures.length],
    ]);
    expect(outliers.map((finding) => finding.details?.["median"])).toEqual([
      middle(communes.map(insurance)),
      middle(stuntingFigures),
    ]);
  });

  it("returns no outlier with fewer than five districts, or when most districts report the same figure", () => {
    const few = buildSheet({
      name: "Few",
      rows: [
        ["Huyện", "Tỷ lệ SDD thấp còi (%)"],
        ["Sìn Hồ", 20],
        ["Mường Tè", 21],
        ["Phong Thổ", 22],
        ["Tam Đường", 90],
      ],
    });
    const flat = buildSheet({
      name: "Flat",
      rows: [
        ["Huyện", "Tỷ lệ SDD thấp còi (%)"],
        ...["Sìn Hồ", "Mường Tè", "Phong Thổ", "Tam Đường", "Than Uyên"].map((name) => [name, 25]),
        ["Nậm Nhùn", 60],
      ],
    });
    expect(validate(few).findings.filter((finding) => finding.rule === "outlier")).toEqual([]);
    expect(validate(flat).findings.filter((finding) => finding.rule === "outlier")).toEqual([]);
  });

  it("returns negative counts, shares above 100 and text as errors, and does not judge them", () => {
    const sheet = buildSheet({
      name: "Errors",
      rows: [
        ["Huyện", "Dân số", "Số giường bệnh", "Tỷ lệ tham gia BHYT (%)"],
        ["Sìn Hồ", 90000, -270, 104.5],
        ["Mường Tè", "đang cập nhật", 125, { error: "#N/A" }],
      ],
    });
    const expected: Row[] = [
      ["error", "negative-count", "C2", "Sìn Hồ", "BEDS_COUNT", -270, undefined],
      ["error", "percent-over-100", "D2", "Sìn Hồ", "INSURANCE", 104.5, undefined],
      ["error", "not-a-number", "B3", "Mường Tè", "POPULATION", null, undefined],
      ["error", "error-value", "D3", "Mường Tè", "INSURANCE", null, undefined],
    ];
    const result = validate(sheet);
    expect(problems(result)).toEqual(expected.map(row));
    expect(result.findings.filter((finding) => finding.status === "met")).toEqual([]);
  });

  it("returns a count total-mismatch only beyond rounding, and none when a left-out district could explain it", () => {
    const sheet = buildSheet({
      name: "Totals",
      rows: [
        ["Huyện", "Dân số", "Số bác sĩ", "Chi y tế dự phòng"],
        ["Sìn Hồ", 90000, 85, 1.24],
        ["Mường Tè", 45210, null, 2.11],
        ["Tổng cộng", 135211, 90, 3.36],
      ],
    });
    const result = validate(sheet);
    expect(result.mapping.totalRow).toBe(3);
    expect(problems(result).filter((finding) => finding.rule === "total-mismatch")).toEqual([
      row(["error", "total-mismatch", "B4", "Tổng cộng", "POPULATION", 135211, undefined]),
      // 90 doctors over 135,211 people against 85 over Sìn Hồ's 90,000: said, with the row left out.
      row(["warning", "total-mismatch", "C4", "Tổng cộng", "DOCTORS", 6.656, undefined]),
    ]);
    const doctors = result.findings.find((f) => f.rule === "total-mismatch" && f.indicator === "DOCTORS");
    expect(doctors?.details).toMatchObject({ pooled: 9.444444, districts: 1, skipped: 1 });
  });

  it("returns the median in linear time, for odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("returns the same median as sorting, for random figures with ties, in arrays and typed arrays", () => {
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 400; trial++) {
      const length = 1 + Math.floor(next() * 60);
      const spread = next() < 0.5 ? 5 : 1000;
      const figures = Array.from({ length }, () => Math.floor(next() * spread) / 10);
      const sorted = [...figures].sort((a, b) => a - b);
      const middle = length >> 1;
      const expected =
        length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
      expect(median(figures)).toBe(expected);
      expect(median(Float64Array.from(figures))).toBe(expected);
    }
  });
});
