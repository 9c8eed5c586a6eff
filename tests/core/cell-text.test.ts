import { cellText } from "../../src/core/layout/grid";

describe("cellText", () => {
  it("returns the text a user reads: composed letters, single spaces, no spaces at the ends", () => {
    expect(cellText("Mường Tè")).toBe("Mường Tè");
    expect(cellText("Mu\u031Bo\u031B\u0300ng Te\u0300")).toBe("Mường Tè");
    expect(cellText("  Huyện\u00a0 Sìn   Hồ\n")).toBe("Huyện Sìn Hồ");
    expect(cellText("Tam\tĐường")).toBe("Tam Đường");
    expect(cellText(" Than Uyen ")).toBe("Than Uyen");
    expect(cellText("Than Uyen")).toBe("Than Uyen");
  });

  it("composes letters typed in parts however the rest of the name is written", () => {
    expect(cellText("Phong Thổ Ð")).toBe("Phong Thổ Ð");
    expect(cellText("Xã Đông Hồ")).toBe("Xã Đông Hồ");
    expect(cellText("Ångstrom")).toBe("Ångstrom");
  });

  it("returns numbers, error values and blanks as text", () => {
    expect([cellText(27.6), cellText({ error: "#DIV/0!" }), cellText(null), cellText("")]).toEqual([
      "27.6",
      "#DIV/0!",
      "",
      "",
    ]);
  });
});
