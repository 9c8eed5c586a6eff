import type { ValidationResult } from "../engine/types";
import type { Language } from "../messages/language";
import type { ReportTable } from "./types";

// Placeholder until the engine lands: the signature is the contract adapters build against.
export function buildReport(_results: readonly ValidationResult[], _lang: Language): ReportTable {
  throw new Error("report not built yet");
}
