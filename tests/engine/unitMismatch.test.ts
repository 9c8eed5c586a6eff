import { LANG_SON_COMMUNES } from "../fixtures/sheets/langSon";
import { problems, row, validate } from "./helpers";

describe("validateSnapshot against a target in another unit", () => {
  it("returns a unit-mismatch warning, never met or shortfall, for communes in % against the 2017 count", () => {
    const result = validate(LANG_SON_COMMUNES, { plan: "lang-son", year: 2017 });
    expect(problems(result)).toEqual([
      row(["warning", "unit-mismatch", "B3", "Cao Lộc", "COMMUNE_CRITERIA", 65.2, undefined]),
      row(["warning", "unit-mismatch", "B4", "Lộc Bình", "COMMUNE_CRITERIA", 48.1, undefined]),
    ]);
    expect(result.summary).toEqual({ shortfall: 0, error: 0, warning: 2, met: 0 });
    expect(result.findings[0]).toMatchObject({
      target: { comparator: ">=", value: 72, unit: "count", year: 2017 },
      details: { unit: "percent", targetUnit: "count" },
    });
  });

  it("returns judged findings for the same sheet against the 2018 target (in %), and the title's year in the mapping", () => {
    const result = validate(LANG_SON_COMMUNES, { plan: "lang-son", year: 2018 });
    expect(problems(result)).toEqual([row(["shortfall", "target", "B4", "Lộc Bình", "COMMUNE_CRITERIA", 48.1, 2.3])]);
    expect(result.mapping.year).toBe(2017);
  });
});
