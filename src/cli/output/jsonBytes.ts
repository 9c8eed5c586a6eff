import type { FigureDigits } from "../../core/messages/format";

const BLOCK_BYTES = 4 << 20;
/**
 * The first block is small, so that it is full and replaced before the writer's code is optimised:
 * optimised code would take `block` for a field that never changes, and be thrown away when it did.
 */
const FIRST_BLOCK_BYTES = 16 << 10;
/** Fixed-point digits are written directly only below this size, where the test below is exact. */
const DIRECT_LIMIT = 1e9;
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
/** Pieces longer than this are copied by `set`; shorter ones cost less copied byte by byte. */
const COPIED_FROM = 32;
/** Strings this long or longer go to Buffer's own encoder; shorter ones cost less encoded here. */
const NATIVE_FROM = 24;
/** Characters JSON escapes (quote, backslash, controls) and lone surrogate halves. */
// eslint-disable-next-line no-control-regex -- the control characters are exactly what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const QUOTE = 34;
const BACKSLASH = 92;

/** Text as it stands inside a JSON string. */
export const jsonInner = (text: string): string => JSON.stringify(text).slice(1, -1);

/** Text as it stands inside a JSON string, in UTF-8. */
export const innerBytes = (text: string): Uint8Array => Buffer.from(jsonInner(text), "utf8");

/**
 * `value`'s UTF-8 bytes written into `block` from `at`, which has room for three bytes per UTF-16 unit;
 * returns where they end, or -1 when `value` holds a character JSON escapes (nothing usable written).
 */
export function encodeInner(value: string, block: Buffer, at: number): number {
  if (value.length >= NATIVE_FROM) return NEEDS_ESCAPE.test(value) ? -1 : at + block.write(value, at);
  let end = at;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x80) {
      if (code < 0x20 || code === QUOTE || code === BACKSLASH) return -1;
      block[end++] = code;
    } else if (code < 0x800) {
      block[end++] = 0xc0 | (code >> 6);
      block[end++] = 0x80 | (code & 0x3f);
    } else if (code >= 0xd800 && code <= 0xdfff) {
      return -1;
    } else {
      block[end++] = 0xe0 | (code >> 12);
      block[end++] = 0x80 | ((code >> 6) & 0x3f);
      block[end++] = 0x80 | (code & 0x3f);
    }
  }
  return end;
}

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
    this.block = Buffer.allocUnsafe(Math.min(blockBytes, FIRST_BLOCK_BYTES));
  }

  /** Bytes already encoded (JSON text made once and kept). */
  bytes(piece: Uint8Array): void {
    const length = piece.length;
    this.room(length);
    if (length > COPIED_FROM) {
      this.block.set(piece, this.used);
      this.used += length;
      return;
    }
    const block = this.block;
    let at = this.used;
    for (let index = 0; index < length; index++) block[at++] = piece[index] as number;
    this.used = at;
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
    this.quote();
    this.inner(value);
    this.quote();
  }

  /** The `"` that opens or closes a string written with `inner`. */
  quote(): void {
    this.room(1);
    this.block[this.used++] = QUOTE;
  }

  /** A string's characters as they stand between a JSON string's quotes (escaped where JSON escapes). */
  inner(value: string): void {
    // Three bytes per UTF-16 unit is UTF-8's most.
    this.room(value.length * 3);
    const end = encodeInner(value, this.block, this.used);
    if (end < 0) return this.escaped(value, this.used);
    this.used = end;
  }

  /** The first `length` bytes of `piece`. */
  bytesOf(piece: Uint8Array, length: number): void {
    this.room(length);
    const block = this.block;
    let at = this.used;
    for (let index = 0; index < length; index++) block[at++] = piece[index] as number;
    this.used = at;
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

  /**
   * A figure's digits inside a JSON string: its sign, the whole part in groups of three split by
   * `group`, then `point` and the decimals.
   */
  figure(digits: FigureDigits, group: number, point: number): void {
    // Sign, sixteen digits, five separators and the point.
    this.room(24);
    if (digits.negative) this.block[this.used++] = 45;
    if (digits.whole < 1000) this.digits(digits.whole, 0);
    else this.grouped(digits.whole, group);
    if (digits.decimals === 0) return;
    this.block[this.used++] = point;
    this.digits(digits.fraction, digits.decimals);
  }

  /** An A1 address: the column's `letters`, then the number of the 0-based `row`. */
  address(letters: Uint8Array, row: number): void {
    this.bytes(letters);
    this.room(16);
    this.digits(row + 1, 0);
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

  /** A whole number of a thousand or more, its digits in groups of three split by `group`. */
  private grouped(value: number, group: number): void {
    let count = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) count++;
    const block = this.block;
    let at = this.used + count + Math.floor((count - 1) / 3);
    this.used = at;
    let rest = value;
    for (let written = 0; written < count; written++) {
      if (written > 0 && written % 3 === 0) block[--at] = group;
      block[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
  }

  /** `value`'s characters as `JSON.stringify` writes them, from `start` again (it holds a character JSON escapes). */
  private escaped(value: string, start: number): void {
    this.used = start;
    this.json(jsonInner(value));
  }

  private room(bytes: number): void {
    if (this.used + bytes > this.block.length) this.nextBlock(bytes);
  }

  /** Sends the full block and starts one with room for `bytes` (apart from `room`, which is inlined everywhere). */
  private nextBlock(bytes: number): void {
    if (this.used > 0) this.emit(this.block.subarray(0, this.used));
    this.block = Buffer.allocUnsafe(Math.max(this.blockBytes, bytes));
    this.used = 0;
  }
}
