import ExcelJS from "exceljs";
import { snapshotWorksheet } from "../../src/cli/worksheet-snapshot";
import { excelSerial } from "../../src/xlsx/cell-value";

/** Writes the workbook to .xlsx bytes and reads it back, as the command does with a file. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes);
  return read;
}

async function snapshotOf(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Báo cáo"), workbook);
  const read = await roundTrip(workbook);
  return snapshotWorksheet(read.worksheets[0]!, read.properties?.date1904 === true);
}

describe("snapshotWorksheet", () => {
  it("returns each kind of cell content as the plain value the engine reads", async () => {
    const snapshot = await snapshotOf((sheet) => {
      sheet.getRow(1).values = [
        42.5,
        "27,6",
        { richText: [{ text: "Dân " }, { text: "số", font: { bold: true } }] },
        { text: "Sở Y tế", hyperlink: "https://soyte.laichau.gov.vn" },
        { formula: "A1*2", result: 85 },
        { formula: '"a"&"b"', result: "ab" },
        { formula: "1/0", result: { error: "#DIV/0!" } },
        { error: "#N/A" },
        true,
        { formula: "A1+1" },
      ];
    });
    expect(snapshot?.values).toEqual([
      [42.5, "27,6", "Dân số", "Sở Y tế", 85, "ab", { error: "#DIV/0!" }, { error: "#N/A" }, true, null],
    ]);
  });

  it("returns shared formulas' cached results", async () => {
    const snapshot = await snapshotOf((sheet) => {
      sheet.getCell("A1").value = 1;
      sheet.getCell("A2").value = 2;
      sheet.getCell("B1").value = {
        formula: "A1*10",
        result: 10,
        shareType: "shared",
        ref: "B1:B2",
      } as ExcelJS.CellValue;
      sheet.getCell("B2").value = { sharedFormula: "B1", result: 20 } as ExcelJS.CellValue;
    });
    expect(snapshot?.values).toEqual([
      [1, 10],
      [2, 20],
    ]);
  });

  it("returns dates as Excel serial numbers and keeps their format", async () => {
    const snapshot = await snapshotOf((sheet) => {
      sheet.getCell("A1").value = new Date(Date.UTC(2025, 11, 31));
      sheet.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    expect(snapshot?.values).toEqual([[46022]]);
    expect(snapshot?.numberFormats).toEqual([["dd/mm/yyyy"]]);
  });

  it("returns serials of the 1904 date system when the workbook uses it", () => {
    expect(excelSerial(new Date(Date.UTC(2025, 11, 31)), true)).toBe(46022 - 1462);
  });

  it("returns number formats, General where a cell has none, each row's its own", async () => {
    const snapshot = await snapshotOf((sheet) => {
      for (let row = 1; row <= 4; row += 1) sheet.getRow(row).values = [0.954, 45210, "x"];
      sheet.getCell("A2").numFmt = "0.0%";
      sheet.getCell("B2").numFmt = "#,##0";
      sheet.getCell("C4").numFmt = "@";
    });
    expect(snapshot?.numberFormats).toEqual([
      ["General", "General", "General"],
      ["0.0%", "#,##0", "General"],
      ["General", "General", "General"],
      ["General", "General", "@"],
    ]);
  });

  it("returns merged areas in 0-based coordinates, the covered cells empty as in Excel", async () => {
    const snapshot = await snapshotOf((sheet) => {
      sheet.getCell("A1").value = "Huyện";
      sheet.getCell("B1").value = "Nhân lực y tế";
      sheet.mergeCells("A1:A2");
      sheet.mergeCells("B1:D1");
      sheet.getRow(2).getCell(2).value = "Bác sĩ";
      sheet.getRow(2).getCell(3).value = "Dược sĩ đại học";
      sheet.getRow(2).getCell(4).value = "Điều dưỡng";
    });
    expect(snapshot?.values).toEqual([
      ["Huyện", "Nhân lực y tế", null, null],
      [null, "Bác sĩ", "Dược sĩ đại học", "Điều dưỡng"],
    ]);
    expect(snapshot?.merges).toEqual(
      expect.arrayContaining([
        { row: 0, col: 0, rowCount: 2, colCount: 1 },
        { row: 0, col: 1, rowCount: 1, colCount: 3 },
      ]),
    );
    expect(snapshot?.merges).toHaveLength(2);
  });

  it("returns hidden rows and columns in sheet coordinates", async () => {
    const snapshot = await snapshotOf((sheet) => {
      for (let row = 1; row <= 4; row += 1) sheet.getRow(row).values = [row, row * 2, row * 3];
      sheet.getRow(3).hidden = true;
      sheet.getColumn(2).hidden = true;
    });
    expect(snapshot?.hiddenRows).toEqual([2]);
    expect(snapshot?.hiddenColumns).toEqual([1]);
  });

  it("returns the used area from its first cell, with the origin where it starts", async () => {
    const snapshot = await snapshotOf((sheet) => {
      sheet.getCell("C3").value = "Huyện";
      sheet.getCell("E5").value = 7;
    });
    expect(snapshot).toMatchObject({ sheetName: "Báo cáo", origin: { row: 2, col: 2 } });
    expect(snapshot?.values).toEqual([
      ["Huyện", null, null],
      [null, null, null],
      [null, null, 7],
    ]);
    expect(snapshot?.numberFormats).toHaveLength(3);
  });

  it("returns undefined for a sheet with nothing in it, even with formatting", async () => {
    expect(await snapshotOf(() => undefined)).toBeUndefined();
    expect(
      await snapshotOf((sheet) => {
        sheet.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
        sheet.getColumn(3).width = 30;
      }),
    ).toBeUndefined();
  });

  it("returns empty text for a hyperlink without text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("x");
    sheet.getCell("A1").value = { text: "", hyperlink: "https://example.org" };
    sheet.getCell("B1").value = 3;
    const snapshot = snapshotWorksheet(sheet);
    expect(snapshot?.values).toEqual([["", 3]]);
  });
});
