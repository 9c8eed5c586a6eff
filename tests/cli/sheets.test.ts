import ExcelJS from "exceljs";
import { isReportSheet, selectSheets } from "../../src/cli/sheets";

function workbookWith(sheets: Record<string, { state?: ExcelJS.WorksheetState; value?: string }>): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const [name, { state = "visible", value }] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name, { state });
    if (value !== undefined) sheet.getCell("A1").value = value;
  }
  return workbook;
}

const names = (result: ReturnType<typeof selectSheets>) =>
  result.success ? result.data.map((snapshot) => snapshot.sheetName) : result.issues;

describe("selectSheets", () => {
  it("returns every visible sheet with data, skipping hidden, empty and PlanCheck report sheets", () => {
    const workbook = workbookWith({
      "Báo cáo": { value: "Huyện" },
      Trống: {},
      "Danh mục": { state: "hidden", value: "x" },
      "Ẩn hẳn": { state: "veryHidden", value: "x" },
      "Báo cáo PlanCheck 2025": { value: "PlanCheck" },
      "PlanCheck 2030": { value: "PlanCheck" },
      "Phụ lục": { value: "Xã" },
    });
    expect(names(selectSheets(workbook))).toEqual(["Báo cáo", "Phụ lục"]);
  });

  it("returns the sheet --sheet names, hidden or not, whatever its case or Unicode form", () => {
    const workbook = workbookWith({ "Báo cáo": { value: "a" }, "Danh mục": { state: "hidden", value: "b" } });
    expect(names(selectSheets(workbook, "danh mục".normalize("NFD")))).toEqual(["Danh mục"]);
  });

  it("returns 'no-sheet' listing the sheets when --sheet names none of them", () => {
    const workbook = workbookWith({ "Báo cáo": { value: "a" }, Sheet2: {} });
    expect(names(selectSheets(workbook, "Tổng hợp"))).toEqual([
      { kind: "no-sheet", sheet: "Tổng hợp", sheets: ["Báo cáo", "Sheet2"] },
    ]);
  });

  it("returns 'no-data' for a workbook whose visible sheets are empty, or an empty named sheet", () => {
    const workbook = workbookWith({ Sheet1: {}, "Danh mục": { state: "hidden", value: "b" } });
    expect(names(selectSheets(workbook))).toEqual([{ kind: "no-data" }]);
    expect(names(selectSheets(workbook, "Sheet1"))).toEqual([{ kind: "no-data" }]);
  });
});

describe("isReportSheet", () => {
  it("returns true for PlanCheck's report names in either language and any year, false for the user's", () => {
    expect(["Báo cáo PlanCheck", "báo cáo planCheck 2025", "PlanCheck 2030"].map(isReportSheet)).toEqual([
      true,
      true,
      true,
    ]);
    expect(["Báo cáo", "PlanCheck notes", "Báo cáo PlanCheck 25", ""].map(isReportSheet)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
