import { hasRatioWords, matchField } from "../../src/core/layout/fieldMatch";

describe("matchField", () => {
  it.each([
    ["Số giường bệnh", "", "element", "BEDS_COUNT"],
    ["Giường bệnh/vạn dân", "", "indicator", "BEDS"],
    ["GIUONG BENH/VAN DAN", "", "indicator", "BEDS"],
    ["Giường bệnh/vạn dân".normalize("NFD"), "", "indicator", "BEDS"],
    ["Giường bệnh trên 10.000 dân", "", "indicator", "BEDS"],
    ["Bác sĩ", "Nhân lực y tế", "element", "DOCTORS_COUNT"],
    ["Bác sĩ", "Nhân lực y tế (/vạn dân)", "indicator", "DOCTORS"],
    ["Số BS/vạn dân", "", "indicator", "DOCTORS"],
    ["Dược sĩ đại học".normalize("NFD"), "Nhân lực y tế", "element", "PHARMACISTS_COUNT"],
    ["Dân số (người)", "", "element", "POPULATION"],
    ["Tỷ lệ tham gia BHYT (%)", "", "indicator", "INSURANCE"],
    ["Số người tham gia BHYT", "", "element", "INSURED"],
    ["Tử vong trẻ dưới 1 tuổi", "", "element", "DEATHS_U1"],
    ["Tử vong trẻ dưới 1 tuổi (‰)", "", "indicator", "IMR"],
    ["Tỷ suất tử vong trẻ em dưới 5 tuổi (‰)", "", "indicator", "U5MR"],
    ["Tỷ lệ SDD thấp còi (%)", "", "indicator", "STUNTING"],
  ])("returns %s (under %s) as %s %s", (header, group, kind, code) => {
    expect(matchField(header, group)).toEqual({ kind, code });
  });

  it("returns the indicator when a long sheet's unit column says it is a ratio", () => {
    expect(matchField("Giường bệnh", "", "giường/vạn dân")).toEqual({ kind: "indicator", code: "BEDS" });
    expect(matchField("Giường bệnh", "", "giường")).toEqual({ kind: "element", code: "BEDS_COUNT" });
  });

  it("returns undefined for headers that name nothing known", () => {
    expect(matchField("Số hộ nghèo")).toBeUndefined();
    expect(matchField("Diện tích (km2)")).toBeUndefined();
    expect(matchField("")).toBeUndefined();
  });

  it("returns true for ratio words only", () => {
    expect(hasRatioWords("BS/vạn dân")).toBe(true);
    expect(hasRatioWords("trên 10.000 dân")).toBe(true);
    expect(hasRatioWords("Tỷ lệ")).toBe(true);
    expect(hasRatioWords("‰")).toBe(true);
    expect(hasRatioWords("Số bác sĩ")).toBe(false);
  });
});
