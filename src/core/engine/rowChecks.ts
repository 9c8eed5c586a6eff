import type { Observation, RowObservations } from "../observations/observation";
import type { CodePositions } from "../observations/cellObservation";
import { orderFindings, type PlacedPair } from "../rules/order";
import { OutlierCheck } from "../rules/outliers";
import type { Placed } from "../rules/placed";
import { ProvincePool } from "../rules/province";
import { readingFindings } from "../rules/readingFindings";
import { rowValues, type FigurePlan, type FormulaEntry, type RowValue } from "../rules/rowValues";
import { targetFinding } from "../rules/targetFinding";
import { ByPosition } from "../rules/byPosition";
import type { CodeJudge, Judges } from "../rules/targets";
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
  private readonly judges: ByPosition<CodeJudge>;

  constructor(
    private readonly sheet: string,
    judges: Judges,
    private readonly listMet: boolean,
    private readonly plan: RowPlan,
  ) {
    this.totals = new TotalCheck(plan.countCodes, plan.positions);
    this.pool = new ProvincePool(plan.formulas, plan.positions);
    this.judges = new ByPosition(judges);
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
      const judge = this.judges.at(index, value.code);
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
