import type { RowObservations } from "../observations/observation";
import { median } from "./median";
import { cellDetails, onCell, type Placed } from "./placed";
import type { RowValue } from "./rowValues";

/** |modified z-score| above which a district's figure is reported (Iglewicz & Hoaglin). */
export const OUTLIER_Z = 3.5;
/** Fewer districts than this and there is no spread to speak of. */
export const OUTLIER_MIN_DISTRICTS = 5;

interface Entry {
  readonly row: RowObservations;
  readonly value: RowValue;
}

/**
 * Outliers across districts, per indicator: modified z = 0.6745·(x − median) / MAD.
 * Skipped with fewer than five districts or when MAD is 0 (most districts report the same figure).
 */
export function outlierFindings(sheet: string, rows: readonly { row: RowObservations; values: readonly RowValue[] }[]) {
  const byCode = new Map<string, Entry[]>();
  for (const { row, values } of rows) {
    if (row.scope !== "district") continue;
    for (const value of values) {
      const entries = byCode.get(value.code) ?? [];
      entries.push({ row, value });
      byCode.set(value.code, entries);
    }
  }
  const findings: Placed[] = [];
  for (const [code, entries] of byCode) {
    if (entries.length < OUTLIER_MIN_DISTRICTS) continue;
    const figures = entries.map((entry) => entry.value.value);
    const middle = median(figures);
    const mad = median(figures.map((figure) => Math.abs(figure - middle)));
    if (!(mad > 0)) continue;
    for (const { row, value } of entries) {
      const z = (0.6745 * (value.value - middle)) / mad;
      if (Math.abs(z) <= OUTLIER_Z) continue;
      const observation = value.observation;
      findings.push({
        row: observation.row,
        col: observation.col,
        finding: {
          status: "warning",
          rule: "outlier",
          ...onCell(sheet, row, observation),
          indicator: code,
          value: value.value,
          raw: observation.reading.raw,
          ...(value.cells === undefined ? {} : { cells: value.cells }),
          details: cellDetails(observation, {
            z: Math.round(z * 10) / 10,
            median: Math.round(middle * 1000) / 1000,
            districts: entries.length,
          }),
        },
      });
    }
  }
  return findings;
}
