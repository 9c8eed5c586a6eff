/** @jest-environment jsdom */
import { PreviewWorkbookHost, previewLanguage } from "./host";
import { cellElement, gridInPage, sheetOf } from "./test-support";

const report = sheetOf("Báo cáo", [
  ["Huyện", "Giường bệnh/vạn dân"],
  ["Huyện Tam Đường", 18.2],
]);

function hostInPage(): { host: PreviewWorkbookHost; viewport: HTMLElement } {
  const { grid, viewport } = gridInPage();
  grid.load({ fileName: "x.xlsx", sheets: [report, sheetOf("Ghi chú", [["ghi chú"]])] });
  return { host: new PreviewWorkbookHost(grid, "vi-VN"), viewport };
}

describe("PreviewWorkbookHost", () => {
  it("returns the active sheet as a snapshot", async () => {
    const { host } = hostInPage();
    const snapshot = await host.readActiveSheet();
    expect(snapshot.sheetName).toBe("Báo cáo");
    expect(snapshot.values[1]).toEqual(["Huyện Tam Đường", 18.2]);
  });

  it("replaces highlights rather than stacking them, and clearing restores the grid exactly", async () => {
    const { host, viewport } = hostInPage();
    const before = viewport.innerHTML;
    const shortfall = { sheet: "Báo cáo", address: "B2", kind: "shortfall" as const, note: "18,2 < 33 giường/vạn dân" };
    await host.applyHighlights("Báo cáo", [shortfall]);
    await host.applyHighlights("Báo cáo", [shortfall]);
    expect(cellElement(viewport, "B2").title).toBe("18,2 < 33 giường/vạn dân");
    expect(viewport.querySelectorAll("[data-highlight]").length).toBe(1);
    await host.clearHighlights("Báo cáo");
    expect(viewport.innerHTML).toBe(before);
    expect((await host.readActiveSheet()).values[1]).toEqual(["Huyện Tam Đường", 18.2]);
  });

  it("selects a cell by address, with or without a sheet prefix or $", async () => {
    const { host, viewport } = hostInPage();
    await host.selectCell("Ghi chú", "A1");
    await host.selectCell("Báo cáo", "'Báo cáo'!$B$2");
    expect(cellElement(viewport, "B2").getAttribute("aria-selected")).toBe("true");
  });

  it("rejects an address that is not a cell and a sheet the workbook lacks", async () => {
    const { host } = hostInPage();
    await expect(host.selectCell("Báo cáo", "Tổng")).rejects.toThrow("not a cell address");
    await expect(host.selectCell("Không có", "A1")).rejects.toThrow("no sheet");
  });

  it("writes the report as a new active sheet and returns its name", async () => {
    const { host } = hostInPage();
    const name = await host.writeReport({
      sheetName: "PlanCheck: báo cáo/2025?",
      title: "Kết quả kiểm tra",
      headers: ["Trạng thái", "Ô"],
      rows: [["Chưa đạt", "B2"]],
    });
    expect(name).toBe("PlanCheck  báo cáo 2025");
    const snapshot = await host.readActiveSheet();
    expect(snapshot.sheetName).toBe(name);
    expect(snapshot.values).toEqual([
      ["Kết quả kiểm tra", null],
      [null, null],
      ["Trạng thái", "Ô"],
      ["Chưa đạt", "B2"],
    ]);
  });

  it("returns saved settings, and empty settings for a new workbook", async () => {
    const { host } = hostInPage();
    expect(await host.loadSettings()).toEqual({ version: 1, mappings: {} });
    await host.saveSettings({ version: 1, plan: "lang-son", year: 2018, mappings: {} });
    expect(await host.loadSettings()).toMatchObject({ plan: "lang-son", year: 2018 });
    host.resetSettings();
    expect((await host.loadSettings()).plan).toBeUndefined();
  });

  it("returns the display language it was given", () => {
    expect(hostInPage().host.displayLanguage()).toBe("vi-VN");
  });
});

describe("previewLanguage", () => {
  it("returns ?lang= when it names a language, else the browser's", () => {
    expect(previewLanguage("?lang=vi", "en-US")).toBe("vi-VN");
    expect(previewLanguage("?lang=EN", "vi-VN")).toBe("en-US");
    expect(previewLanguage("?lang=fr", "vi")).toBe("vi");
    expect(previewLanguage("", "")).toBe("en-US");
    expect(previewLanguage("?lang=%3Cscript%3E", undefined)).toBe("en-US");
  });
});
