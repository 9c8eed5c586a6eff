import type { Finding } from "../findings/finding";
import type { Language } from "./language";

// Placeholder until the engine lands: the signature is the contract adapters build against.
export function wordFinding(_finding: Finding, _lang: Language): string {
  throw new Error("wording not built yet");
}
