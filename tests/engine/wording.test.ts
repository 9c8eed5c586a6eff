import type { Finding, RuleId } from "../../src/core/findings/finding";
import { formatNumber } from "../../src/core/messages/format";
import { wordFinding } from "../../src/core/messages/findings";
import { RULE_IDS } from "../../src/core/messages/ruleWords";
import { LAI_CHAU_WIDE } from "../fixtures/sheets/laiChauWide";
import { validate } from "./helpers";

/** Every rule id of the RuleId union: a rule added to the union and not here fails to compile. */
const ALL_RULES: { [K in RuleId]: K } = {
  target: "target",
  "no-target": "no-target",
  missing: "missing",
  "not-a-number": "not-a-number",
  "error-value": "error-value",
  "ambiguous-number": "ambiguous-number",
  "negative-count": "negative-count",
  "percent-over-100": "percent-over-100",
  "unit-mismatch": "unit-mismatch",
  "fraction-as-percent": "fraction-as-percent",
  "ratio-mismatch": "ratio-mismatch",
  order: "order",
  "total-mismatch": "total-mismatch",
  outlier: "outlier",
  layout: "layout",
};

const sample = (rule: RuleId): Finding => ({
  status: "warning",
  rule,
  sheet: "Báo cáo",
  cell: "D7",
  district: "Mường Tè",
  scope: "district",
  indicator: "BEDS",
  value: 27.6,
  raw: "27,6",
  target: { comparator: ">=", value: 33, unit: "count", year: 2025 },
  gap: 5.4,
  details: {
    alternative: 27600,
    stored: 0.276,
    format: "0.0%",
    computed: 27.65,
    formula: "BEDS_COUNT/POPULATION",
    numeratorCell: "E7",
    denominatorCell: "C7",
    other: "U5MR",
    otherValue: 20,
    otherCell: "E7",
    expected: 1595,
    difference: 10,
    median: 33.05,
    z: 4.2,
    year: 2025,
    reason: "no-indicator",
    headers: "Huyện | Số hộ nghèo",
  },
});

describe("wordFinding", () => {
  it("returns wording in both languages for every rule", () => {
    expect([...RULE_IDS].sort()).toEqual(Object.keys(ALL_RULES).sort());
    for (const rule of RULE_IDS) {
      const vi = wordFinding(sample(rule), "vi");
      const en = wordFinding(sample(rule), "en");
      expect(vi).toMatch(/^Ô D7 \(Mường Tè, Giường bệnh\/vạn dân\): \S/);
      expect(en).toMatch(/^Cell D7 \(Mường Tè, beds per 10,000\): \S/);
      expect(vi).not.toEqual(en);
      expect(`${vi} ${en}`).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it("returns the shortfall sentence with Vietnamese and English number writing", () => {
    const result = validate(LAI_CHAU_WIDE);
    const d7 = result.findings.find((finding) => finding.cell === "D7" && finding.rule === "target");
    if (d7 === undefined) throw new Error("no D7 finding");
    expect(wordFinding(d7, "vi")).toBe(
      "Ô D7 (Mường Tè, Giường bệnh/vạn dân): 27,6 — chưa đạt chỉ tiêu ≥ 33 năm 2025, còn thiếu 5,4.",
    );
    expect(wordFinding(d7, "en")).toBe(
      "Cell D7 (Mường Tè, beds per 10,000): 27.6 is short of the 2025 target ≥ 33 by 5.4.",
    );
  });

  it("returns sentences naming the hidden column, the derivation, the pooled figure and the total's expected sum", () => {
    const result = validate(LAI_CHAU_WIDE);
    const say = (predicate: (finding: Finding) => boolean) => {
      const finding = result.findings.find(predicate);
      if (finding === undefined) throw new Error("no such finding");
      return [wordFinding(finding, "vi"), wordFinding(finding, "en")];
    };
    expect(say((f) => f.cell === "F7")).toEqual([
      "Ô F7 (Mường Tè, Bác sĩ/vạn dân; cột ẩn): 8,85 (tính từ số bác sĩ và dân số) — chưa đạt chỉ tiêu ≥ 13 năm 2025, còn thiếu 4,15.",
      "Cell F7 (Mường Tè, doctors per 10,000; hidden column): 8.85 (computed from medical doctors and population) is short of the 2025 target ≥ 13 by 4.15.",
    ]);
    expect(say((f) => f.rule === "total-mismatch" && f.cell === "E13")).toEqual([
      "Ô E13 (Toàn tỉnh, Số giường bệnh): dòng tổng 1.605 khác tổng 8 đơn vị là 1.595 (lệch 10).",
      "Cell E13 (Toàn tỉnh, hospital beds): the total 1,605 is not the sum of its 8 rows, 1,595 (off by 10).",
    ]);
    expect(say((f) => f.rule === "total-mismatch" && f.cell === "D13")).toEqual([
      "Ô D13 (Toàn tỉnh, Giường bệnh/vạn dân): dòng tổng 33,2 khác 33,01 tổng hợp từ 8 đơn vị (lệch 0,192) — hãy kiểm tra công thức dòng tổng.",
      "Cell D13 (Toàn tỉnh, beds per 10,000): the total row's 33.2 differs from 33.01 pooled from 8 rows (off by 0.192) — check the total row's formulas.",
    ]);
    expect(say((f) => f.scope === "pooled" && f.indicator === "NURSES")).toEqual([
      "Toàn tỉnh, tổng hợp từ 8 đơn vị (Điều dưỡng/vạn dân): 14,07 — chưa đạt chỉ tiêu > 16 năm 2025, còn thiếu 1,93.",
      "Toàn tỉnh, pooled from 8 rows (nurses per 10,000): 14.07 is short of the 2025 target > 16 by 1.93.",
    ]);
    expect(say((f) => f.rule === "error-value")).toEqual([
      "Ô D10 (Than Uyên, Giường bệnh/vạn dân): ô chứa giá trị lỗi #DIV/0!.",
      "Cell D10 (Than Uyên, beds per 10,000): the cell holds the error value #DIV/0!.",
    ]);
  });

  const base = { rule: "target", sheet: "Báo cáo", cell: "D7", district: "Mường Tè", scope: "district" } as const;

  it("returns the sentences for a target met with room to spare, met exactly, only equalled, and short on a hidden row", () => {
    const above = { comparator: ">", value: 95, unit: "percent", year: 2025 } as const;
    const cases: Finding[] = [
      { ...base, indicator: "INSURANCE", status: "met", value: 96.25, target: above, gap: -1.25 },
      { ...base, indicator: "INSURANCE", status: "met", value: 95, target: { ...above, comparator: ">=" }, gap: 0 },
      { ...base, indicator: "INSURANCE", status: "shortfall", value: 95, target: above, gap: 0 },
      {
        ...base,
        indicator: "INSURANCE",
        status: "shortfall",
        value: 93.5,
        target: above,
        gap: 1.5,
        details: { hidden: "row" },
      },
    ];
    expect(cases.flatMap((finding) => [wordFinding(finding, "vi"), wordFinding(finding, "en")])).toEqual([
      "Ô D7 (Mường Tè, Tỷ lệ tham gia BHYT): 96,25% — đạt chỉ tiêu > 95% năm 2025, vượt 1,25.",
      "Cell D7 (Mường Tè, health insurance coverage): 96.25% meets the 2025 target > 95% with 1.25 to spare.",
      "Ô D7 (Mường Tè, Tỷ lệ tham gia BHYT): 95% — đạt chỉ tiêu ≥ 95% năm 2025.",
      "Cell D7 (Mường Tè, health insurance coverage): 95% meets the 2025 target ≥ 95%.",
      "Ô D7 (Mường Tè, Tỷ lệ tham gia BHYT): 95% — chưa đạt chỉ tiêu > 95% năm 2025 (mới bằng mức chỉ tiêu).",
      "Cell D7 (Mường Tè, health insurance coverage): 95% only equals the 2025 target > 95%, so it is not reached.",
      "Ô D7 (Mường Tè, Tỷ lệ tham gia BHYT; hàng ẩn): 93,5% — chưa đạt chỉ tiêu > 95% năm 2025, còn thiếu 1,5.",
      "Cell D7 (Mường Tè, health insurance coverage; hidden row): 93.5% is short of the 2025 target > 95% by 1.5.",
    ]);
  });

  it("returns the year of a target in years apart from the target's own years", () => {
    const finding: Finding = {
      ...base,
      status: "shortfall",
      indicator: "LIFE_EXP",
      value: 66.5,
      target: { comparator: ">=", value: 68, unit: "years", year: 2030 },
      gap: 1.5,
    };
    expect([wordFinding(finding, "vi"), wordFinding(finding, "en")]).toEqual([
      "Ô D7 (Mường Tè, Tuổi thọ trung bình): 66,5 năm — chưa đạt chỉ tiêu năm 2030 (≥ 68 năm), còn thiếu 1,5.",
      "Cell D7 (Mường Tè, life expectancy at birth): 66.5 years is short of the 2030 target ≥ 68 years by 1.5.",
    ]);
  });

  it("returns a sentence about the sheet for a layout finding with no cell", () => {
    const finding: Finding = {
      status: "error",
      rule: "layout",
      sheet: "Trống",
      district: "",
      scope: "district",
      details: { reason: "empty" },
    };
    expect(wordFinding(finding, "vi")).toBe("Trang tính “Trống”: trang tính trống, không có gì để kiểm tra.");
    expect(wordFinding(finding, "en")).toBe("Sheet “Trống”: the sheet is empty: nothing to check.");
  });
});

describe("formatNumber", () => {
  it("returns numbers written the Vietnamese and the English way", () => {
    expect(formatNumber(27.6, "vi")).toBe("27,6");
    expect(formatNumber(45210, "vi")).toBe("45.210");
    expect(formatNumber(45210, "en")).toBe("45,210");
    expect(formatNumber(-1234.5, "en")).toBe("-1,234.5");
    expect(formatNumber(0.0041, "vi", 6)).toBe("0,0041");
    expect(formatNumber(Number.NaN, "vi")).toBe("NaN");
  });
});

describe("formatNumber rounding", () => {
  /** toFixed's rounding (on the number's exact binary value), grouped and trimmed: the reference. */
  const reference = (value: number, lang: "vi" | "en", decimals: number): string => {
    const fixed = Math.abs(value).toFixed(decimals);
    const [whole = "", fraction = ""] = fixed.split(".");
    const trimmed = fraction.replace(/0+$/, "");
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
    const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
    return `${sign}${grouped}${trimmed === "" ? "" : (lang === "vi" ? "," : ".") + trimmed}`;
  };

  it("returns what toFixed rounds to, near ties and for large figures too", () => {
    const ties = [1.005, 8.345, 2.675, 0.125, 1.255, 0.285, -8.345, 1e15 + 0.5, 123456789.125, 0.0005, -0.004];
    let state = 11;
    const random = () => (state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296;
    const generated = Array.from({ length: 20000 }, (_, index) => {
      const written = Number(((random() - 0.2) * 10 ** (index % 9)).toFixed(index % 5));
      return index % 4 === 0 ? written + 0.005 : index % 4 === 1 ? written / 3 : written;
    });
    const differing: string[] = [];
    for (const value of [...ties, ...generated])
      for (const decimals of [0, 1, 2, 3, 4, 6])
        for (const lang of ["vi", "en"] as const) {
          const shown = formatNumber(value, lang, decimals);
          const expected = reference(value, lang, decimals);
          if (shown !== expected) differing.push(`${value} ${decimals} ${lang}: ${shown} ≠ ${expected}`);
        }
    expect(differing).toEqual([]);
  });
});
