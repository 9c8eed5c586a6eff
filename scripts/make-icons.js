/*
 * Draws PlanCheck's icons (a green check over a faint red cross on a white tile) into
 * assets/icon-<size>.png with nothing but node's zlib: `node scripts/make-icons.js`.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (row by row) as a PNG. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // no filter
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, inset, radius) {
  const cx = Math.min(Math.max(x, inset + radius), 1 - inset - radius);
  const cy = Math.min(Math.max(y, inset + radius), 1 - inset - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

const near = (x, y, points, width) =>
  points.slice(1).some((point, index) => distanceToSegment(x, y, points[index], point) <= width / 2);

/** The colour at a point of the unit square, or undefined outside the tile. */
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y, 0.03, 0.18)) return undefined;
  if (
    near(
      x,
      y,
      [
        [0.2, 0.55],
        [0.42, 0.76],
        [0.82, 0.28],
      ],
      0.15,
    )
  )
    return [16, 124, 65];
  if (
    near(
      x,
      y,
      [
        [0.3, 0.28],
        [0.7, 0.68],
      ],
      0.09,
    ) ||
    near(
      x,
      y,
      [
        [0.7, 0.28],
        [0.3, 0.68],
      ],
      0.09,
    )
  ) {
    return [232, 160, 160];
  }
  if (!insideRoundedSquare(x, y, 0.07, 0.15)) return [16, 124, 65];
  return [255, 255, 255];
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (colour === undefined) continue;
          covered++;
          colour.forEach((channel, i) => (sum[i] += channel));
        }
      }
      const offset = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) rgba[offset + i] = covered === 0 ? 0 : Math.round(sum[i] / covered);
      rgba[offset + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

if (require.main === module) {
  const folder = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(folder, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(folder, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

module.exports = { drawIcon, encodePng, SIZES };
