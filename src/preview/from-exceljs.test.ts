import ExcelJS from "exceljs";
import { workbookFromExcelJs } from "./from-exceljs";

/** Writes the workbook to .xlsx bytes and reads it back, as the page does with a file. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(await workbook.xlsx.writeBuffer());
  return reread;
}

describe("workbookFromExcelJs", () => {
  it("returns values as Excel reports them: formula results, error values, dates as serials, rich text as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Báo cáo");
    sheet.getCell("A1").value = "Huyện Phong Thổ";
    sheet.getCell("B1").value = 27.6;
    sheet.getCell("C1").value = { formula: "B1*2", result: 55.2 };
    sheet.getCell("D1").value = { error: "#DIV/0!" };
    sheet.getCell("E1").value = new Date(Date.UTC(2025, 0, 1));
    sheet.getCell("F1").value = { richText: [{ text: "Dân " }, { text: "số", font: { bold: true } }] };
    sheet.getCell("G1").value = true;
    sheet.getCell("H1").value = { text: "nguồn", hyperlink: "https://example.org" };
    const [read] = workbookFromExcelJs(await roundTrip(workbook), "bao-cao.xlsx").sheets;
    expect(read?.cells[0]?.map((cell) => cell?.value)).toEqual([
      "Huyện Phong Thổ",
      27.6,
      55.2,
      { error: "#DIV/0!" },
      45658,
      "Dân số",
      true,
      "nguồn",
    ]);
  });

  it("returns merged areas with only their first cell holding the value", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Nhân lực");
    sheet.getCell("B2").value = "Nhân lực y tế";
    sheet.mergeCells("B2:D3");
    const [read] = workbookFromExcelJs(await roundTrip(workbook), "x.xlsx").sheets;
    expect(read?.merges).toEqual([{ row: 1, col: 1, rowCount: 2, colCount: 3 }]);
    expect(read?.cells[1]?.[1]?.value).toBe("Nhân lực y tế");
    expect(read?.cells[1]?.[2]).toBeUndefined();
    expect(read?.cells[2]?.[3]).toBeUndefined();
  });

  it("returns number formats, hidden rows and columns, bold and fills, and leaves hidden sheets out", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Dữ liệu");
    sheet.getCell("A1").value = 0.954;
    sheet.getCell("A1").numFmt = "0.0%";
    sheet.getCell("B1").value = "Tổng";
    sheet.getCell("B1").font = { bold: true };
    sheet.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    sheet.getCell("C2").value = 1;
    sheet.getRow(2).hidden = true;
    sheet.getColumn(3).hidden = true;
    workbook.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = 1;
    const read = workbookFromExcelJs(await roundTrip(workbook), "x.xlsx");
    expect(read.sheets.map((s) => s.name)).toEqual(["Dữ liệu"]);
    const [data] = read.sheets;
    expect(data?.cells[0]?.[0]).toEqual({ value: 0.954, format: "0.0%" });
    expect(data?.cells[0]?.[1]).toEqual({ value: "Tổng", format: "General", look: { bold: true, fill: "#FFFF00" } });
    expect([...(data?.hiddenRows ?? [])]).toEqual([1]);
    expect([...(data?.hiddenColumns ?? [])]).toEqual([2]);
    expect([data?.rowCount, data?.colCount]).toEqual([2, 3]);
  });

  it("returns an empty sheet for a worksheet with nothing in it", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Trống");
    const [read] = workbookFromExcelJs(workbook, "x.xlsx").sheets;
    expect(read).toMatchObject({ name: "Trống", rowCount: 0, colCount: 0, merges: [] });
  });
});
