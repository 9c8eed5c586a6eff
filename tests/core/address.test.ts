import { cellAddress, columnLetters, parseCellAddress, qualifiedAddress } from "../../src/core/sheet/address";

describe("sheet addresses", () => {
  it("returns A1 addresses for 0-based cells and back", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(27)).toBe("AB");
    expect(columnLetters(16383)).toBe("XFD");
    expect(cellAddress(6, 3)).toBe("D7");
    expect(parseCellAddress("$AB$12")).toEqual({ row: 11, col: 27 });
  });

  it("returns undefined for text that is not an address", () => {
    for (const text of ["", "7D", "A0", "ABCD1", "Sheet1!A1"]) expect(parseCellAddress(text)).toBeUndefined();
  });

  it("quotes sheet names that need it", () => {
    expect(qualifiedAddress("Sheet1", "B7")).toBe("Sheet1!B7");
    expect(qualifiedAddress("Báo cáo 2025", "B7")).toBe("'Báo cáo 2025'!B7");
    expect(qualifiedAddress("Tam Đường's", "A1")).toBe("'Tam Đường''s'!A1");
  });
});
