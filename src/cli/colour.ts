/** ANSI styling, or none: only when the stream is a terminal and NO_COLOR is unset or empty. */
export interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly magenta: (text: string) => string;
  readonly green: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export const ANSI: Paint = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  magenta: wrap(35, 39),
  green: wrap(32, 39),
};
export const NO_PAINT: Paint = { bold: plain, dim: plain, red: plain, yellow: plain, magenta: plain, green: plain };

export const paintFor = (isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): Paint =>
  isTTY === true && (env.NO_COLOR ?? "") === "" ? ANSI : NO_PAINT;
