import type { Finding } from "../findings/finding";
import type { RowObservations } from "../observations/observation";
import { cellDetails, type Placed } from "./placed";
import type { RowValue } from "./rowValues";
import type { Judge } from "./targets";

/**
 * The target finding for one figure of a row (`met`, `shortfall` or `unit-mismatch`), on the
 * reported cell or, for a derived ratio, on its numerator's cell; undefined when the plan sets no
 * target for the figure's indicator and year.
 */
export function targetFinding(sheet: string, row: RowObservations, value: RowValue, judge: Judge): Placed | undefined {
  const judgement = judge(value.code, value.value);
  if (judgement === undefined) return undefined;
  const observation = value.observation;
  const plain = value.source === "reported" && observation.sheetPlan === undefined && observation.hidden === undefined;
  const details = plain
    ? judgement.details
    : cellDetails(observation, {
        ...judgement.details,
        ...(value.source === "derived" ? { derived: value.formula ?? "" } : {}),
        ...(observation.sheetPlan === undefined ? {} : { sheetPlan: observation.sheetPlan }),
      });
  const finding: Finding = {
    status: judgement.status,
    rule: judgement.rule,
    sheet,
    cell: observation.cell,
    district: row.district,
    scope: row.scope,
    indicator: value.code,
    ...(value.cells === undefined ? {} : { cells: value.cells }),
    value: value.value,
    ...(value.source === "reported" ? { raw: observation.reading.raw } : {}),
    target: judgement.target,
    ...(judgement.gap === undefined ? {} : { gap: judgement.gap }),
    ...(Object.keys(details).length === 0 ? {} : { details }),
  };
  return { row: observation.row, col: observation.col, finding };
}
