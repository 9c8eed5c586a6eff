import type { Result } from "../../src/core/result";
import type { FunctionFailure } from "../../src/functions/failure";
import { createProvinceFigureStore } from "../../src/functions/province-figures";
import { invoke, type CallContext } from "../../src/functions/runner";

const context = (overrides: Partial<CallContext> = {}): CallContext => ({
  language: "en",
  locale: "vi",
  figures: createProvinceFigureStore(),
  ...overrides,
});

const value = <T>(result: Result<T, FunctionFailure>): T => {
  if (!result.success) throw new Error(`expected a value, got ${JSON.stringify(result.issues)}`);
  return result.data;
};

const error = <T>(result: Result<T, FunctionFailure>): FunctionFailure => {
  if (result.success) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  const [failed] = result.issues;
  if (failed === undefined) throw new Error("no issue");
  return failed;
};

describe("invoke", () => {
  describe("acceptance values", () => {
    it("returns 33 for TARGET(BEDS, 2025)", () => {
      expect(value(invoke("TARGET", ["BEDS", 2025, null], context()))).toBe(33);
    });
    it("returns 96 for TARGET(INSURANCE, 2030)", () => {
      expect(value(invoke("TARGET", ["INSURANCE", 2030], context()))).toBe(96);
    });
    it("returns about 0.03 for TARGET_GAP(HIV, 2025, 0.41)", () => {
      expect(value(invoke("TARGET_GAP", ["HIV", 2025, 0.41, null], context()))).toBeCloseTo(0.03, 9);
    });
    it("returns -1.5 for TARGET_GAP(STUNTING, 2025, 30)", () => {
      expect(value(invoke("TARGET_GAP", ["STUNTING", 2025, 30], context()))).toBe(-1.5);
    });
    it("returns about 52.54 for BEDS_PER_10K(620, 118000)", () => {
      expect(value(invoke("BEDS_PER_10K", [620, 118000], context()))).toBeCloseTo(52.54, 2);
    });
    it("returns 27.8 for TARGET(BEDS, 2018, lang-son)", () => {
      expect(value(invoke("TARGET", ["BEDS", 2018, "lang-son"], context()))).toBe(27.8);
    });
  });

  describe("ratios", () => {
    it("returns the pooled ratio (sum over sum), not the mean of the district ratios", () => {
      const beds = [[100], [300]];
      const population = [[10000], [90000]];
      expect(value(invoke("BEDS_PER_10K", [beds, population], context()))).toBeCloseTo(40, 9);
    });
    it("returns each ratio with its own factor", () => {
      expect(value(invoke("DOCTORS_PER_10K", [13, 10000], context()))).toBe(13);
      expect(value(invoke("PHARMACISTS_PER_10K", [[[3]], [[20000]]], context()))).toBe(1.5);
      expect(value(invoke("NURSES_PER_10K", [40, 20000], context()))).toBe(20);
      expect(value(invoke("PER_10K", [5, 50000], context()))).toBe(1);
      expect(
        value(
          invoke(
            "PER_1000",
            [
              [[21], [21]],
              [[1000], [1000]],
            ],
            context(),
          ),
        ),
      ).toBe(21);
      expect(value(invoke("PERCENT", [954, 1000], context()))).toBeCloseTo(95.4, 9);
    });
    it("reads text numbers written the Vietnamese way", () => {
      expect(value(invoke("BEDS_PER_10K", [[["620"]], [["118.000"]]], context()))).toBeCloseTo(52.54, 2);
      expect(value(invoke("PERCENT", ["27,6", "100"], context()))).toBeCloseTo(27.6, 9);
    });
    it("reads ambiguous text by the locale: 10.000 is ten thousand in Vietnamese, ten in English", () => {
      expect(value(invoke("PER_10K", ["1,5", "10.000"], context({ locale: "vi" })))).toBe(1.5);
      expect(value(invoke("PER_10K", ["1.5", "10.000"], context({ locale: "en" })))).toBe(1500);
    });
    it("leaves out a district whose count is blank, with its population", () => {
      const beds = [[100], [null], ["không có số liệu"]];
      const population = [[10000], [50000], [70000]];
      expect(value(invoke("BEDS_PER_10K", [beds, population], context()))).toBe(100);
    });
    it("skips blanks on each side when the ranges differ in shape", () => {
      const beds = [[100], [""], [200]];
      expect(value(invoke("BEDS_PER_10K", [beds, [[60000]]], context()))).toBe(50);
    });
    it("returns #DIV/0! for a zero population", () => {
      expect(error(invoke("BEDS_PER_10K", [620, 0], context())).error).toBe("#DIV/0!");
    });
    it("returns #DIV/0! for a blank population", () => {
      expect(error(invoke("BEDS_PER_10K", [620, null], context())).error).toBe("#DIV/0!");
    });
    it("returns #NUM! for a negative count or population", () => {
      expect(error(invoke("BEDS_PER_10K", [-1, 1000], context())).error).toBe("#NUM!");
      expect(
        error(
          invoke(
            "BEDS_PER_10K",
            [
              [[1], [2]],
              [[1000], ["-5"]],
            ],
            context(),
          ),
        ).error,
      ).toBe("#NUM!");
    });
    it("returns #VALUE! naming the parameter for text that is not a number", () => {
      const failed = error(
        invoke(
          "BEDS_PER_10K",
          [
            [[1], ["abc"]],
            [[1000], [1000]],
          ],
          context(),
        ),
      );
      expect(failed.error).toBe("#VALUE!");
      expect(failed.message.en).toBe('beds: "abc" is not a number.');
      expect(failed.message.vi).toBe('số_giường_bệnh: "abc" không phải là số.');
    });
    it("returns #VALUE! for a logical value or an error value in a range", () => {
      expect(error(invoke("PER_10K", [true, 1000], context())).error).toBe("#VALUE!");
      expect(error(invoke("PER_10K", [[["#DIV/0!"]], 1000], context())).error).toBe("#VALUE!");
      expect(error(invoke("PER_10K", [{ code: "#N/A" }, 1000], context())).error).toBe("#VALUE!");
    });
    it("returns #N/A when the counts hold no figure at all", () => {
      expect(
        error(
          invoke(
            "PER_1000",
            [
              [[null], [null]],
              [[1000], [1000]],
            ],
            context(),
          ),
        ).error,
      ).toBe("#N/A");
    });
  });

  describe("targets", () => {
    it("finds an indicator by its Vietnamese name, whatever the diacritics", () => {
      expect(value(invoke("TARGET", ["GIUONG BENH tren 10.000 dan", 2025], context()))).toBe(33);
    });
    it("finds a plan by its province name", () => {
      expect(value(invoke("TARGET", ["BEDS", 2018, "Lạng Sơn"], context()))).toBe(27.8);
    });
    it("returns #N/A naming an unknown indicator and suggesting the closest code", () => {
      const failed = error(invoke("TARGET", ["BEDZ", 2025], context()));
      expect(failed.error).toBe("#N/A");
      expect(failed.message.en).toBe('Unknown indicator "BEDZ". Did you mean BEDS?');
      expect(failed.message.vi).toBe('Không có chỉ số "BEDZ". Có phải là BEDS?');
    });
    it("returns #N/A naming an unknown plan and suggesting the closest one", () => {
      const failed = error(invoke("TARGET", ["BEDS", 2018, "lang-sonn"], context()));
      expect(failed.error).toBe("#N/A");
      expect(failed.message.en).toBe(
        'Unknown plan "lang-sonn". Did you mean lang-son? Plans: lai-chau, lang-son, yen-bai.',
      );
    });
    it("returns #N/A listing the years the plan has targets for", () => {
      const failed = error(invoke("TARGET", ["BEDS", 2024], context()));
      expect(failed.error).toBe("#N/A");
      expect(failed.message.en).toBe("The Lai Chau plan (lai-chau) has no BEDS target for 2024; it has 2025, 2030.");
      expect(failed.message.vi).toContain("chỉ có năm 2025, 2030");
    });
    it("returns #N/A when the plan sets no target for the indicator at all", () => {
      const failed = error(invoke("TARGET", ["HIV", 2018, "lang-son"], context()));
      expect(failed.error).toBe("#N/A");
      expect(failed.message.en).toContain("sets no target for HIV");
    });
    it("returns #VALUE! for a year that is not a number and #NUM! for one that is not a year", () => {
      expect(error(invoke("TARGET", ["BEDS", "năm sau"], context())).error).toBe("#VALUE!");
      expect(error(invoke("TARGET", ["BEDS", 2025.5], context())).error).toBe("#NUM!");
      expect(error(invoke("TARGET", ["BEDS", 25], context())).error).toBe("#NUM!");
    });
    it("reads a year given as text", () => {
      expect(value(invoke("TARGET", ["BEDS", "2025"], context()))).toBe(33);
    });
    it("returns #VALUE! for a missing indicator", () => {
      expect(error(invoke("TARGET", [null, 2025], context())).error).toBe("#VALUE!");
    });
    it("returns TRUE or FALSE for TARGET_MET", () => {
      expect(value(invoke("TARGET_MET", ["INSURANCE", 2025, 95.5], context()))).toBe(true);
      expect(value(invoke("TARGET_MET", ["INSURANCE", 2025, 95], context()))).toBe(false);
      expect(value(invoke("TARGET_MET", ["STUNTING", 2025, "30,2%"], context()))).toBe(true);
    });
    it("returns #VALUE! for TARGET_MET without an actual or with text that is not a number", () => {
      expect(error(invoke("TARGET_MET", ["INSURANCE", 2025, null], context())).error).toBe("#VALUE!");
      expect(error(invoke("TARGET_MET", ["INSURANCE", 2025, "cao"], context())).error).toBe("#VALUE!");
    });
  });

  describe("TARGET_GAP without an actual", () => {
    it("returns #N/A asking to validate a sheet first when nothing was validated", () => {
      const failed = error(invoke("TARGET_GAP", ["HIV", 2025, null], context()));
      expect(failed.error).toBe("#N/A");
      expect(failed.message.en).toContain("validate a sheet");
    });
    it("returns the gap of the last validation's province figure", () => {
      const figures = createProvinceFigureStore();
      figures.set({ plan: "lai-chau", year: 2025, sheet: "Tỉnh", validatedAt: "2026-11-23", figures: { BEDS: 30 } });
      expect(value(invoke("TARGET_GAP", ["BEDS", 2025, null], context({ figures })))).toBe(3);
    });
    it("returns the gap against the plan the sheet was validated with when no plan is given", () => {
      const figures = createProvinceFigureStore();
      figures.set({ plan: "lang-son", year: 2018, sheet: "LS", validatedAt: "2026-11-23", figures: { BEDS: 25 } });
      expect(value(invoke("TARGET_GAP", ["BEDS", 2018, null, null], context({ figures })))).toBe(2.8);
      expect(value(invoke("TARGET_GAP", ["BEDS", 2018, null, "Lạng Sơn"], context({ figures })))).toBe(2.8);
    });
    it("returns #N/A when asked against another plan than the one the figures were validated with", () => {
      const figures = createProvinceFigureStore();
      figures.set({ plan: "lang-son", year: 2018, sheet: "LS", validatedAt: "2026-11-23", figures: { BEDS: 25 } });
      const failed = error(invoke("TARGET_GAP", ["BEDS", 2025, null, "lai-chau"], context({ figures })));
      expect(failed.error).toBe("#N/A");
      expect(failed.message.en).toBe(
        'The last validated sheet "LS" was checked against the lang-son plan, not lai-chau: give the actual, or validate against that plan.',
      );
    });
    it("returns #N/A naming the sheet when the last validation has no figure for the indicator", () => {
      const figures = createProvinceFigureStore();
      figures.set({ plan: "lai-chau", year: 2025, sheet: "Tỉnh", validatedAt: "2026-11-23", figures: { BEDS: 30 } });
      const failed = error(invoke("TARGET_GAP", ["HIV", 2025], context({ figures })));
      expect(failed.message.en).toBe('The last validated sheet "Tỉnh" has no province figure for HIV.');
    });
  });

  describe("PLAN_TARGETS", () => {
    it("returns a header row and one row per target of the year", () => {
      const table = value(invoke("PLAN_TARGETS", [null, 2025], context()));
      expect(table[0]).toEqual(["Code", "Indicator", "Comparator", "Target", "Unit", "Year"]);
      expect(table.slice(1).every((row) => row[5] === 2025)).toBe(true);
      expect(table).toContainEqual([
        "BEDS",
        "Hospital beds per 10,000 population",
        "≥",
        33,
        "per 10,000 population",
        2025,
      ]);
    });
    it("returns every year's targets when no year is given, in Vietnamese for a Vietnamese display", () => {
      const table = value(invoke("PLAN_TARGETS", ["lang-son"], context({ language: "vi" })));
      expect(table[0]).toEqual(["Mã", "Chỉ số", "So sánh", "Chỉ tiêu", "Đơn vị", "Năm"]);
      expect(table).toContainEqual(["BEDS", "Giường bệnh trên 10.000 dân", "≥", 27.8, "trên 10.000 dân", 2018]);
      expect(new Set(table.slice(1).map((row) => row[5]))).toEqual(new Set([2017, 2018]));
    });
    it("returns #N/A listing the years when the plan has no targets that year", () => {
      const failed = error(invoke("PLAN_TARGETS", ["yen-bai", 2030], context()));
      expect(failed.error).toBe("#N/A");
      expect(failed.message.en).toContain("it has 2024");
    });
  });

  it("returns #VALUE! with a message instead of throwing when something unexpected fails", () => {
    const figures = createProvinceFigureStore();
    figures.get = () => {
      throw new Error("boom");
    };
    const failed = error(invoke("TARGET_GAP", ["HIV", 2025, null], context({ figures })));
    expect(failed.error).toBe("#VALUE!");
    expect(failed.message.en).toContain("boom");
  });
});
