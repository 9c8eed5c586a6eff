import { OfficeWorkbookHost } from "../../src/excel/host";
import { NOTE_PREFIX, markerFormula } from "../../src/excel/highlights";
import { REPORT_PROPERTY } from "../../src/excel/report";
import type { Highlight } from "../../src/core/report/types";
import { EMPTY_SETTINGS, SETTINGS_KEY } from "../../src/core/settings/schema";
import { FAKE_LIMITS, FakeExcel, fakeSheet, visibleState, type FakeSheetModel } from "./fake-excel";

/** A district sheet as statisticians keep it: title, two header rows, text numbers, an error, a total row. */
function districtSheet(): FakeSheetModel {
  const sheet = fakeSheet("Báo cáo 2025", [
    [null, null, null, null],
    [null, "BÁO CÁO Y TẾ 2025", null, null],
    [null, "Huyện", "Nhân lực y tế", null],
    [null, null, "Bác sĩ", "Số giường bệnh"],
    [null, "Mường Tè", { value: 27.6, numberFormat: "0.0", fill: "#00FF00" }, "45.210"],
    [null, "Sìn Hồ", { value: "#DIV/0!", error: true }, { value: 0.0041, numberFormat: "0.00%" }],
    [null, "Toàn tỉnh", 50, { value: "=SUM(D5:D6)", bold: true }],
  ]);
  sheet.merges = ["C3:D3", "B3:B4"];
  sheet.hiddenRows.add(5);
  sheet.hiddenColumns.add(3);
  return sheet;
}

const highlight = (address: string, kind: Highlight["kind"], note = `note ${address}`): Highlight => ({
  sheet: "Báo cáo 2025",
  address,
  kind,
  note,
});

function setup(sheets: FakeSheetModel[] = [districtSheet()], options: Parameters<FakeExcel["environment"]>[0] = {}) {
  const excel = new FakeExcel(sheets);
  const env = excel.environment(options);
  return { excel, env, host: new OfficeWorkbookHost(env) };
}

describe("OfficeWorkbookHost.readActiveSheet", () => {
  it("returns values, errors, formats, merges and hidden lines of a normal sheet in one sync", async () => {
    const { excel, host } = setup();
    const snapshot = await host.readActiveSheet();
    expect(excel.syncs).toBe(1);
    expect(snapshot.sheetName).toBe("Báo cáo 2025");
    expect(snapshot.origin).toEqual({ row: 1, col: 1 });
    expect(snapshot.values[0]).toEqual(["BÁO CÁO Y TẾ 2025", null, null]);
    expect(snapshot.values[3]).toEqual(["Mường Tè", 27.6, "45.210"]);
    expect(snapshot.values[4]).toEqual(["Sìn Hồ", { error: "#DIV/0!" }, 0.0041]);
    expect(snapshot.numberFormats[4]).toEqual(["General", "General", "0.00%"]);
    expect(snapshot.merges).toEqual(
      expect.arrayContaining([
        { row: 2, col: 2, rowCount: 1, colCount: 2 },
        { row: 2, col: 1, rowCount: 2, colCount: 1 },
      ]),
    );
    expect(snapshot.hiddenRows).toEqual([5]);
    expect(snapshot.hiddenColumns).toEqual([3]);
  });

  it("returns no merged areas, and still reads, where the host has no merged-areas API", async () => {
    const { host } = setup([districtSheet()], { sets: { ExcelApi: "1.12" } });
    const snapshot = await host.readActiveSheet();
    expect(snapshot.merges).toEqual([]);
    expect(snapshot.values[3]).toEqual(["Mường Tè", 27.6, "45.210"]);
  });

  it("returns an empty snapshot for a blank sheet", async () => {
    const { host } = setup([fakeSheet("Trống")]);
    const snapshot = await host.readActiveSheet();
    expect(snapshot.values).toEqual([]);
    expect(snapshot.merges).toEqual([]);
  });

  it("returns every row of a 30,000-row sheet, in chunks that each stay under Excel's limits", async () => {
    const rows = 30_000;
    const sheet = fakeSheet("Lớn");
    sheet.generated = { rows, columns: 20, cell: (r, c) => ({ value: c === 0 ? `Xã ${r}` : r + c }) };
    sheet.hiddenRows.add(25_000);
    const { excel, host } = setup([sheet]);
    const snapshot = await host.readActiveSheet();
    expect(snapshot.values).toHaveLength(rows);
    expect(snapshot.values[rows - 1]?.[19]).toBe(rows - 1 + 19);
    expect(snapshot.hiddenRows).toEqual([25_000]);
    expect(excel.syncs).toBeGreaterThan(3);
    for (const request of excel.requests) {
      expect(request.bytes).toBeLessThan(FAKE_LIMITS.payloadBytes);
      expect(request.cells).toBeLessThan(FAKE_LIMITS.readCells);
    }
  });

  it("returns data kept in the sheet's last rows, reading its size first", async () => {
    const sheet = fakeSheet("Cuối");
    sheet.cells.set("1048570,16380", { value: "Toàn tỉnh" });
    sheet.cells.set("1048575,16383", { value: 42 });
    const { excel, host } = setup([sheet]);
    const snapshot = await host.readActiveSheet();
    expect(snapshot.origin).toEqual({ row: 1048570, col: 16380 });
    expect(snapshot.values[0]?.[0]).toBe("Toàn tỉnh");
    expect(snapshot.values[5]?.[3]).toBe(42);
    expect(excel.syncs).toBe(3);
  });

  it("returns a sheet wider than the first window, reading it in full-width chunks", async () => {
    const sheet = fakeSheet("Rộng");
    sheet.generated = { rows: 30, columns: 120, cell: (r, c) => ({ value: r * 1000 + c }) };
    sheet.hiddenColumns.add(100);
    const { excel, host } = setup([sheet]);
    const snapshot = await host.readActiveSheet();
    expect(snapshot.values).toHaveLength(30);
    expect(snapshot.values[29]).toHaveLength(120);
    expect(snapshot.values[29]?.[119]).toBe(29_119);
    expect(snapshot.hiddenColumns).toEqual([100]);
    expect(excel.syncs).toBe(2);
  });
});

describe("the Excel stand-in", () => {
  it("refuses a read of more than 5,000,000 cells, as Excel does", async () => {
    const sheet = fakeSheet("Lớn");
    sheet.generated = { rows: 300_000, columns: 20, cell: () => ({ value: 1 }) };
    const excel = new FakeExcel([sheet]);
    const context = excel.context();
    context.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load("values");
    await expect(context.sync()).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
  });

  it("refuses a request above 5 MB", async () => {
    const sheet = fakeSheet("Lớn");
    sheet.generated = { rows: 20_000, columns: 10, cell: () => ({ value: "Huyện Mường Tè, tỉnh Lai Châu, năm 2025" }) };
    const excel = new FakeExcel([sheet]);
    const context = excel.context();
    context.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load("values");
    await expect(context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it("refuses a RangeAreas address above 8,000 characters", async () => {
    const excel = new FakeExcel([fakeSheet("A")]);
    const context = excel.context();
    const long = Array.from({ length: 2000 }, (_, i) => `A${i * 2 + 1}`).join(",");
    context.workbook.worksheets.getActiveWorksheet().getRanges(long);
    await expect(context.sync()).rejects.toThrow(/8,?000|characters/);
  });
});

describe("OfficeWorkbookHost.applyHighlights", () => {
  it("adds one marked conditional format per kind in two syncs, writing no value and no format", async () => {
    const { excel, host } = setup();
    const sheet = excel.sheet("Báo cáo 2025");
    const cells = JSON.stringify([...sheet.cells.entries()]);
    await host.applyHighlights("Báo cáo 2025", [
      highlight("C5", "shortfall"),
      highlight("C6", "error"),
      highlight("D6", "warning"),
      highlight("D5", "shortfall"),
    ]);
    expect(excel.syncs).toBe(2);
    expect(JSON.stringify([...sheet.cells.entries()])).toBe(cells);
    expect(sheet.conditionalFormats.map((cf) => [cf.formula, cf.address])).toEqual([
      [markerFormula("error"), "C6"],
      [markerFormula("shortfall"), "C5,D5"],
      [markerFormula("warning"), "D6"],
    ]);
  });

  it("does not stack highlights when a sheet is validated twice", async () => {
    const { excel, host } = setup();
    const highlights = [highlight("C5", "shortfall"), highlight("C6", "error")];
    await host.applyHighlights("Báo cáo 2025", highlights);
    const once = visibleState(excel.sheet("Báo cáo 2025"));
    await host.applyHighlights("Báo cáo 2025", highlights);
    expect(visibleState(excel.sheet("Báo cáo 2025"))).toEqual(once);
  });

  it("splits thousands of highlighted cells into RangeAreas whose addresses stay well under 8,000 characters", async () => {
    const { excel, host } = setup();
    const many = Array.from({ length: 5000 }, (_, i) => highlight(`E${i * 2 + 1}`, "shortfall", ""));
    await host.applyHighlights("Báo cáo 2025", many);
    const formats = excel.sheet("Báo cáo 2025").conditionalFormats;
    expect(formats.length).toBeGreaterThanOrEqual(5);
    for (const format of formats) expect(format.address.length).toBeLessThanOrEqual(6000);
    expect(formats.flatMap((f) => f.address.split(","))).toHaveLength(5000);
    expect(excel.syncs).toBe(2);
  });

  it("adds a note only on cells with no note or comment of the user's, and marks it as PlanCheck's", async () => {
    const sheet = districtSheet();
    sheet.notes.set("C5", "Số liệu của phòng KHTC");
    sheet.comments.set("D5", "Kiểm tra lại");
    const { host } = setup([sheet]);
    await host.applyHighlights("Báo cáo 2025", [
      highlight("C5", "shortfall"),
      highlight("D5", "shortfall"),
      highlight("C6", "error", "Lỗi #DIV/0!"),
    ]);
    expect(sheet.notes.get("C5")).toBe("Số liệu của phòng KHTC");
    expect(sheet.notes.has("D5")).toBe(false);
    expect(sheet.notes.get("C6")).toBe(`${NOTE_PREFIX}Lỗi #DIV/0!`);
  });

  it("writes no note where the host has no notes API", async () => {
    const { excel, host } = setup([districtSheet()], { sets: { ExcelApi: "1.9" } });
    await host.applyHighlights("Báo cáo 2025", [highlight("C5", "shortfall")]);
    expect(excel.sheet("Báo cáo 2025").notes.size).toBe(0);
    expect(excel.sheet("Báo cáo 2025").conditionalFormats).toHaveLength(1);
  });

  it("fails when the sheet no longer exists", async () => {
    const { host } = setup();
    await expect(host.applyHighlights("Đã xoá", [highlight("A1", "error")])).rejects.toThrow(/ItemNotFound/);
  });
});

describe("OfficeWorkbookHost.clearHighlights", () => {
  it("leaves every value and format of the sheet as it was after validate then clear", async () => {
    const sheet = districtSheet();
    sheet.conditionalFormats.push({ id: "user", type: "Custom", formula: "=C5>40", fill: "#FF0000", address: "C5:C7" });
    sheet.conditionalFormats.push({ id: "bar", type: "DataBar", formula: null, fill: null, address: "D5:D7" });
    sheet.notes.set("B5", "ghi chú của người dùng");
    const before = structuredClone(visibleState(sheet));
    const { excel, host } = setup([sheet]);
    await host.readActiveSheet();
    await host.applyHighlights("Báo cáo 2025", [
      highlight("C5", "shortfall"),
      highlight("B5", "warning"),
      highlight("C6", "error"),
      highlight("D6", "warning"),
    ]);
    expect(visibleState(sheet)).not.toEqual(before);
    const syncs = excel.syncs;
    await host.clearHighlights("Báo cáo 2025");
    expect(excel.syncs - syncs).toBe(2);
    expect(visibleState(sheet)).toEqual(before);
  });

  it("does nothing when there is nothing to clear or the sheet is gone", async () => {
    const { excel, host } = setup();
    const before = structuredClone(visibleState(excel.sheet("Báo cáo 2025")));
    await host.clearHighlights("Báo cáo 2025");
    await expect(host.clearHighlights("Đã xoá")).resolves.toBeUndefined();
    expect(visibleState(excel.sheet("Báo cáo 2025"))).toEqual(before);
  });
});

describe("OfficeWorkbookHost.selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const { excel, host } = setup([fakeSheet("Khác"), districtSheet()]);
    await host.selectCell("Báo cáo 2025", "C6");
    expect(excel.syncs).toBe(1);
    expect(excel.activeSheet).toBe("Báo cáo 2025");
    expect(excel.sheet("Báo cáo 2025").selection).toBe("C6");
  });
});

describe("OfficeWorkbookHost.writeReport", () => {
  const report = {
    sheetName: "PlanCheck 2025",
    title: "Kết quả kiểm tra",
    headers: ["Trạng thái", "Huyện", "Giá trị"],
    rows: [
      ["Thiếu", "Mường Tè", 27.6],
      ["Lỗi", '=HYPERLINK("http://x")', null],
    ],
  };

  it("returns the new sheet's name and writes a title and a table, formula-looking text kept as text", async () => {
    const { excel, host } = setup();
    const name = await host.writeReport(report);
    expect(name).toBe("PlanCheck 2025");
    const sheet = excel.sheet(name);
    expect(sheet.cells.get("0,0")?.value).toBe("Kết quả kiểm tra");
    expect(sheet.cells.get("2,1")?.value).toBe("Huyện");
    expect(sheet.cells.get("4,1")?.value).toBe('=HYPERLINK("http://x")');
    expect(sheet.tables).toEqual(["A3:C5"]);
    expect(sheet.customProperties.get(REPORT_PROPERTY)).toBe("report");
    expect(excel.activeSheet).toBe(name);
  });

  it("replaces PlanCheck's previous report but never a sheet of the user's with that name", async () => {
    const users = fakeSheet("PlanCheck 2025", [["của tôi"]]);
    const { excel, host } = setup([districtSheet(), users]);
    const first = await host.writeReport(report);
    expect(first).toBe("PlanCheck 2025 (2)");
    expect(excel.sheet("PlanCheck 2025").cells.get("0,0")?.value).toBe("của tôi");
    const second = await host.writeReport({ ...report, sheetName: "PlanCheck 2025 (2)" });
    expect(second).toBe("PlanCheck 2025 (2)");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Báo cáo 2025", "PlanCheck 2025", "PlanCheck 2025 (2)"]);
  });

  it("returns a new name rather than replace a sheet it cannot tell is its own (no custom properties)", async () => {
    const { excel, host } = setup([districtSheet()], { sets: { ExcelApi: "1.11" } });
    await host.writeReport(report);
    await expect(host.writeReport(report)).resolves.toBe("PlanCheck 2025 (2)");
    expect(excel.sheets).toHaveLength(3);
  });

  it("returns a name Excel accepts for a name with forbidden characters", async () => {
    const { host } = setup();
    await expect(
      host.writeReport({ ...report, sheetName: "Báo cáo [1/2]: tổng hợp chỉ tiêu y tế tỉnh" }),
    ).resolves.toBe("Báo cáo  1 2   tổng hợp chỉ tiê");
  });
});

describe("OfficeWorkbookHost settings", () => {
  it("returns the settings it saved, as JSON under the PlanCheck key", async () => {
    const { env, host } = setup();
    const settings = { ...EMPTY_SETTINGS, plan: "lang-son", year: 2018 };
    await host.saveSettings(settings);
    expect(typeof env.stored.get(SETTINGS_KEY)).toBe("string");
    expect(env.saves).toBe(1);
    await expect(host.loadSettings()).resolves.toEqual(settings);
  });

  it("returns empty settings for nothing stored or unreadable JSON", async () => {
    const { env, host } = setup();
    await expect(host.loadSettings()).resolves.toEqual(EMPTY_SETTINGS);
    env.stored.set(SETTINGS_KEY, "{not json");
    await expect(host.loadSettings()).resolves.toEqual(EMPTY_SETTINGS);
  });

  it("returns Office's display language", () => {
    expect(setup([districtSheet()], { language: "vi-VN" }).host.displayLanguage()).toBe("vi-VN");
  });
});
