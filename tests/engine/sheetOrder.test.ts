import { PlacedFindings } from "../../src/core/engine/sheetOrder";
import type { Finding, RuleId } from "../../src/core/findings/finding";
import type { FindingSequence } from "../../src/core/findings/sequence";
import type { Placed } from "../../src/core/rules/placed";
import { PlainTargetMaker } from "../../src/core/rules/targetFinding";

const placed = (row: number, col: number, rule: RuleId, tag: string): Placed => ({
  row,
  col,
  finding: { status: "warning", rule, sheet: "Báo cáo", cell: tag, district: tag, scope: "district" },
});

const all = (sequence: FindingSequence): Finding[] =>
  Array.from({ length: sequence.length }, (_, at) => sequence.at(at));

/** The findings in the order `PlacedFindings` gives them, added all at once. */
function inSheetOrder(placed: readonly Placed[]): Finding[] {
  const findings = new PlacedFindings();
  for (const item of placed) findings.push(item);
  return all(findings.ordered());
}

describe("findings in sheet order", () => {
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
    // A saved mapping may name any column: a far one still sorts within its row.
    expect(
      inSheetOrder([placed(2, 1, "missing", "B3"), placed(1, 2 ** 20 + 2, "missing", "far B2")]).map(
        (finding) => finding.cell,
      ),
    ).toEqual(["far B2", "B3"]);
  });
});

describe("PlacedFindings", () => {
  const RANK: Partial<Record<RuleId, number>> = { missing: 1, "ratio-mismatch": 2, order: 3, outlier: 5, target: 6 };
  const rules = Object.keys(RANK) as RuleId[];
  /** A fixed pseudo-random sequence, so that a failure can be replayed. */
  const random = (() => {
    let seed = 7;
    return () => ((seed = (seed * 48271) % 2147483647) / 2147483647) as number;
  })();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const byPlace = (given: readonly Placed[]) =>
    given
      .map((item, index) => ({ item, index }))
      .sort(
        (a, b) =>
          a.item.row - b.item.row ||
          a.item.col - b.item.col ||
          (RANK[a.item.finding.rule] ?? 0) - (RANK[b.item.finding.rule] ?? 0) ||
          a.index - b.index,
      )
      .map(({ item }) => item.finding.district);
  const target = { comparator: ">=", value: 33, unit: "per10k", year: 2025 } as const;
  const maker = new PlainTargetMaker("shortfall", "Báo cáo", "district", "BEDS", target);
  let deferred = 0;
  /** Every other target is added as a plain one, made from its figure when asked for. */
  function add(findings: PlacedFindings, item: Placed): void {
    if (item.finding.rule !== "target" || random() < 0.5) return findings.push(item);
    findings.addTarget(item.row, item.col, maker, item.finding.district, 25, 8);
    deferred += 1;
  }

  it("orders rows checked one by one, a row with many findings, and findings added after the rows", () => {
    const given: Placed[] = [];
    const findings = new PlacedFindings();
    for (let row = 3; row < 40; row++) {
      const start = findings.length;
      const count = row === 20 ? 90 : Math.floor(random() * 8);
      for (let index = 0; index < count; index++) {
        const item = placed(row, Math.floor(random() * 12), pick(rules), `${row}:${given.length}`);
        given.push(item);
        add(findings, item);
      }
      findings.sortFrom(start);
    }
    for (let index = 0; index < 30; index++) {
      const item = placed(3 + Math.floor(random() * 40), Math.floor(random() * 12), pick(rules), `late ${index}`);
      given.push(item);
      add(findings, item);
    }
    expect(findings.summary()).toEqual({ shortfall: deferred, error: 0, warning: given.length - deferred, met: 0 });
    const ordered = all(findings.ordered());
    expect(ordered.map((finding) => finding.district)).toEqual(byPlace(given));
    expect(ordered.filter((finding) => finding.status === "shortfall")).toHaveLength(deferred);
    expect(inSheetOrder([...given].reverse()).map((finding) => finding.cell)).toEqual(byPlace([...given].reverse()));
  });
});
