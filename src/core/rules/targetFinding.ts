import type { Finding, FindingDetails, FindingTarget } from "../findings/finding";
import type { RowObservations } from "../observations/observation";
import { cellAddress } from "../sheet/address";
import { cellDetails } from "./placed";
import type { RowValue } from "./rowValues";
import { NO_DETAILS, type Judgement } from "./targets";

/** Details of a finding on a derived or long-layout figure, or on a hidden cell. */
function figureDetails(value: RowValue, judged: FindingDetails): FindingDetails {
  const observation = value.observation;
  const details: Record<string, string | number> = { ...judged };
  if (value.source === "derived") details["derived"] = value.formula ?? "";
  if (observation.sheetPlan !== undefined) details["sheetPlan"] = observation.sheetPlan;
  return cellDetails(observation, details);
}

/** True when the details hold anything (without listing their keys: this runs once per judged cell). */
function hasAny(details: FindingDetails): boolean {
  for (const key in details) if (Object.prototype.hasOwnProperty.call(details, key)) return true;
  return false;
}

/**
 * The target finding for one judged figure of a row (`met`, `shortfall` or `unit-mismatch`), on the
 * reported cell or, for a derived ratio, on its numerator's cell; a plain number's is made from its
 * figure and address alone. The engine keeps the plainest (a typed number in sight, judged against a
 * target in its own unit) as figures for `PlainTargetMaker`, which makes the same finding.
 */
export function targetFinding(sheet: string, row: RowObservations, value: RowValue, judgement: Judgement): Finding {
  const position = value.position;
  const bare = value.source === "reported" && row.plain(position) && row.hidden(position) === undefined;
  const observation = bare ? undefined : value.observation;
  const reading = observation?.reading;
  // A figure written as text keeps its text ("27,6"); a number's text would only repeat `value`.
  const written = value.source === "reported" && reading?.ok === true && reading.fromText;
  const plain =
    observation === undefined ||
    (value.source === "reported" &&
      !written &&
      observation.sheetPlan === undefined &&
      observation.hidden === undefined);
  const details = plain ? judgement.details : figureDetails(value, judgement.details);
  const cell = observation === undefined ? cellAddress(row.cellRow(position), row.cellCol(position)) : observation.cell;
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    status: judgement.status,
    rule: judgement.rule,
    sheet,
    cell,
    district: row.district,
    scope: row.scope,
    indicator: value.code,
    value: value.value,
    target: judgement.target,
  };
  if (judgement.gap !== undefined) finding.gap = judgement.gap;
  if (value.cells !== undefined) finding.cells = value.cells;
  if (written) finding.raw = reading.raw;
  if (details !== NO_DETAILS && hasAny(details)) finding.details = details;
  return finding;
}

/**
 * The plain target findings of one code, status and scope: `targetFinding`'s finding on a plain
 * number in a cell that is not hidden, made from the cell, the district, the figure and its gap.
 */
export class PlainTargetMaker {
  constructor(
    readonly status: "met" | "shortfall",
    readonly sheet: string,
    readonly scope: "district" | "total",
    readonly code: string,
    readonly target: FindingTarget,
  ) {}

  make(row: number, col: number, district: string, value: number, gap: number): Finding {
    return {
      status: this.status,
      rule: "target",
      sheet: this.sheet,
      cell: cellAddress(row, col),
      district,
      scope: this.scope,
      indicator: this.code,
      value,
      target: this.target,
      gap,
    };
  }
}
