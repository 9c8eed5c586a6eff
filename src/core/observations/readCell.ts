import { rememberedBy } from "../memo";
import type { Unit } from "../indicators/units";
import { isShareUnit } from "../indicators/units";
import { parseNumber, type NumberLocale } from "../numbers/parse";
import type { CellValue } from "../sheet/snapshot";
import { cellText } from "../layout/grid";

/** How one cell was read. `value` is usable for targets and sums only when `usable` is true. */
export type CellReading =
  | {
      readonly ok: true;
      readonly value: number;
      readonly raw: string;
      /** Decimal places the figure was given with (its last digit's precision). */
      readonly decimals: number;
      /** The cell held the figure as text ("27,6"), so `raw` says more than `value`. */
      readonly fromText: boolean;
      readonly usable: boolean;
      readonly problems: readonly ReadingProblem[];
    }
  | {
      readonly ok: false;
      readonly raw: string;
      readonly problems: readonly ReadingProblem[];
    };

/** A data-quality problem found while reading a cell; becomes a finding with the cell's context. */
export type ReadingProblem =
  | { readonly rule: "missing" | "not-a-number" | "error-value" }
  | { readonly rule: "ambiguous-number"; readonly alternative: number }
  | {
      readonly rule: "fraction-as-percent";
      readonly stored: number;
      readonly format: string;
    }
  | { readonly rule: "negative-count" | "percent-over-100" };

/** What the column holds: its unit, and whether it counts whole things (people, beds). */
export interface ColumnKind {
  readonly unit: Unit;
  readonly wholeCount: boolean;
}

const round = (value: number) => Math.round(value * 1e9) / 1e9;

/** What a number format string says, worked out once per distinct format (a sheet has a handful). */
interface FormatFacts {
  readonly percent: boolean;
  readonly decimals: number | undefined;
}

const formats = rememberedBy<FormatFacts>((format) => {
  const bare = format.replace(/"[^"]*"|\\./g, "");
  return { percent: bare.includes("%"), decimals: /0\.(0+)/.exec(bare)?.[1]?.length };
});
const GENERAL: FormatFacts = { percent: false, decimals: undefined };

const formatFacts = (format: string): FormatFacts => (format === "General" ? GENERAL : formats(format));

/** A number format that shows a percentage ("0.0%", not a literal "%" in quotes). */
export const isPercentFormat = (format: string): boolean => formatFacts(format).percent;

const formatDecimals = (format: string): number | undefined => formatFacts(format).decimals;

/** Decimal places of a stored number as written (to 1e-9, at most 6): 27.599999999999998 → 1. */
function valueDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const rounded = round(value);
  if (Number.isInteger(rounded)) return 0;
  for (let decimals = 1, scale = 10; decimals < 6; decimals++, scale *= 10)
    if (Math.round(rounded * scale) / scale === rounded) return decimals;
  return 6;
}

/**
 * A cell read as a number. Its `raw` text and `decimals` are worked out when first asked for
 * (findings and ratio checks ask; most cells never are): the decimals are the number format's
 * own, else the value's written digits.
 */
class NumberReading {
  readonly ok = true as const;
  private known: number | undefined;
  private text: string | undefined;

  constructor(
    readonly value: number,
    private readonly source: CellValue,
    formatDecimals: number | undefined,
    readonly usable: boolean,
    readonly problems: readonly ReadingProblem[],
  ) {
    this.known = formatDecimals;
  }

  get fromText(): boolean {
    return typeof this.source === "string";
  }

  /** The cell's content as the user sees it. */
  get raw(): string {
    if (this.text === undefined) this.text = cellText(this.source);
    return this.text;
  }

  /** Decimal places the figure was given with (its last digit's precision). */
  get decimals(): number {
    if (this.known === undefined) this.known = valueDecimals(this.value);
    return this.known;
  }
}

/** Shared by the (many) cells read without a problem; never pushed to. */
const NO_PROBLEMS: ReadingProblem[] = [];

/** Below this share, a fraction stored in a `%` cell is shown to the user as read (0.0041 → 0.41 %). */
const SMALL_SHARE = 1;

/** Units whose figures may be negative: changes per mille, years, centimetres. */
const signedUnit = (unit: Unit): boolean => unit === "permille" || unit === "years" || unit === "cm";

/**
 * The figure of a cell holding a plain number that reads without any problem (most cells), as
 * `readCell` gives it; undefined for every other cell (text, blanks, errors, problems), which
 * `readCell` reads in full.
 */
export function plainFigure(value: CellValue, format: string, kind: ColumnKind): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const share = isShareUnit(kind.unit);
  const inPercent = share && isPercentFormat(format);
  const read = inPercent ? round(value * 100) : value;
  if (inPercent && Math.abs(read) < SMALL_SHARE && read !== 0) return undefined;
  return (read < 0 && !signedUnit(kind.unit)) || (share && read > 100) ? undefined : read;
}

/** Decimal places of a plain number's figure (see `plainFigure`): its format's, else its own digits. */
export const plainDecimals = (figure: number, format: string): number =>
  formatDecimals(format) ?? valueDecimals(figure);

/**
 * Reads one cell for a column of the given kind: numbers and number text (Vietnamese or English
 * writing, `locale` deciding `1.234`), fractions in `%` cells as percentages, and every problem
 * on the way (missing, not a number, error value, ambiguous, negative count, share above 100).
 */
export function readCell(value: CellValue, format: string, kind: ColumnKind, locale: NumberLocale): CellReading {
  const plain = plainFigure(value, format, kind);
  if (plain !== undefined) return new NumberReading(plain, value, formatDecimals(format), true, NO_PROBLEMS);
  const parsed = typeof value === "number" && Number.isFinite(value) ? undefined : parseNumber(value, locale);
  if (parsed !== undefined && !parsed.ok) {
    const rule = parsed.reason === "empty" || parsed.reason === "no-data" ? "missing" : parsed.reason;
    return { ok: false, raw: cellText(value), problems: [{ rule }] };
  }
  let problems: ReadingProblem[] | undefined;
  let read = parsed === undefined ? (value as number) : parsed.value;
  const fromText = parsed?.fromText === true;
  // Undefined: the value's own digits, worked out when asked for (see NumberReading).
  const decimals = fromText ? undefined : formatDecimals(format);
  if (parsed?.ambiguous !== undefined) {
    const alternative = parsed.ambiguous.alternative;
    const wholeOnlyOne = Number.isInteger(read) !== Number.isInteger(alternative);
    if (kind.wholeCount && wholeOnlyOne) read = Number.isInteger(read) ? read : alternative;
    else (problems ??= []).push({ rule: "ambiguous-number", alternative });
  }
  if (isShareUnit(kind.unit) && !fromText && isPercentFormat(format)) {
    const stored = read;
    read = round(stored * 100);
    if (Math.abs(read) < SMALL_SHARE && read !== 0)
      (problems ??= []).push({ rule: "fraction-as-percent", stored, format });
  }
  let usable = true;
  if (read < 0 && !signedUnit(kind.unit)) {
    (problems ??= []).push({ rule: "negative-count" });
    usable = false;
  }
  if (isShareUnit(kind.unit) && read > 100) {
    (problems ??= []).push({ rule: "percent-over-100" });
    usable = false;
  }
  return new NumberReading(read, value, decimals, usable, problems ?? NO_PROBLEMS);
}
