import type { SheetSnapshot } from "../sheet/snapshot";
import type { ValidateOptions, ValidationResult } from "./types";

// Placeholder until the engine lands: the signature is the contract adapters build against.
export function validateSnapshot(_snapshot: SheetSnapshot, _options: ValidateOptions): ValidationResult {
  throw new Error("engine not built yet");
}
