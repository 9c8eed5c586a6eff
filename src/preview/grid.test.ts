/** @jest-environment jsdom */
import { markCells } from "./highlight-set";
import { cellElement, gridInPage, sheetOf } from "./test-support";

const report = sheetOf("Báo cáo", [
  ["Huyện", "Dân số", "Giường bệnh/vạn dân"],
  ["Huyện Tam Đường", 55838, 36],
  ["Huyện Mường Tè", 79595, { error: "#DIV/0!" }],
  ["Toàn tỉnh", 135433, 18.2],
]);
const notes = sheetOf("Ghi chú", [["Số liệu minh hoạ"]]);

describe("SheetGrid", () => {
  it("returns one tab per sheet and draws the first sheet's cells as text", () => {
    const { grid, viewport, tabs } = gridInPage();
    grid.load({ fileName: "x.xlsx", sheets: [report, notes] });
    expect(
      [...tabs.querySelectorAll('[role="tab"]')].map((tab) => [tab.textContent, tab.getAttribute("aria-selected")]),
    ).toEqual([
      ["Báo cáo", "true"],
      ["Ghi chú", "false"],
    ]);
    expect(cellElement(viewport, "A2").textContent).toBe("Huyện Tam Đường");
    expect(cellElement(viewport, "C3").textContent).toBe("#DIV/0!");
  });

  it("returns markup in cells and sheet names as plain text, creating no element from it", () => {
    const { grid, viewport, tabs } = gridInPage();
    const hostile = sheetOf('"><img src=x onerror=alert(1)>', [
      ["<img src=x onerror=alert(1)>", '"><script>alert(1)</script>'],
    ]);
    grid.load({ fileName: "x.xlsx", sheets: [hostile] });
    expect(cellElement(viewport, "A1").textContent).toBe("<img src=x onerror=alert(1)>");
    expect(cellElement(viewport, "B1").textContent).toBe('"><script>alert(1)</script>');
    expect(tabs.textContent).toBe('"><img src=x onerror=alert(1)>');
    expect(document.querySelectorAll("img, script").length).toBe(0);
  });

  it("draws highlights with their note, and clearing them leaves the grid exactly as it was", () => {
    const { grid, viewport } = gridInPage();
    grid.load({ fileName: "x.xlsx", sheets: [report, notes] });
    const before = viewport.innerHTML;
    grid.setMarks("Báo cáo", markCells([{ sheet: "Báo cáo", address: "C4", kind: "shortfall", note: "18,2 < 33" }]));
    grid.setMarks("Báo cáo", markCells([{ sheet: "Báo cáo", address: "C3", kind: "error", note: "#DIV/0!" }]));
    expect(cellElement(viewport, "C3").dataset["highlight"]).toBe("error");
    expect(cellElement(viewport, "C3").title).toBe("#DIV/0!");
    expect(viewport.querySelectorAll("[data-highlight]").length).toBe(1);
    grid.clearMarks("Báo cáo");
    expect(viewport.innerHTML).toBe(before);
  });

  it("keeps a sheet's highlights while another sheet is shown", () => {
    const { grid, viewport } = gridInPage();
    grid.load({ fileName: "x.xlsx", sheets: [report, notes] });
    grid.setMarks("Báo cáo", markCells([{ sheet: "Báo cáo", address: "C4", kind: "shortfall", note: "n" }]));
    grid.activate("Ghi chú");
    expect(viewport.querySelectorAll("[data-highlight]").length).toBe(0);
    grid.activate("Báo cáo");
    expect(cellElement(viewport, "C4").classList.contains("pv-hl-shortfall")).toBe(true);
  });

  it("selects a cell on another sheet: activates its tab, marks it selected, focuses it and shows its address", () => {
    const { grid, viewport, tabs, nameBox, formulaBar } = gridInPage();
    grid.load({ fileName: "x.xlsx", sheets: [notes, report] });
    grid.select("Báo cáo", 3, 2);
    expect(tabs.querySelector('[aria-selected="true"]')?.textContent).toBe("Báo cáo");
    const cell = cellElement(viewport, "C4");
    expect(cell.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(cell);
    expect(viewport.querySelectorAll('[aria-selected="true"]').length).toBe(1);
    expect([nameBox.textContent, formulaBar.textContent]).toEqual(["C4", "18.2"]);
  });

  it("selects the first cell of a merged area for any cell inside it", () => {
    const { grid, viewport, nameBox } = gridInPage();
    const merged = sheetOf(
      "Gộp",
      [
        ["Nhân lực y tế", null, null],
        ["Bác sĩ", "Dược sĩ", "Điều dưỡng"],
      ],
      {
        merges: [{ row: 0, col: 0, rowCount: 1, colCount: 3 }],
      },
    );
    grid.load({ fileName: "x.xlsx", sheets: [merged] });
    expect(cellElement(viewport, "A1").colSpan).toBe(3);
    expect(viewport.querySelector('td[data-address="B1"]')).toBeNull();
    grid.select("Gộp", 0, 2);
    expect(nameBox.textContent).toBe("A1");
  });

  it("moves the selection with the arrow keys, skipping hidden rows", () => {
    const { grid, viewport, nameBox } = gridInPage();
    grid.load({ fileName: "x.xlsx", sheets: [{ ...report, hiddenRows: new Set([1]) }] });
    grid.select("Báo cáo", 0, 0);
    const press = (key: string): void => {
      document.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
    };
    press("ArrowDown");
    expect(nameBox.textContent).toBe("A3");
    press("ArrowRight");
    press("ArrowRight");
    expect(nameBox.textContent).toBe("C3");
    press("ArrowUp");
    expect(nameBox.textContent).toBe("C1");
    expect(cellElement(viewport, "C1").getAttribute("aria-selected")).toBe("true");
  });

  it("switches sheets with the arrow keys on the tabs", () => {
    const { grid, tabs } = gridInPage();
    grid.load({ fileName: "x.xlsx", sheets: [report, notes] });
    tabs
      .querySelector<HTMLElement>('[role="tab"]')
      ?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(grid.activeSheet()?.name).toBe("Ghi chú");
    expect(document.activeElement?.textContent).toBe("Ghi chú");
  });

  it("adds a sheet after the others, or replaces the one with its name, and shows it", () => {
    const { grid, tabs } = gridInPage();
    grid.load({ fileName: "x.xlsx", sheets: [report] });
    grid.putSheet(sheetOf("PlanCheck", [["v1"]]));
    grid.putSheet(sheetOf("PlanCheck", [["v2"]]));
    expect(grid.sheetNames()).toEqual(["Báo cáo", "PlanCheck"]);
    expect(tabs.querySelector('[aria-selected="true"]')?.textContent).toBe("PlanCheck");
    expect(grid.activeSheet()?.cells[0]?.[0]?.value).toBe("v2");
  });

  it("refuses a sheet the workbook does not have", () => {
    const { grid } = gridInPage();
    grid.load({ fileName: "x.xlsx", sheets: [report] });
    expect(() => grid.select("Không có", 0, 0)).toThrow('no sheet named "Không có"');
    expect(() => grid.setMarks("Không có", new Map())).toThrow("Không có");
  });

  it("draws only the rows near the view for a large sheet, and draws a far row when it is selected", () => {
    const { grid, viewport, nameBox } = gridInPage();
    const rows = Array.from({ length: 5000 }, (_, index) => [`Xã ${index + 1}`, index]);
    grid.load({ fileName: "x.xlsx", sheets: [sheetOf("Lớn", rows)] });
    expect(viewport.querySelectorAll("tbody tr:not(.pv-spacer)").length).toBeLessThan(200);
    grid.setMarks("Lớn", markCells([{ sheet: "Lớn", address: "B4000", kind: "shortfall", note: "n" }]));
    expect(viewport.querySelector('td[data-address="B4000"]')).toBeNull();
    grid.select("Lớn", 3999, 1);
    expect(nameBox.textContent).toBe("B4000");
    const cell = cellElement(viewport, "B4000");
    expect([cell.textContent, cell.dataset["highlight"], cell.getAttribute("aria-selected")]).toEqual([
      "3999",
      "shortfall",
      "true",
    ]);
    expect(viewport.querySelector('td[data-address="A1"]')).toBeNull();
  });
});
