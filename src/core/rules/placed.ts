import type { Finding, FindingDetails } from "../findings/finding";
import type { Observation, RowObservations } from "../observations/observation";

/** A finding with the sheet position it sorts by (pooled figures have none). */
export interface Placed {
  readonly row: number;
  readonly col: number;
  readonly finding: Finding;
}

/** Details every finding on an observation's cell carries: where a hidden cell hides. */
export function cellDetails(observation: Observation, details: FindingDetails = {}): FindingDetails {
  return observation.hidden === undefined ? details : { ...details, hidden: observation.hidden };
}

/** The fields every finding on a cell shares. */
export function onCell(sheet: string, row: RowObservations, observation: Observation) {
  return {
    sheet,
    cell: observation.cell,
    district: row.district,
    scope: row.scope,
    indicator: observation.field.code,
  } as const;
}
