import { detectLayout } from "../../src/core/layout/detect";
import { Grid } from "../../src/core/layout/grid";
import { isTotalLabel } from "../../src/core/layout/headerWords";
import { buildSheet } from "../fixtures/sheets/builder";
import { validate } from "./helpers";

describe("detectLayout", () => {
  it("returns data rows past a column-number row, a total row on top, and stops at the footer", () => {
    const sheet = buildSheet({
      name: "Numbered",
      rows: [
        ["Đơn vị", "Dân số", "Số giường bệnh"],
        ["(1)", "(2)", "(3)"],
        ["Tổng cộng", 100000, 300],
        ["Sìn Hồ", 60000, 180],
        ["Mường Tè", 40000, 120],
        ["Ghi chú: số liệu ước tính"],
        ["Người lập biểu"],
      ],
    });
    const detection = detectLayout(new Grid(sheet));
    expect(detection).toMatchObject({
      ok: true,
      mapping: {
        layout: "wide",
        headerRows: [0],
        firstDataRow: 2,
        lastDataRow: 4,
        totalRow: 2,
        labelColumn: 0,
        year: null,
      },
    });
  });

  it("returns no finding for a row-number or administrative-code column, and reads the figures beside it", () => {
    const sheet = buildSheet({
      name: "Codes",
      rows: [
        ["STT", "Mã ĐVHC", "Huyện", "Dân số", "Số giường bệnh"],
        [1, 3340, "Sìn Hồ", 60000, 180],
        [2, 3380, "Mường Tè", 40000, 120],
      ],
    });
    const result = validate(sheet, { year: 2025 });
    expect(result.mapping.labelColumn).toBe(2);
    expect(result.findings.filter((finding) => finding.cell?.startsWith("A") || finding.cell?.startsWith("B"))).toEqual(
      [],
    );
    expect(result.findings.find((finding) => finding.indicator === "BEDS" && finding.cell === "E2")?.value).toBe(30);
  });

  it("returns the long layout's achievement and plan columns for the year validated", () => {
    const sheet = buildSheet({
      name: "Long",
      rows: [
        ["Chỉ tiêu", "Đơn vị tính", "Thực hiện 2024", "Kế hoạch 2025", "Ước thực hiện 2025"],
        ["Tỷ lệ tham gia BHYT", "%", 94.1, 95.5, 95.2],
      ],
    });
    expect(detectLayout(new Grid(sheet), { year: 2025 })).toMatchObject({
      ok: true,
      mapping: { layout: "long", valueColumn: 4, planColumn: 3, year: 2025 },
    });
    expect(detectLayout(new Grid(sheet), { year: 2024 })).toMatchObject({ ok: true, mapping: { valueColumn: 2 } });
  });

  it("returns a header found under an origin other than A1", () => {
    const sheet = {
      ...buildSheet({
        name: "Offset",
        rows: [
          ["Huyện", "Số bác sĩ"],
          ["Sìn Hồ", 85],
        ],
      }),
      origin: { row: 4, col: 2 },
    };
    expect(detectLayout(new Grid(sheet))).toMatchObject({
      ok: true,
      mapping: {
        headerRows: [4],
        firstDataRow: 5,
        labelColumn: 2,
        fields: [{ index: 3, field: { code: "DOCTORS_COUNT" } }],
      },
    });
  });

  it("returns no-rows for a header with nothing under it", () => {
    const sheet = buildSheet({ name: "Header only", rows: [["Huyện", "Dân số", "Số giường bệnh"]] });
    expect(detectLayout(new Grid(sheet))).toEqual({ ok: false, issue: { reason: "no-rows", row: 0 } });
  });
});

describe("validateSnapshot on hidden rows", () => {
  it("returns findings on a hidden row's cells, saying the row is hidden", () => {
    const sheet = buildSheet({
      name: "Hidden",
      rows: [
        ["Huyện", "Giường bệnh/vạn dân"],
        ["Sìn Hồ", 30],
        ["Mường Tè", 25],
      ],
      hiddenRows: [3],
    });
    const findings = validate(sheet).findings;
    expect(findings.map((finding) => [finding.cell, finding.details?.["hidden"]])).toEqual([
      ["B2", undefined],
      ["B3", "row"],
    ]);
  });
});

describe("isTotalLabel", () => {
  it.each(["Toàn tỉnh", "Toàn huyện", "TỔNG CỘNG", "Tổng số", "Cộng", "Tong cong"])("returns true for %s", (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });
  it.each(["Tân Uyên", "Tam Đường", "Cộng hoà", ""])("returns false for %s", (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });
});
