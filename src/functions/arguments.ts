import { findIndicator, suggestIndicator } from "../core/indicators/catalogue";
import type { Indicator } from "../core/indicators/schema";
import { parseNumber, type NumberLocale } from "../core/numbers/parse";
import { PLANS } from "../core/plans/registry";
import type { Plan } from "../core/plans/schema";
import { fail, ok, type Result } from "../core/result";
import { closest } from "../core/text/distance";
import { foldKey } from "../core/text/fold";
import { failure, type FunctionFailure } from "./failure";
import type { ParamKind, ParamSpec } from "./specs";
import { viParamName } from "./translations";

/** The numbers of a cell or a range, row by row; `null` where a cell is blank or says "no data". */
export interface NumberGrid {
  readonly rows: number;
  readonly cols: number;
  readonly cells: readonly (number | null)[];
}

interface CheckedByKind {
  numbers: NumberGrid;
  number: number;
  indicator: Indicator;
  year: number;
  plan: Plan;
}

/** What the checker gives for one parameter: `undefined` for an omitted optional argument. */
export type Checked<P extends ParamSpec> = P["optional"] extends true
  ? CheckedByKind[P["kind"]] | undefined
  : CheckedByKind[P["kind"]];

export type CheckedArgs<Ps extends readonly ParamSpec[]> = { -readonly [K in keyof Ps]: Checked<Ps[K]> };

/** Where an argument is read: which function and parameter (for messages) and how ambiguous text is read. */
export interface ArgumentContext {
  readonly functionId: string;
  readonly locale: NumberLocale;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Excel passes null (and, on some hosts, "") for an omitted optional argument or a blank cell. */
export const isOmitted = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/**
 * The shared argument checker: reads one argument as its parameter's kind, or says which Excel
 * error it is and why. Every function goes through it.
 */
export function checkArgument(
  spec: ParamSpec,
  value: unknown,
  context: ArgumentContext,
): Result<unknown, FunctionFailure> {
  if (isOmitted(value) && spec.kind !== "numbers") {
    if (spec.optional) return ok(undefined);
    const name = names(spec, context);
    return fail(failure("#VALUE!", `${name.en} is missing.`, `Thiếu ${name.vi}.`));
  }
  return READERS[spec.kind](value, spec, context);
}

type Reader = (value: unknown, spec: ParamSpec, context: ArgumentContext) => Result<unknown, FunctionFailure>;

const READERS: Record<ParamKind, Reader> = {
  numbers: readGrid,
  number: readNumber,
  year: readYear,
  indicator: readIndicator,
  plan: readPlan,
};

const names = (spec: ParamSpec, context: ArgumentContext) => ({
  en: spec.name,
  vi: viParamName(context.functionId, spec.name),
});

const shown = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));

function notANumber(value: unknown, spec: ParamSpec, context: ArgumentContext): FunctionFailure {
  const name = names(spec, context);
  return failure(
    "#VALUE!",
    `${name.en}: ${shown(value)} is not a number.`,
    `${name.vi}: ${shown(value)} không phải là số.`,
  );
}

function negative(spec: ParamSpec, context: ArgumentContext): FunctionFailure {
  const name = names(spec, context);
  return failure("#NUM!", `${name.en} cannot be negative.`, `${name.vi} không được âm.`);
}

/** One cell's number, `null` for blank or "no data", or why it is not one. */
function readCell(value: unknown, spec: ParamSpec, context: ArgumentContext): Result<number | null, FunctionFailure> {
  if (isOmitted(value)) return ok(null);
  if (typeof value !== "number" && typeof value !== "string") return fail(notANumber(value, spec, context));
  const parsed = parseNumber(value, context.locale);
  if (!parsed.ok) {
    return parsed.reason === "empty" || parsed.reason === "no-data" ? ok(null) : fail(notANumber(value, spec, context));
  }
  return parsed.value < 0 ? fail(negative(spec, context)) : ok(parsed.value);
}

function readGrid(value: unknown, spec: ParamSpec, context: ArgumentContext): Result<NumberGrid, FunctionFailure> {
  const rows: readonly unknown[] = Array.isArray(value) ? value : [value];
  const cells: (number | null)[] = [];
  let cols = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cellsOfRow: readonly unknown[] = Array.isArray(row) ? row : [row];
    if (r === 0) cols = cellsOfRow.length;
    for (let c = 0; c < cellsOfRow.length; c++) {
      const cell = cellsOfRow[c];
      // Numbers are most cells of a range: read them without the text parser.
      if (typeof cell === "number" && Number.isFinite(cell)) {
        if (cell < 0) return fail(negative(spec, context));
        cells.push(cell);
        continue;
      }
      const read = readCell(cell, spec, context);
      if (!read.success) return read;
      cells.push(read.data);
    }
  }
  return ok({ rows: rows.length, cols, cells });
}

function readNumber(value: unknown, spec: ParamSpec, context: ArgumentContext): Result<number, FunctionFailure> {
  const single = Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) ? value[0][0] : value;
  if (typeof single !== "number" && typeof single !== "string") return fail(notANumber(single, spec, context));
  const parsed = parseNumber(single, context.locale);
  return parsed.ok ? ok(parsed.value) : fail(notANumber(single, spec, context));
}

function readYear(value: unknown, spec: ParamSpec, context: ArgumentContext): Result<number, FunctionFailure> {
  const read = readNumber(value, spec, context);
  if (!read.success) return read;
  const year = read.data;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    const name = names(spec, context);
    return fail(
      failure(
        "#NUM!",
        `${name.en}: ${year} is not a year between ${MIN_YEAR} and ${MAX_YEAR}.`,
        `${name.vi}: ${year} không phải là năm từ ${MIN_YEAR} đến ${MAX_YEAR}.`,
      ),
    );
  }
  return ok(year);
}

function readIndicator(
  value: unknown,
  _spec: ParamSpec,
  _context: ArgumentContext,
): Result<Indicator, FunctionFailure> {
  const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
  const indicator = text === "" ? undefined : findIndicator(text);
  if (indicator !== undefined) return ok(indicator);
  const suggestion = text === "" ? undefined : suggestIndicator(text);
  const hint = {
    en: suggestion === undefined ? "" : ` Did you mean ${suggestion}?`,
    vi: suggestion === undefined ? "" : ` Có phải là ${suggestion}?`,
  };
  return fail(
    failure("#N/A", `Unknown indicator ${shown(text)}.${hint.en}`, `Không có chỉ số ${shown(text)}.${hint.vi}`),
  );
}

const planKeys = PLANS.map((plan) => ({
  plan,
  keys: [plan.id, plan.province.vi, plan.province.en].map(foldKey),
}));

function readPlan(value: unknown, _spec: ParamSpec, _context: ArgumentContext): Result<Plan, FunctionFailure> {
  const text = typeof value === "string" ? value.trim() : String(value);
  const key = foldKey(text);
  const found = planKeys.find((entry) => entry.keys.includes(key))?.plan;
  if (found !== undefined) return ok(found);
  const near = closest(
    key,
    PLANS.map((plan) => foldKey(plan.id)),
  );
  const suggestion = PLANS.find((plan) => foldKey(plan.id) === near)?.id;
  const known = PLANS.map((plan) => plan.id).join(", ");
  return fail(
    failure(
      "#N/A",
      `Unknown plan ${shown(text)}.${suggestion === undefined ? "" : ` Did you mean ${suggestion}?`} Plans: ${known}.`,
      `Không có kế hoạch ${shown(text)}.${suggestion === undefined ? "" : ` Có phải là ${suggestion}?`} Các kế hoạch: ${known}.`,
    ),
  );
}
