import { decimalsFor, figureDigits, formatNumber } from "../../core/messages/format";
import type { Language } from "../../core/messages/language";
import type { Sentence } from "../../core/messages/sentence";
import { innerBytes, type JsonBytes } from "./jsonBytes";

/** Phrases kept encoded: a plan's phrases number in the hundreds; past this the cache starts again. */
const PHRASES_KEPT = 4096;
const DOT = 46;
const COMMA = 44;

/**
 * A message written straight into a JSON string's bytes, piece by piece: phrases are encoded once
 * and copied after that, so no message is built, flattened and encoded as one string.
 */
export class SentenceBytes implements Sentence {
  private readonly phrases = new Map<string, Uint8Array>();

  constructor(private readonly out: JsonBytes) {}

  phrase(text: string): void {
    let bytes = this.phrases.get(text);
    if (bytes === undefined) {
      if (this.phrases.size >= PHRASES_KEPT) this.phrases.clear();
      bytes = innerBytes(text);
      this.phrases.set(text, bytes);
    }
    this.out.bytes(bytes);
  }

  text(text: string): void {
    this.out.inner(text);
  }

  /** Digits written as they are worked out; where `formatNumber` would ask `toFixed`, its text. */
  figure(value: number, lang: Language): void {
    const digits = figureDigits(value, decimalsFor(value));
    if (digits === undefined) return this.out.inner(formatNumber(value, lang));
    const vi = lang === "vi";
    this.out.figure(digits, vi ? DOT : COMMA, vi ? COMMA : DOT);
  }
}
