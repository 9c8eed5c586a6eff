import { encodeInner, innerBytes } from "./jsonBytes";

/** A district's name encoded once for the findings of its row, which come one after another. */
export class DistrictBytes {
  private last: string | undefined;
  /** The name as it stands inside a JSON string: the first `length` bytes. */
  bytes = Buffer.allocUnsafe(256);
  length = 0;

  encode(district: string): void {
    if (district === this.last) return;
    this.last = district;
    if (this.bytes.length < district.length * 3) this.bytes = Buffer.allocUnsafe(district.length * 3);
    const end = encodeInner(district, this.bytes, 0);
    if (end >= 0) {
      this.length = end;
      return;
    }
    const escaped = innerBytes(district);
    if (this.bytes.length < escaped.length) this.bytes = Buffer.allocUnsafe(escaped.length);
    this.bytes.set(escaped);
    this.length = escaped.length;
  }
}
