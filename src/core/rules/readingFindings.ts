import type { FindingStatus, RuleId } from "../findings/finding";
import type { Observation, RowObservations } from "../observations/observation";
import type { ReadingProblem } from "../observations/readCell";
import { cellDetails, onCell, type Placed } from "./placed";

const STATUS: Readonly<Record<ReadingProblem["rule"], FindingStatus>> = {
  missing: "warning",
  "not-a-number": "error",
  "error-value": "error",
  "ambiguous-number": "warning",
  "fraction-as-percent": "warning",
  "negative-count": "error",
  "percent-over-100": "error",
};

function problemDetails(problem: ReadingProblem): Readonly<Record<string, string | number>> {
  switch (problem.rule) {
    case "ambiguous-number":
      return { alternative: problem.alternative };
    case "fraction-as-percent":
      return { stored: problem.stored, format: problem.format };
    default:
      return {};
  }
}

/** The data problems met while reading one cell, as findings. */
export function readingFindings(sheet: string, row: RowObservations, observation: Observation): Placed[] {
  const reading = observation.reading;
  return reading.problems.map((problem) => ({
    row: observation.row,
    col: observation.col,
    finding: {
      status: STATUS[problem.rule],
      rule: problem.rule satisfies RuleId,
      ...onCell(sheet, row, observation),
      value: reading.ok ? reading.value : null,
      raw: reading.raw,
      details: cellDetails(observation, problemDetails(problem)),
    },
  }));
}
