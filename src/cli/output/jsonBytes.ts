import type { MessageSink } from "../../core/messages/sink";

const BLOCK_BYTES = 4 << 20;
/** Fixed-point digits are written directly only below this size, where the test below is exact. */
const DIRECT_LIMIT = 1e9;
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
/** Phrases at least this long are encoded once and copied afterwards. */
const PHRASE_CACHED = 12;
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * JSON text written straight into UTF-8 blocks, as `JSON.stringify` would write each value:
 * a large run's output is never built as strings first (joining and encoding them was most of
 * the command's own time). Each full block goes to `emit` and is never written to again, as a
 * stream may still hold it. It is also the sink a finding's message is written into, piece by
 * piece, between quotes the caller writes.
 */
export class JsonBytes implements MessageSink {
  private block: Buffer;
  private used = 0;
  private readonly phrases = new Map<string, Uint8Array>();

  constructor(
    private readonly emit: (bytes: Uint8Array) => void,
    private readonly blockBytes = BLOCK_BYTES,
  ) {
    this.block = Buffer.allocUnsafe(blockBytes);
  }

  /** Bytes already encoded (JSON text made once and kept). */
  bytes(piece: Uint8Array): void {
    const length = piece.length;
    this.room(length);
    const block = this.block;
    const at = this.used;
    if (length > 64) block.set(piece, at);
    else for (let index = 0; index < length; index++) block[at + index] = piece[index] as number;
    this.used = at + length;
  }

  /** Text that is already JSON (punctuation, keys, a stringified value). */
  json(text: string): void {
    // Three bytes per UTF-16 unit is UTF-8's most.
    this.room(text.length * 3);
    this.used += this.block.write(text, this.used);
  }

  /** A JSON string, or null. */
  string(value: string | null): void {
    if (value === null) return this.json("null");
    this.room(1);
    this.block[this.used++] = QUOTE;
    this.text(value);
    this.room(1);
    this.block[this.used++] = QUOTE;
  }

  /** Part of a JSON string's content, escaped as `JSON.stringify` escapes it (the caller writes the quotes). */
  text(piece: string): void {
    const length = piece.length;
    // Three bytes per UTF-16 unit is UTF-8's most; escapes are written by `escaped`.
    this.room(length * 3);
    const block = this.block;
    let at = this.used;
    for (let index = 0; index < length; index++) {
      const code = piece.charCodeAt(index);
      if (code < 0x80) {
        if (code < 0x20 || code === QUOTE || code === BACKSLASH) return this.escaped(piece, index, at);
        block[at++] = code;
      } else if (code < 0x800) {
        block[at++] = 0xc0 | (code >> 6);
        block[at++] = 0x80 | (code & 0x3f);
      } else if (code >= 0xd800 && code <= 0xdfff) {
        return this.escaped(piece, index, at);
      } else {
        block[at++] = 0xe0 | (code >> 12);
        block[at++] = 0x80 | ((code >> 6) & 0x3f);
        block[at++] = 0x80 | (code & 0x3f);
      }
    }
    this.used = at;
  }

  /** Part of a JSON string that recurs: a long one is encoded the first time and copied after. */
  phrase(piece: string): void {
    if (piece.length < PHRASE_CACHED) return this.text(piece);
    let encoded = this.phrases.get(piece);
    if (encoded === undefined) {
      encoded = Buffer.from(JSON.stringify(piece).slice(1, -1), "utf8");
      this.phrases.set(piece, encoded);
    }
    this.bytes(encoded);
  }

  /** A JSON number (its shortest round-trip digits, as `String` gives), or null. */
  number(value: number | null): void {
    if (value === null || !Number.isFinite(value)) return this.json("null");
    this.room(32);
    if (value < 0) {
      if (value > -DIRECT_LIMIT) this.block[this.used++] = 45;
      else return this.json(String(value));
    }
    const size = Math.abs(value);
    if (size >= DIRECT_LIMIT) return this.json(String(value));
    if (Number.isInteger(size)) return this.digits(size, 0);
    for (let decimals = 1; decimals < POWERS.length; decimals++) {
      const scale = POWERS[decimals] as number;
      const scaled = Math.round(size * scale);
      // The k-digit decimal reads back as the same number, and no shorter one did: it is the shortest.
      if (scaled / scale === size) {
        const whole = Math.floor(scaled / scale);
        this.digits(whole, 0);
        this.block[this.used++] = 46;
        return this.digits(scaled - whole * scale, decimals);
      }
    }
    this.json(String(size));
  }

  /** Sends what is left (call once, at the end). */
  end(): void {
    if (this.used > 0) this.emit(this.block.subarray(0, this.used));
    this.used = 0;
  }

  /** A non-negative integer below 2^53, left-padded with zeros to `width` digits. */
  private digits(value: number, width: number): void {
    let count = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) count++;
    if (count < width) count = width;
    const block = this.block;
    let at = this.used + count;
    this.used = at;
    let rest = value;
    for (let written = 0; written < count; written++) {
      block[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
  }

  /**
   * The rest of `piece`, from `index`, where a character JSON escapes (or a surrogate) is: written
   * as `JSON.stringify` writes it. Pieces are whole strings, so a surrogate pair is never split
   * between two of them.
   */
  private escaped(piece: string, index: number, at: number): void {
    this.used = at;
    this.json(JSON.stringify(piece.slice(index)).slice(1, -1));
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.block.length) return;
    if (this.used > 0) this.emit(this.block.subarray(0, this.used));
    this.block = Buffer.allocUnsafe(Math.max(this.blockBytes, bytes));
    this.used = 0;
  }
}
