import ExcelJS from "exceljs";
import { addReportSheet, applyHighlights, HIGHLIGHT_FILLS } from "../../src/cli/highlight-copy";

const fill = (cell: ExcelJS.Cell) => (cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined);

async function reread(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await workbook.xlsx.writeBuffer());
  return read;
}

describe("applyHighlights", () => {
  it("returns the count of cells filled, leaving the cells that shared their style untouched", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Báo cáo");
    sheet.getRow(1).values = [1, 2, 3];
    sheet.getRow(1).eachCell((cell) => (cell.font = { bold: true }));
    const read = await reread(workbook);
    const applied = applyHighlights(read, [
      { sheet: "Báo cáo", address: "B1", kind: "error", note: "lỗi" },
      { sheet: "Không có", address: "A1", kind: "warning", note: "x" },
    ]);
    expect(applied).toBe(1);
    const cells = ["A1", "B1", "C1"].map((address) => read.getWorksheet("Báo cáo")!.getCell(address));
    expect(cells.map(fill)).toEqual([undefined, HIGHLIGHT_FILLS.error, undefined]);
    expect(cells.map((cell) => cell.font?.bold)).toEqual([true, true, true]);
  });

  it("returns notes added below the user's own, plain or formatted", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").note = "Ghi chú cũ";
    sheet.getCell("B1").note = { texts: [{ text: "Đậm", font: { bold: true } }] };
    applyHighlights(workbook, [
      { sheet: "S", address: "A1", kind: "warning", note: "cảnh báo" },
      { sheet: "S", address: "B1", kind: "shortfall", note: "chưa đạt" },
      { sheet: "S", address: "C1", kind: "shortfall", note: "chưa đạt" },
    ]);
    expect(sheet.getCell("A1").note).toBe("Ghi chú cũ\n\nPlanCheck:\ncảnh báo");
    expect(sheet.getCell("B1").note).toEqual({
      texts: [{ text: "Đậm", font: { bold: true } }, { text: "\n\nPlanCheck:\nchưa đạt" }],
    });
    expect(sheet.getCell("C1").note).toBe("PlanCheck:\nchưa đạt");
  });
});

describe("addReportSheet", () => {
  const report = {
    sheetName: "PlanCheck 2025",
    title: "PlanCheck — checked against the lai-chau plan 2025",
    headers: ["Status", "District", "Value"],
    rows: [
      ["Shortfall", "Tam Đường", 30.45],
      ["Met", "Than Uyên", 34],
    ],
  };

  it("returns the sheet's name, with the title and the rows as a table", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Báo cáo");
    expect(addReportSheet(workbook, report)).toBe("PlanCheck 2025");
    const read = await reread(workbook);
    const sheet = read.getWorksheet("PlanCheck 2025")!;
    expect(sheet.getCell("A1").value).toBe(report.title);
    expect([3, 4, 5].map((row) => sheet.getRow(row).values)).toEqual([
      [undefined, "Status", "District", "Value"],
      [undefined, "Shortfall", "Tam Đường", 30.45],
      [undefined, "Met", "Than Uyên", 34],
    ]);
    expect([sheet.getCell("C4").numFmt, sheet.getCell("C5").numFmt]).toEqual(["#,##0.0##", "#,##0"]);
  });

  it("returns the same name when the report is written again, replacing the old sheet", () => {
    const workbook = new ExcelJS.Workbook();
    addReportSheet(workbook, report);
    addReportSheet(workbook, { ...report, rows: [] });
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["PlanCheck 2025"]);
    expect(workbook.getWorksheet("PlanCheck 2025")!.getRow(3).values).toEqual([
      undefined,
      "Status",
      "District",
      "Value",
    ]);
  });
});
