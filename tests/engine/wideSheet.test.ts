import { SheetMappingSchema } from "../../src/core/engine/mapping";
import { LAI_CHAU_WIDE } from "../fixtures/sheets/laiChauWide";
import { brief, problems, row, validate, type Row } from "./helpers";

const result = validate(LAI_CHAU_WIDE);

describe("validateSnapshot on a wide district sheet", () => {
  it("returns the mapping it detected: two-row merged header under two title rows, total row, year", () => {
    expect(result.detected).toBe(true);
    expect(SheetMappingSchema.safeParse(result.mapping).success).toBe(true);
    expect(result.mapping).toMatchObject({
      layout: "wide",
      headerRows: [2, 3],
      firstDataRow: 4,
      lastDataRow: 12,
      labelColumn: 1,
      totalRow: 12,
      year: 2025,
    });
    expect(result.mapping.fields.map((entry) => [entry.index, entry.header, entry.field?.code ?? null])).toEqual([
      [0, "STT", null],
      [2, "Dân số (người)", "POPULATION"],
      [3, "Giường bệnh/vạn dân", "BEDS"],
      [4, "Số giường bệnh", "BEDS_COUNT"],
      [5, "Nhân lực y tế › Bác sĩ", "DOCTORS_COUNT"],
      [6, "Nhân lực y tế › Dược sĩ đại học", "PHARMACISTS_COUNT"],
      [7, "Nhân lực y tế › Điều dưỡng", "NURSES_COUNT"],
      [8, "Tỷ lệ tham gia BHYT (%)", "INSURANCE"],
      [9, "Ghi chú", null],
    ]);
  });

  it("returns every shortfall, error and warning, cell by cell, in sheet order", () => {
    const expected: Row[] = [
      ["shortfall", "target", "G5", "Thành phố Lai Châu", "PHARMACISTS", 1.346, 0.154],
      ["shortfall", "target", "H5", "Thành phố Lai Châu", "NURSES", 15.385, 0.615],
      ["shortfall", "target", "D6", "Tam Đường", "BEDS", 32.1, 0.9],
      ["shortfall", "target", "F6", "Tam Đường", "DOCTORS", 10.714, 2.286],
      ["shortfall", "target", "H6", "Tam Đường", "NURSES", 12.5, 3.5],
      ["shortfall", "target", "D7", "Mường Tè", "BEDS", 27.6, 5.4],
      ["shortfall", "target", "F7", "Mường Tè", "DOCTORS", 8.848, 4.152],
      ["shortfall", "target", "G7", "Mường Tè", "PHARMACISTS", 1.106, 0.394],
      ["shortfall", "target", "H7", "Mường Tè", "NURSES", 12.165, 3.835],
      ["shortfall", "target", "F8", "Phong Thổ", "DOCTORS", 12.195, 0.805],
      ["shortfall", "target", "G8", "Phong Thổ", "PHARMACISTS", 1.22, 0.28],
      ["shortfall", "target", "H8", "Phong Thổ", "NURSES", 15.854, 0.146],
      ["warning", "ratio-mismatch", "D9", "Sìn Hồ", "BEDS", 40, undefined],
      ["shortfall", "target", "F9", "Sìn Hồ", "DOCTORS", 9.444, 3.556],
      ["shortfall", "target", "G9", "Sìn Hồ", "PHARMACISTS", 1.333, 0.167],
      ["shortfall", "target", "H9", "Sìn Hồ", "NURSES", 12.222, 3.778],
      ["shortfall", "target", "I9", "Sìn Hồ", "INSURANCE", 95, 0],
      ["error", "error-value", "D10", "Than Uyên", "BEDS", null, undefined],
      ["shortfall", "target", "F10", "Than Uyên", "DOCTORS", 12.857, 0.143],
      ["shortfall", "target", "G10", "Than Uyên", "PHARMACISTS", 1.143, 0.357],
      ["shortfall", "target", "H10", "Than Uyên", "NURSES", 14.286, 1.714],
      ["shortfall", "target", "D11", "Tân Uyên", "BEDS", 30.5, 2.5],
      ["shortfall", "target", "F11", "Tân Uyên", "DOCTORS", 11, 2],
      ["warning", "missing", "G11", "Tân Uyên", "PHARMACISTS_COUNT", null, undefined],
      ["shortfall", "target", "H11", "Tân Uyên", "NURSES", 15.833, 0.167],
      ["shortfall", "target", "D12", "Nậm Nhùn", "BEDS", 28.6, 4.4],
      ["shortfall", "target", "F12", "Nậm Nhùn", "DOCTORS", 10.714, 2.286],
      ["shortfall", "target", "G12", "Nậm Nhùn", "PHARMACISTS", 1.071, 0.429],
      ["shortfall", "target", "H12", "Nậm Nhùn", "NURSES", 14.286, 1.714],
      ["warning", "missing", "I12", "Nậm Nhùn", "INSURANCE", null, undefined],
      ["warning", "total-mismatch", "D13", "Toàn tỉnh", "BEDS", 33.2, undefined],
      ["error", "total-mismatch", "E13", "Toàn tỉnh", "BEDS_COUNT", 1605, undefined],
      ["shortfall", "target", "F13", "Toàn tỉnh", "DOCTORS", 11.299, 1.701],
      ["warning", "total-mismatch", "G13", "Toàn tỉnh", "PHARMACISTS", 1.242, undefined],
      ["shortfall", "target", "G13", "Toàn tỉnh", "PHARMACISTS", 1.242, 0.258],
      ["shortfall", "target", "H13", "Toàn tỉnh", "NURSES", 14.073, 1.927],
      ["shortfall", "target", undefined, "Toàn tỉnh", "DOCTORS", 11.299, 1.701],
      ["shortfall", "target", undefined, "Toàn tỉnh", "PHARMACISTS", 1.276, 0.224],
      ["shortfall", "target", undefined, "Toàn tỉnh", "NURSES", 14.073, 1.927],
    ];
    expect(problems(result)).toEqual(expected.map(row));
  });

  it("returns met for the cells that reach their target, including a ratio derived past a #DIV/0!", () => {
    const met = result.findings.filter((finding) => finding.status === "met").map((f) => `${f.cell}:${f.indicator}`);
    expect(met).toEqual([
      "D5:BEDS",
      "F5:DOCTORS",
      "I5:INSURANCE",
      "G6:PHARMACISTS",
      "I6:INSURANCE",
      "I7:INSURANCE",
      "D8:BEDS",
      "I8:INSURANCE",
      "D9:BEDS",
      "E10:BEDS",
      "I10:INSURANCE",
      "I11:INSURANCE",
      "D13:BEDS",
      "I13:INSURANCE",
      "undefined:BEDS",
      "undefined:INSURANCE",
    ]);
    const derived = result.findings.find((finding) => finding.cell === "E10");
    expect(derived).toMatchObject({ value: 34, cells: ["E10", "C10"], details: { derived: "BEDS_COUNT/POPULATION" } });
    expect(result.summary).toEqual({ shortfall: 32, error: 2, warning: 5, met: 16 });
  });

  it("returns the reported and computed ratios of the row whose beds figure disagrees", () => {
    const mismatch = result.findings.find((finding) => finding.rule === "ratio-mismatch");
    expect(mismatch?.details).toEqual({
      computed: 30,
      formula: "BEDS_COUNT/POPULATION",
      numerator: 270,
      denominator: 90000,
      numeratorCell: "E9",
      denominatorCell: "C9",
      tolerance: 0.5,
    });
  });

  it("returns the expected sum with the total row that is not the sum of its districts", () => {
    const total = result.findings.find((finding) => finding.rule === "total-mismatch" && finding.cell === "E13");
    expect(total).toMatchObject({ scope: "total", details: { expected: 1595, difference: 10, districts: 8 } });
    expect(total?.details).not.toHaveProperty("skipped");
  });

  it("returns findings on a hidden column's cells, saying it is hidden", () => {
    const hidden = result.findings.filter((finding) => finding.cell?.startsWith("F"));
    expect(hidden.length).toBe(9);
    expect(hidden.every((finding) => finding.details?.["hidden"] === "column")).toBe(true);
  });

  it("returns the pooled province figure beside the total row's own", () => {
    const byCode = Object.fromEntries(result.province.map((figure) => [figure.indicator, figure]));
    expect(byCode["BEDS"]).toEqual({
      indicator: "BEDS",
      pooled: 33.008423,
      totalRow: 33.2,
      value: 33.008423,
      target: { comparator: ">=", value: 33, unit: "per10k", year: 2025 },
      gap: -0.008423,
      met: true,
    });
    expect(byCode["PHARMACISTS"]).toMatchObject({ pooled: 1.275962, totalRow: 1.241696, met: false });
    expect(byCode["INSURANCE"]).toMatchObject({ pooled: 95.997966, totalRow: 96.1, met: true });
    const pooledInsurance = result.findings.find((f) => f.scope === "pooled" && f.indicator === "INSURANCE");
    expect(pooledInsurance?.details).toMatchObject({ method: "weighted", weight: "POPULATION", districts: 7 });
  });

  it("returns the same findings for an English-locale reading, since no figure here is ambiguous", () => {
    const english = validate(LAI_CHAU_WIDE, { locale: "en" });
    expect(english.findings.map(brief)).toEqual(result.findings.map(brief));
  });
});
