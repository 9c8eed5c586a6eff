import {
  CATALOGUE,
  dataElement,
  findIndicator,
  indicatorByCode,
  suggestIndicator,
} from "../../src/core/indicators/catalogue";
import { CatalogueSchema } from "../../src/core/indicators/schema";

const REQUIRED: Record<string, string> = {
  BEDS: "per10k",
  DOCTORS: "per10k",
  PHARMACISTS: "per10k",
  NURSES: "per10k",
  INSURANCE: "percent",
  OOP: "percent",
  EPI: "percent",
  STUNTING: "percent",
  OBESITY: "percent",
  HEALTH_RECORDS: "percent",
  NCD_CARE: "percent",
  SATISFACTION: "percent",
  HIV: "percent",
  PREVENTIVE_BUDGET: "percent",
  COMMUNE_CRITERIA: "percent",
  MED_WASTE: "percent",
  U5MR: "per1000LiveBirths",
  IMR: "per1000LiveBirths",
  LIFE_EXP: "years",
  HEALTHY_YEARS: "years",
  HEIGHT_M: "cm",
  HEIGHT_F: "cm",
};

describe("indicator catalogue", () => {
  it.each(Object.entries(REQUIRED))("returns %s with unit %s", (code, unit) => {
    expect(indicatorByCode(code)?.unit).toBe(unit);
  });

  it("returns the WHO ratio formulas over data elements", () => {
    expect(indicatorByCode("BEDS")?.formula).toEqual({
      numerator: "BEDS_COUNT",
      denominator: "POPULATION",
      factor: 10000,
    });
    expect(indicatorByCode("U5MR")?.formula).toEqual({
      numerator: "DEATHS_U5",
      denominator: "LIVE_BIRTHS",
      factor: 1000,
    });
    expect(indicatorByCode("STUNTING")?.formula?.denominator).toBe("CHILDREN_U5_MEASURED");
    for (const indicator of CATALOGUE.indicators) {
      if (indicator.formula) {
        expect(dataElement(indicator.formula.numerator)).toBeDefined();
        expect(dataElement(indicator.formula.denominator)).toBeDefined();
      }
    }
  });

  it("returns lower-is-better for mortality, stunting, obesity, out-of-pocket and HIV", () => {
    for (const code of ["U5MR", "IMR", "STUNTING", "OBESITY", "OOP", "HIV"]) {
      expect(indicatorByCode(code)?.direction).toBe("lower");
    }
    expect(indicatorByCode("BEDS")?.direction).toBe("higher");
  });

  it("finds BEDS by code and by Vietnamese alias whatever the case, diacritics or normalisation", () => {
    for (const text of [
      "beds",
      "BEDS",
      "giường bệnh/vạn dân",
      "GIUONG BENH/VAN DAN",
      "Giường bệnh/vạn dân".normalize("NFD"),
    ]) {
      expect(findIndicator(text)?.code).toBe("BEDS");
    }
    expect(findIndicator("Tỷ lệ tham gia BHYT")?.code).toBe("INSURANCE");
    for (const text of ["giường bệnh", "GIUONG BENH", "Giường bệnh".normalize("NFD")])
      expect(findIndicator(text)?.code).toBe("BEDS");
    expect(findIndicator("bác sĩ")?.code).toBe("DOCTORS");
    expect(findIndicator("dân số")).toBeUndefined();
    expect(findIndicator("tcmr")?.code).toBe("EPI");
  });

  it("returns an indicator by its exact code only, never for a data element's code", () => {
    expect(indicatorByCode("EPI")?.unit).toBe("percent");
    expect(indicatorByCode("FULLY_IMMUNISED")).toBeUndefined();
    expect(indicatorByCode("beds")).toBeUndefined();
  });

  it("returns undefined for an unknown name and suggests the closest code", () => {
    expect(findIndicator("giường nằm")).toBeUndefined();
    expect(suggestIndicator("BED")).toBe("BEDS");
    expect(suggestIndicator("DOCTOR")).toBe("DOCTORS");
  });

  it("rejects a catalogue whose formula names an unknown element", () => {
    const broken = {
      indicators: [
        { ...CATALOGUE.indicators[0], formula: { numerator: "NOPE", denominator: "POPULATION", factor: 10000 } },
      ],
      elements: CATALOGUE.elements,
    };
    const parsed = CatalogueSchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain("NOPE is not a data element");
  });
});
