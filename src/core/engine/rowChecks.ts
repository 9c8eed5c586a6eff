import type { Observation, RowObservations } from "../observations/observation";
import { orderFindings } from "../rules/order";
import { OutlierCheck } from "../rules/outliers";
import type { Placed } from "../rules/placed";
import { ProvincePool } from "../rules/province";
import { readingFindings } from "../rules/readingFindings";
import { rowValues, type FormulaEntry, type RowValue } from "../rules/rowValues";
import { targetFinding } from "../rules/targetFinding";
import type { Judge } from "../rules/targets";
import { TotalCheck } from "../rules/totals";

/**
 * The checks made on each row as it is read, and the running sums the sheet-wide checks (totals,
 * outliers, pooled figures) keep of it, so a row's observations are dropped once it is done.
 * One small method per row, so that it is optimised early in a sheet's first pass.
 */
export class RowChecks {
  readonly placed: Placed[] = [];
  /** Met targets counted and not listed. */
  metUnlisted = 0;
  readonly totals: TotalCheck;
  readonly outliers = new OutlierCheck();
  readonly pool: ProvincePool;

  constructor(
    private readonly sheet: string,
    private readonly judge: Judge,
    private readonly listMet: boolean,
    private readonly formulas: readonly FormulaEntry[],
    private readonly pairs: readonly (readonly [string, string])[],
    countCodes: ReadonlySet<string>,
  ) {
    this.totals = new TotalCheck(countCodes);
    this.pool = new ProvincePool(formulas);
  }

  check(row: RowObservations): void {
    const { sheet, placed } = this;
    const all = row.all;
    for (let index = 0; index < all.length; index++) {
      const observation = all[index] as Observation;
      if (observation.reading.problems.length > 0)
        for (const item of readingFindings(sheet, row, observation)) placed.push(item);
    }
    const { values, findings } = rowValues(sheet, row, this.formulas);
    for (let index = 0; index < findings.length; index++) placed.push(findings[index] as Placed);
    const disordered = orderFindings(sheet, row, this.pairs);
    for (let index = 0; index < disordered.length; index++) placed.push(disordered[index] as Placed);
    this.judgeValues(row, values);
    this.totals.add(row);
    this.outliers.add(row, values);
    this.pool.add(row, values);
  }

  private judgeValues(row: RowObservations, values: readonly RowValue[]): void {
    const judge = this.judge;
    for (let index = 0; index < values.length; index++) {
      const value = values[index] as RowValue;
      if (!this.listMet && judge.meets(value.code, value.value)) {
        this.metUnlisted += 1;
        continue;
      }
      const judgement = judge(value.code, value.value);
      if (judgement !== undefined) this.placed.push(targetFinding(this.sheet, row, value, judgement));
    }
  }
}
