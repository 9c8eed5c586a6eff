import type { Observation, RowObservations } from "../observations/observation";
import type { CodePositions } from "../observations/cellObservation";
import { orderFindings, type PlacedPair } from "../rules/order";
import { OutlierCheck } from "../rules/outliers";
import type { Placed } from "../rules/placed";
import { ProvincePool } from "../rules/province";
import { readingFindings } from "../rules/readingFindings";
import { rowValues, type FigurePlan, type FormulaEntry, type RowValue } from "../rules/rowValues";
import { PlainTargetMaker, targetFinding } from "../rules/targetFinding";
import { ByPosition } from "../rules/byPosition";
import { TargetJudge, type CodeJudge, type Judges } from "../rules/targets";
import { TotalCheck } from "../rules/totals";
import { PlacedFindings } from "./sheetOrder";

/** What a sheet's rows are checked for, worked out once from its mapped codes. */
export interface RowPlan {
  /** Where each code sits in a row. */
  readonly positions: CodePositions;
  /** The figures a row reports or derives. */
  readonly figures: FigurePlan;
  /** The figures that must not exceed another on the same row. */
  readonly pairs: readonly PlacedPair[];
  /** The formulas whose counts the sheet has, for pooling. */
  readonly formulas: readonly FormulaEntry[];
  /** The codes whose figures add up to the total row's. */
  readonly countCodes: ReadonlySet<string>;
}

type Makers = Readonly<Record<"met" | "shortfall", Readonly<Record<"district" | "total", PlainTargetMaker>>>>;

/** A code's judge, and for a target in the code's own unit the makers of its plain findings. */
class Judged {
  readonly code: string;
  /** The target judge, when its plain findings can be made from figures. */
  readonly plain: TargetJudge | undefined;
  private readonly makers: Makers | undefined;

  constructor(
    readonly judge: CodeJudge,
    sheet: string,
  ) {
    this.code = judge.code;
    if (!(judge instanceof TargetJudge)) return;
    this.plain = judge;
    const by = (status: "met" | "shortfall") => ({
      district: new PlainTargetMaker(status, sheet, "district", judge.code, judge.target),
      total: new PlainTargetMaker(status, sheet, "total", judge.code, judge.target),
    });
    this.makers = { met: by("met"), shortfall: by("shortfall") };
  }

  /** The maker of this code's plain findings (asked only when `plain` is set). */
  maker(met: boolean, scope: "district" | "total"): PlainTargetMaker {
    return (this.makers as Makers)[met ? "met" : "shortfall"][scope];
  }
}

/**
 * The checks made on each row as it is read, and the running sums the sheet-wide checks (totals,
 * outliers, pooled figures) keep of it, so a row's observations are dropped once it is done.
 * One small method per row, so that it is optimised early in a sheet's first pass.
 */
export class RowChecks {
  readonly placed = new PlacedFindings();
  /** Met targets counted and not listed. */
  metUnlisted = 0;
  readonly totals: TotalCheck;
  readonly outliers = new OutlierCheck();
  readonly pool: ProvincePool;
  /** Each figure's judge by its place in the row's figures. */
  private readonly judges: ByPosition<Judged>;

  constructor(
    private readonly sheet: string,
    judges: Judges,
    private readonly listMet: boolean,
    private readonly plan: RowPlan,
  ) {
    this.totals = new TotalCheck(plan.countCodes, plan.positions);
    this.pool = new ProvincePool(plan.formulas, plan.positions);
    const judged = new Map<string, Judged>();
    this.judges = new ByPosition((code) => {
      let entry = judged.get(code);
      if (entry === undefined) judged.set(code, (entry = new Judged(judges(code), sheet)));
      return entry;
    });
  }

  check(row: RowObservations): void {
    const { sheet, placed } = this;
    const start = placed.length;
    const problems = row.problems;
    for (let index = 0; index < problems.length; index++)
      for (const item of readingFindings(sheet, row, problems[index] as Observation)) placed.push(item);
    const { values, findings } = rowValues(sheet, row, this.plan.figures);
    for (let index = 0; index < findings.length; index++) placed.push(findings[index] as Placed);
    const disordered = orderFindings(sheet, row, this.plan.pairs);
    for (let index = 0; index < disordered.length; index++) placed.push(disordered[index] as Placed);
    this.judgeValues(row, values);
    placed.sortFrom(start);
    this.totals.add(row);
    this.outliers.add(row, values);
    this.pool.add(row, values);
  }

  private judgeValues(row: RowObservations, values: readonly RowValue[]): void {
    for (let index = 0; index < values.length; index++) {
      const value = values[index] as RowValue;
      const judged = this.judges.at(index, value.code);
      const position = value.position;
      const plain = judged.plain;
      // A plain number in a cell in sight: its finding is made from its figure when it is asked for.
      if (
        plain !== undefined &&
        value.source === "reported" &&
        row.plain(position) &&
        row.hidden(position) === undefined
      ) {
        const figure = value.value;
        const met = plain.meets(figure);
        if (met && !this.listMet) {
          this.metUnlisted += 1;
          continue;
        }
        const maker = judged.maker(met, row.scope);
        const gap = plain.gap(figure, met);
        this.placed.addTarget(row.cellRow(position), row.cellCol(position), maker, row.district, figure, gap);
        continue;
      }
      const judge = judged.judge;
      if (!this.listMet && judge.meets(value.value)) {
        this.metUnlisted += 1;
        continue;
      }
      const judgement = judge.judge(value.value);
      if (judgement === undefined) continue;
      const finding = targetFinding(this.sheet, row, value, judgement);
      this.placed.add(row.cellRow(value.position), row.cellCol(value.position), finding);
    }
  }
}
