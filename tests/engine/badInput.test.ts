import { validateSnapshot } from "../../src/core/engine/validate";
import type { SheetMapping } from "../../src/core/engine/mapping";
import { BLANK_CELLS, EMPTY_SHEET, ONLY_TEXT, UNKNOWN_HEADERS } from "../fixtures/sheets/badInputs";
import { buildSheet } from "../fixtures/sheets/builder";
import { COUNTS_ONLY } from "../fixtures/sheets/countsOnly";
import type { Finding } from "../../src/core/findings/finding";
import { wordFinding } from "../../src/core/messages/findings";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";
import { plan, validate } from "./helpers";

describe("validateSnapshot on sheets it cannot read", () => {
  it.each([
    ["an empty sheet", EMPTY_SHEET, "empty"],
    ["a sheet of blank cells", BLANK_CELLS, "empty"],
    ["a sheet of only text", ONLY_TEXT, "no-header"],
  ])("returns one layout error for %s, never a throw", (_name, sheet, reason) => {
    const result = validate(sheet);
    expect(result.findings).toEqual([
      { status: "error", rule: "layout", sheet: sheet.sheetName, district: "", scope: "district", details: { reason } },
    ]);
    expect(result.summary).toEqual({ shortfall: 0, error: 1, warning: 0, met: 0 });
    expect(result.mapping.fields).toEqual([]);
  });

  it("returns a layout error listing the headers when none names a known indicator", () => {
    const result = validate(UNKNOWN_HEADERS);
    expect(result.findings).toEqual([
      {
        status: "error",
        rule: "layout",
        sheet: "Khac",
        district: "",
        scope: "district",
        details: { reason: "no-indicator", headers: "Huyện | Số hộ nghèo | Diện tích (km2)", row: 1 },
      },
    ]);
  });

  it("returns findings from a given mapping rather than detecting one", () => {
    const mapping: SheetMapping = {
      version: 1,
      sheet: "Giuong benh",
      layout: "wide",
      headerRows: [1],
      firstDataRow: 2,
      lastDataRow: 3,
      labelColumn: 0,
      totalRow: null,
      fields: [
        { index: 1, header: "Dân số", field: { kind: "element", code: "POPULATION" } },
        { index: 2, header: "Số giường bệnh", field: null },
      ],
      valueColumn: null,
      planColumn: null,
      year: 2025,
    };
    const result = validateSnapshot(COUNTS_ONLY, { plan: plan("lai-chau"), year: 2025, locale: "vi", mapping });
    expect(result.detected).toBe(false);
    expect(result.mapping).toEqual(mapping);
    expect(result.findings).toEqual([]);
  });

  it("returns a warning and detects the layout again when the given mapping is unreadable", () => {
    const broken = { version: 2 } as unknown as SheetMapping;
    const result = validateSnapshot(COUNTS_ONLY, {
      plan: plan("lai-chau"),
      year: 2025,
      locale: "vi",
      mapping: broken,
    });
    expect(result.detected).toBe(true);
    expect(result.findings[0]).toMatchObject({ status: "warning", rule: "layout", details: { reason: "bad-mapping" } });
    expect(result.summary.shortfall).toBe(4);
  });

  it("returns a layout error, not a throw, for a snapshot that is not shaped like one", () => {
    const broken = { sheetName: "Hỏng", origin: { row: 0, col: 0 }, values: [7], numberFormats: [], merges: null };
    const result = validateSnapshot(broken as unknown as SheetSnapshot, {
      plan: plan("lai-chau"),
      year: 2025,
      locale: "vi",
    });
    expect(result.findings).toEqual([
      expect.objectContaining({
        status: "error",
        rule: "layout",
        sheet: "Hỏng",
        details: expect.objectContaining({ reason: "unreadable" }),
      }),
    ]);
    expect(wordFinding(result.findings[0] as Finding, "en")).toBe(
      "Sheet “Hỏng”: this sheet could not be read (its data is not in the expected shape).",
    );
  });

  it("returns findings, not a throw, for a ragged sheet with errors in its header", () => {
    const ragged = {
      sheetName: "Ragged",
      origin: { row: 3, col: 2 },
      values: [[{ error: "#REF!" }, "Giường bệnh/vạn dân"], ["Sìn Hồ"], ["Mường Tè", true, "x", 5]],
      numberFormats: [],
      merges: [{ row: 0, col: 0, rowCount: 100_000, colCount: 1_000 }],
      hiddenRows: [],
      hiddenColumns: [],
    };
    expect(() => validate(ragged)).not.toThrow();
  });

  it("returns not-a-number for digits beyond any figure, and no ratio for counts too large to divide", () => {
    const digits = `1${"0".repeat(400)}`;
    const sheet = buildSheet({
      name: "Giuong benh",
      rows: [
        ["Huyện", "Dân số", "Số giường bệnh", "Giường bệnh/vạn dân"],
        ["Thành phố Lai Châu", 20000, 100, 50],
        ["Tam Đường", 50000, 150, 30],
        ["Phong Thổ", 1, 1e305, null],
        ["Sìn Hồ", 100000, 280, digits],
        ["Mường Tè", 40000, 140, 35],
        ["Nậm Nhùn", 30000, 110, 36],
      ],
    });
    const result = validate(sheet);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ status: "error", rule: "not-a-number", cell: "D5", raw: digits }),
    );
    const onCells = result.findings.filter((finding) => finding.scope !== "pooled");
    expect(onCells.map((finding) => wordFinding(finding, "en")).join("\n")).not.toMatch(/Infinity|NaN/);
    expect(onCells.some((finding) => finding.cell === "C4" || finding.cell === "D4")).toBe(true);
    expect(onCells.every((finding) => typeof finding.value !== "number" || Number.isFinite(finding.value))).toBe(true);
  });
});
