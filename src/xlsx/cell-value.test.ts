import type ExcelJS from "exceljs";
import { excelSerial, excelSerialToIso, xlsxCellValue } from "./cell-value";

describe("xlsxCellValue", () => {
  it("returns plain values, formula results, rich text, hyperlink text and errors as Office.js gives them", () => {
    expect(xlsxCellValue(27.6)).toBe(27.6);
    expect(xlsxCellValue("27,6")).toBe("27,6");
    expect(xlsxCellValue({ formula: "SUM(C5:C12)", result: 45210 })).toBe(45210);
    expect(xlsxCellValue({ sharedFormula: "C5", result: { error: "#DIV/0!" } } as ExcelJS.CellValue)).toEqual({
      error: "#DIV/0!",
    });
    expect(xlsxCellValue({ richText: [{ text: "Mường " }, { text: "Tè" }] })).toBe("Mường Tè");
    expect(xlsxCellValue({ text: "Sở Y tế", hyperlink: "https://example.org" })).toBe("Sở Y tế");
    expect(xlsxCellValue(new Date(Date.UTC(2025, 11, 31)))).toBe(46022);
  });

  it("returns null for a formula without a cached result, a blank and an unknown shape", () => {
    expect(xlsxCellValue({ formula: "A1" } as ExcelJS.CellValue)).toBeNull();
    expect(xlsxCellValue(undefined)).toBeNull();
    expect(xlsxCellValue(null)).toBeNull();
    expect(xlsxCellValue({} as ExcelJS.CellValue)).toBeNull();
  });
});

describe("excelSerial", () => {
  it("returns Excel's day numbers in the 1900 and 1904 systems, and back as a date", () => {
    expect(excelSerial(new Date(Date.UTC(2025, 0, 1)))).toBe(45658);
    expect(excelSerial(new Date(Date.UTC(2025, 11, 31)), true)).toBe(46022 - 1462);
    expect(excelSerialToIso(46022)).toBe("2025-12-31");
    expect(excelSerialToIso(-3)).toBe("-3");
  });
});
