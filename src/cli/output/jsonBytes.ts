const BLOCK_BYTES = 4 << 20;
const HEX = "0123456789abcdef";
const QUOTE = 34;
const BACKSLASH = 92;
/** JSON's short escapes (\b \t \n \f \r), by control character. */
const SHORT_ESCAPES: Readonly<Record<number, number>> = { 8: 98, 9: 116, 10: 110, 12: 102, 13: 114 };
/** Fixed-point digits are written directly only below this size, where the test below is exact. */
const DIRECT_LIMIT = 1e9;
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
/** Longer strings are encoded by Buffer (see `long`). */
const NATIVE_FROM = 40;
/** Characters JSON escapes (quote, backslash, controls) and lone surrogate halves. */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * JSON text written straight into UTF-8 blocks, as `JSON.stringify` would write each value:
 * a large run's output is never built as strings first (joining and encoding them was most of
 * the command's own time). Each full block goes to `emit` and is never written to again, as a
 * stream may still hold it.
 */
export class JsonBytes {
  private block: Buffer;
  private used = 0;

  constructor(
    private readonly emit: (bytes: Uint8Array) => void,
    private readonly blockBytes = BLOCK_BYTES,
  ) {
    this.block = Buffer.allocUnsafe(blockBytes);
  }

  /** Bytes already encoded (JSON text made once and kept). */
  bytes(piece: Uint8Array): void {
    this.room(piece.length);
    this.block.set(piece, this.used);
    this.used += piece.length;
  }

  /** Text known to need no escaping and to be ASCII: punctuation, keys, statuses, rule ids. */
  raw(text: string): void {
    this.room(text.length);
    const block = this.block;
    let at = this.used;
    for (let index = 0; index < text.length; index++) block[at++] = text.charCodeAt(index);
    this.used = at;
  }

  /** A JSON string, or null. */
  string(text: string | null): void {
    if (text === null) return this.raw("null");
    if (text.length > NATIVE_FROM) return this.long(text);
    this.room(text.length * 6 + 2);
    const block = this.block;
    let at = this.used;
    block[at++] = QUOTE;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code < 0x80) {
        if (code >= 0x20 && code !== QUOTE && code !== BACKSLASH) {
          block[at++] = code;
          continue;
        }
        block[at++] = BACKSLASH;
        const short = code === QUOTE || code === BACKSLASH ? code : SHORT_ESCAPES[code];
        if (short !== undefined) block[at++] = short;
        else at = this.unicodeEscape(code, at);
      } else if (code < 0x800) {
        block[at++] = 0xc0 | (code >> 6);
        block[at++] = 0x80 | (code & 0x3f);
      } else if (code < 0xd800 || code > 0xdfff) {
        block[at++] = 0xe0 | (code >> 12);
        block[at++] = 0x80 | ((code >> 6) & 0x3f);
        block[at++] = 0x80 | (code & 0x3f);
      } else {
        const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          block[at++] = 0xf0 | (point >> 18);
          block[at++] = 0x80 | ((point >> 12) & 0x3f);
          block[at++] = 0x80 | ((point >> 6) & 0x3f);
          block[at++] = 0x80 | (point & 0x3f);
          index++;
        } else {
          // A lone surrogate half: escaped, as well-formed JSON.stringify does.
          block[at++] = BACKSLASH;
          at = this.unicodeEscape(code, at);
        }
      }
    }
    block[at++] = QUOTE;
    this.used = at;
  }

  /** A JSON number (its shortest round-trip digits, as `String` gives), or null. */
  number(value: number | null): void {
    if (value === null || !Number.isFinite(value)) return this.raw("null");
    this.room(32);
    if (value < 0) {
      if (value > -DIRECT_LIMIT) this.block[this.used++] = 45;
      else return this.raw(String(value));
    }
    const size = Math.abs(value);
    if (size >= DIRECT_LIMIT) return this.raw(String(value));
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
    this.raw(String(size));
  }

  /**
   * Long text (messages) goes to Buffer's own encoder: it is built of many pieces, which a
   * character-by-character loop would walk again for each character.
   */
  private long(text: string): void {
    const quoted = NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : undefined;
    const body = quoted ?? text;
    this.room(body.length * 3 + 2);
    if (quoted === undefined) this.block[this.used++] = QUOTE;
    this.used += this.block.write(body, this.used);
    if (quoted === undefined) this.block[this.used++] = QUOTE;
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

  private unicodeEscape(code: number, at: number): number {
    const block = this.block;
    block[at++] = 117;
    for (let shift = 12; shift >= 0; shift -= 4) block[at++] = HEX.charCodeAt((code >> shift) & 0xf);
    return at;
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.block.length) return;
    if (this.used > 0) this.emit(this.block.subarray(0, this.used));
    this.block = Buffer.allocUnsafe(Math.max(this.blockBytes, bytes));
    this.used = 0;
  }
}
