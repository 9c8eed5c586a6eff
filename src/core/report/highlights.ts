import type { Finding } from "../findings/finding";
import type { Language } from "../messages/language";
import type { Highlight } from "./types";

// Placeholder until the engine lands: the signature is the contract adapters build against.
export function planHighlights(_findings: readonly Finding[], _lang: Language): Highlight[] {
  throw new Error("highlights not built yet");
}
