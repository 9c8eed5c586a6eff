import { languageFromLocale, type Language } from "../core/messages/language";
import type { Result } from "../core/result";
import { failureMessage, type FunctionFailure } from "./failure";
import { provinceFigures } from "./province-figures";
import type { CallContext } from "./runner";

/** Office's display language when Office is loaded and ready, else English. */
export function displayLanguage(): Language {
  try {
    return languageFromLocale(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}

/** The context of a call from Excel: display language, its number reading, the shared figures. */
export function excelContext(): CallContext {
  const language = displayLanguage();
  return { language, locale: language, figures: provinceFigures };
}

/** A failure as the error Excel shows in the cell (with its message where Excel allows one). */
export function toExcelError(failed: FunctionFailure, language: Language): CustomFunctions.Error {
  const code = failed.error as CustomFunctions.ErrorCode;
  const message = failureMessage(failed, language);
  return message === undefined ? new CustomFunctions.Error(code) : new CustomFunctions.Error(code, message);
}

/** The value for Excel, or the Excel error thrown as the custom-functions runtime expects. */
export function settle<T>(result: Result<T, FunctionFailure>, language: Language): T {
  if (result.success) return result.data;
  const failed = result.issues[0] ?? unknownFailure;
  throw toExcelError(failed, language);
}

/** The value or the Excel error, for `setResult` of a streaming function. */
export function settleStreaming<T>(result: Result<T, FunctionFailure>, language: Language): T | CustomFunctions.Error {
  return result.success ? result.data : toExcelError(result.issues[0] ?? unknownFailure, language);
}

const unknownFailure: FunctionFailure = {
  error: "#VALUE!",
  message: { en: "Unknown error.", vi: "Lỗi không xác định." },
};
