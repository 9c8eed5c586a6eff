import type { FindingTarget } from "../../core/findings/finding";
import { targetPhrases } from "../../core/messages/findings";
import type { Language } from "../../core/messages/language";
import type { DistrictBytes } from "./districtBytes";
import { innerBytes, jsonInner, type JsonBytes } from "./jsonBytes";
import type { SentenceBytes } from "./sentenceBytes";

/** The last words of a message, then the quote that closes its string. */
const closing = (text: string): Uint8Array => Buffer.from(`${jsonInner(text)}"`, "utf8");

/**
 * A plain target's `"message"` for one indicator, target and language, its fixed words encoded once:
 * the bytes `writeFinding` would write through `SentenceBytes`, without a lookup per phrase.
 */
export class TargetSentenceBytes {
  /** `,"message":"Ô ` */
  private readonly opening: Uint8Array;
  private readonly open: Uint8Array;
  private readonly place: Uint8Array;
  /** The unit, then the words after the figure, for each way the sentence goes on. */
  private readonly met: Uint8Array;
  private readonly short: Uint8Array;
  private readonly equal: Uint8Array;
  private readonly spareBefore: Uint8Array;
  /** The margin's last words, the full stop and the string's closing quote. */
  private readonly spareEnd: Uint8Array;
  private readonly end: Uint8Array;

  constructor(
    indicator: string,
    target: FindingTarget,
    private readonly lang: Language,
  ) {
    const phrases = targetPhrases(indicator, target, lang);
    const { words, unit } = phrases;
    this.opening = Buffer.from(`,"message":"${jsonInner(phrases.cell)}`, "utf8");
    this.open = innerBytes(phrases.open);
    this.place = innerBytes(phrases.place);
    this.met = innerBytes(unit + words.met);
    this.short = innerBytes(unit + words.short);
    this.equal = closing(unit + words.equal);
    this.spareBefore = innerBytes(words.spareBefore);
    this.spareEnd = closing(words.spareAfter + phrases.end);
    this.end = closing(phrases.end);
  }

  /** The member's opening: `,"message":"Ô `; the cell comes next. */
  start(out: JsonBytes): void {
    out.bytes(this.opening);
  }

  /** The rest of the message after the cell, its district already encoded in `district`. */
  rest(
    met: boolean,
    district: DistrictBytes,
    value: number,
    gap: number,
    out: JsonBytes,
    sentence: SentenceBytes,
  ): void {
    const lang = this.lang;
    out.bytes(this.open);
    out.bytesOf(district.bytes, district.length);
    out.bytes(this.place);
    sentence.figure(value, lang);
    if (met) {
      out.bytes(this.met);
      if (!(gap < 0)) return out.bytes(this.end);
      out.bytes(this.spareBefore);
      sentence.figure(-gap, lang);
      return out.bytes(this.spareEnd);
    }
    if (gap === 0) return out.bytes(this.equal);
    out.bytes(this.short);
    sentence.figure(gap, lang);
    out.bytes(this.end);
  }
}
