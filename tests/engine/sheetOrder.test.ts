import { inSheetOrder } from "../../src/core/engine/sheetOrder";
import type { Finding, RuleId } from "../../src/core/findings/finding";
import type { Placed } from "../../src/core/rules/placed";

const placed = (row: number, col: number, rule: RuleId, tag: string): Placed => ({
  row,
  col,
  finding: { status: "warning", rule, sheet: "Báo cáo", cell: tag, district: "", scope: "district" },
});

describe("inSheetOrder", () => {
  it("returns findings by row, then column, then rule, keeping the given order of equals", () => {
    const given = [
      placed(7, 3, "target", "D8 target"),
      placed(7, 3, "missing", "D8 missing"),
      placed(5, 4, "target", "E6 target"),
      placed(9, 2, "target", "C10 first"),
      placed(5, 2, "ratio-mismatch", "C6 ratio"),
      placed(9, 2, "target", "C10 second"),
      placed(7, 3, "outlier", "D8 outlier"),
      placed(5, 2, "target", "C6 target"),
    ];
    expect(inSheetOrder(given).map((finding: Finding) => finding.cell)).toEqual([
      "C6 ratio",
      "C6 target",
      "E6 target",
      "D8 missing",
      "D8 outlier",
      "D8 target",
      "C10 first",
      "C10 second",
    ]);
    expect(inSheetOrder([])).toEqual([]);
  });
});
