import type { Language } from "../core/messages/language";

/** The Excel errors PlanCheck's functions give. Only #VALUE! and #N/A can carry a message in Excel. */
export type ExcelError = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/** Why a function could not give a value: the Excel error and a message in both languages. */
export interface FunctionFailure {
  readonly error: ExcelError;
  readonly message: { readonly en: string; readonly vi: string };
}

export const failure = (error: ExcelError, en: string, vi: string): FunctionFailure => ({
  error,
  message: { en, vi },
});

/** The message shown in the cell, for errors that carry one in Excel. */
export function failureMessage(failed: FunctionFailure, language: Language): string | undefined {
  return failed.error === "#VALUE!" || failed.error === "#N/A" ? failed.message[language] : undefined;
}
