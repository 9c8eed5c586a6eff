import { validateSnapshot } from "../core/engine/validate";
import type { ValidateOptions, ValidationResult } from "../core/engine/types";
import type { Finding } from "../core/findings/finding";
import { wordFinding } from "../core/messages/findings";
import type { Language } from "../core/messages/language";
import { planHighlights } from "../core/report/highlights";
import { buildReport } from "../core/report/table";
import type { Highlight, ReportTable } from "../core/report/types";
import type { SheetSnapshot } from "../core/sheet/snapshot";

/** The core functions the task pane calls; tests may pass their own. */
export interface PaneEngine {
  validate(snapshot: SheetSnapshot, options: ValidateOptions): ValidationResult;
  word(finding: Finding, lang: Language): string;
  highlights(findings: readonly Finding[], lang: Language): Highlight[];
  report(results: readonly ValidationResult[], lang: Language): ReportTable;
}

/** PlanCheck's engine from src/core. */
export const CORE_ENGINE: PaneEngine = {
  validate: validateSnapshot,
  word: wordFinding,
  highlights: planHighlights,
  report: buildReport,
};
