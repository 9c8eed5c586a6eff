import fs from "fs";
import path from "path";
import zlib from "zlib";
import { drawIcon, SIZES } from "../../scripts/make-icons";

describe("icons", () => {
  it("returns committed icons identical to what scripts/make-icons.js draws", () => {
    for (const size of SIZES) {
      const committed = fs.readFileSync(path.resolve(__dirname, "../../assets", `icon-${size}.png`));
      expect([size, committed.equals(drawIcon(size))]).toEqual([size, true]);
    }
  });

  it("returns a PNG of the size asked for, with transparent corners and an opaque green check", () => {
    const size = 32;
    const png = drawIcon(size);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString()).toBe("IDAT");
    const raw = zlib.inflateSync(png.subarray(41, 41 + idatLength));
    const pixel = (x: number, y: number) => [...raw.subarray(y * (size * 4 + 1) + 1 + x * 4).subarray(0, 4)];
    expect(pixel(0, 0)[3]).toBe(0);
    const [red = 0, green = 0, blue = 0, alpha = 0] = pixel(Math.round(0.42 * size), Math.round(0.76 * size) - 1);
    expect(alpha).toBe(255);
    expect(green).toBeGreaterThan(red + 50);
    expect(green).toBeGreaterThan(blue + 50);
  });
});
