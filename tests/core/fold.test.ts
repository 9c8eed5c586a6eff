import { foldKey, foldText } from "../../src/core/text/fold";
import { closest, editDistance } from "../../src/core/text/distance";

describe("foldText", () => {
  it("returns the same text for composed, decomposed and upper-case Vietnamese", () => {
    const composed = "Giường bệnh";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(foldText(decomposed)).toBe("giuong benh");
    expect(foldText("GIUONG BENH")).toBe("giuong benh");
    expect(foldText(composed)).toBe("giuong benh");
  });

  it("returns đ as d and punctuation as single spaces", () => {
    expect(foldText("Điều dưỡng / vạn dân")).toBe("dieu duong van dan");
    expect(foldText("  Dược sĩ   đại học ")).toBe("duoc si dai hoc");
  });

  it("returns an empty string for text with no letters", () => {
    expect(foldText(" - / ")).toBe("");
  });
});

describe("foldKey", () => {
  it("returns an identifier-like key", () => {
    expect(foldKey("Giường bệnh/vạn dân")).toBe("GIUONG_BENH_VAN_DAN");
  });
});

describe("closest", () => {
  it("returns the nearest candidate for a typo", () => {
    expect(editDistance("BEDZ", "BEDS")).toBe(1);
    expect(closest("BEDZ", ["BEDS", "DOCTORS", "HIV"])).toBe("BEDS");
  });

  it("returns undefined when nothing is near", () => {
    expect(closest("POPULATIONXYZ", ["HIV", "IMR"])).toBeUndefined();
  });
});
