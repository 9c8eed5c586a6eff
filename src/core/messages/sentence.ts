import { formatNumber } from "./format";
import type { Language } from "./language";

/**
 * Where a message is written, piece by piece: a string (`joined`), or a writer that encodes the
 * pieces as it goes (the command's JSON) and need never build the sentence as one string. Each piece
 * is whole text, never split inside a surrogate pair, as a writer may encode the pieces one by one.
 */
export interface Sentence {
  /** Words made once and used again (a phrase, an indicator's label): a writer may keep what it makes of them. */
  phrase(text: string): void;
  /** Words of this message alone (a cell, a district). */
  text(text: string): void;
  /** A figure, exactly as `formatNumber` writes it with its usual decimals. */
  figure(value: number, lang: Language): void;
}

class Joined implements Sentence {
  words = "";

  phrase(text: string): void {
    this.words += text;
  }

  text(text: string): void {
    this.words += text;
  }

  figure(value: number, lang: Language): void {
    this.words += formatNumber(value, lang);
  }
}

/** What `write` writes, as one string. */
export function joined(write: (sentence: Sentence) => void): string {
  const sentence = new Joined();
  write(sentence);
  return sentence.words;
}
