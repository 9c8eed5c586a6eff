import { z } from "zod";
import { indicatorByCode } from "../core/indicators/catalogue";

/** What an argument must be: the shared checker reads each kind one way for every function. */
export type ParamKind = "numbers" | "number" | "indicator" | "year" | "plan";

export interface ParamSpec {
  /** The parameter's name in the function's JSDoc (and so in functions.json). */
  readonly name: string;
  readonly kind: ParamKind;
  readonly optional: boolean;
}

/** A ratio over counts: Σ numerator / Σ denominator × factor. */
export interface RatioSpec {
  readonly factor: number;
  /** The catalogue indicator the ratio computes, when there is one (its formula must agree). */
  readonly indicator?: string;
}

export interface FunctionSpec {
  readonly params: readonly ParamSpec[];
  readonly result: "number" | "boolean" | "table";
  readonly ratio?: RatioSpec;
  /** Streaming: the value can change after the call (TARGET_GAP follows the last validation). */
  readonly streaming?: boolean;
}

const param = <N extends string, K extends ParamKind>(name: N, kind: K) => ({ name, kind, optional: false }) as const;
const optional = <N extends string, K extends ParamKind>(name: N, kind: K) => ({ name, kind, optional: true }) as const;

const ratio = <N extends string, D extends string>(numerator: N, denominator: D, factor: number, indicator?: string) =>
  ({
    params: [param(numerator, "numbers"), param(denominator, "numbers")],
    result: "number",
    ratio: indicator === undefined ? { factor } : { factor, indicator },
  }) as const;

/**
 * Every custom function PlanCheck declares, as data: the parameters the shared argument checker
 * reads and what the function gives back. `functions.ts` holds the JSDoc the metadata plugin reads;
 * a test keeps the two in step with the generated functions.json.
 */
export const FUNCTION_SPECS = {
  BEDS_PER_10K: ratio("beds", "population", 10000, "BEDS"),
  DOCTORS_PER_10K: ratio("doctors", "population", 10000, "DOCTORS"),
  PHARMACISTS_PER_10K: ratio("pharmacists", "population", 10000, "PHARMACISTS"),
  NURSES_PER_10K: ratio("nurses", "population", 10000, "NURSES"),
  PER_10K: ratio("count", "population", 10000),
  PER_1000: ratio("events", "live_births", 1000),
  PERCENT: ratio("part", "whole", 100),
  TARGET: {
    params: [param("indicator", "indicator"), param("year", "year"), optional("plan", "plan")],
    result: "number",
  },
  TARGET_GAP: {
    params: [
      param("indicator", "indicator"),
      param("year", "year"),
      optional("actual", "number"),
      optional("plan", "plan"),
    ],
    result: "number",
    streaming: true,
  },
  TARGET_MET: {
    params: [
      param("indicator", "indicator"),
      param("year", "year"),
      param("actual", "number"),
      optional("plan", "plan"),
    ],
    result: "boolean",
  },
  PLAN_TARGETS: {
    params: [optional("plan", "plan"), optional("year", "year")],
    result: "table",
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionSpecs = typeof FUNCTION_SPECS;
export type FunctionId = keyof FunctionSpecs;

const ParamSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, "a parameter name is lower case letters, digits and _"),
  kind: z.enum(["numbers", "number", "indicator", "year", "plan"]),
  optional: z.boolean(),
});

const SpecSchema = z
  .object({
    params: z.array(ParamSchema),
    result: z.enum(["number", "boolean", "table"]),
    ratio: z.object({ factor: z.number().positive(), indicator: z.string().optional() }).optional(),
    streaming: z.boolean().optional(),
  })
  .superRefine((spec, ctx) => {
    const firstOptional = spec.params.findIndex((p) => p.optional);
    if (firstOptional >= 0 && spec.params.slice(firstOptional).some((p) => !p.optional)) {
      ctx.addIssue({ code: "custom", message: "a required parameter follows an optional one", path: ["params"] });
    }
    if (new Set(spec.params.map((p) => p.name)).size !== spec.params.length) {
      ctx.addIssue({ code: "custom", message: "two parameters share a name", path: ["params"] });
    }
    const code = spec.ratio?.indicator;
    if (code !== undefined) {
      const formula = indicatorByCode(code)?.formula;
      if (formula === undefined || formula.factor !== spec.ratio?.factor) {
        ctx.addIssue({
          code: "custom",
          message: `${code} is not a catalogue ratio with factor ${spec.ratio?.factor}`,
          path: ["ratio"],
        });
      }
    }
  });

/** The function table's schema: ids as Excel allows them, each spec well formed. */
export const FunctionTableSchema = z.record(
  z.string().regex(/^[A-Z][A-Z0-9_.]*$/, "an id is upper case letters, digits, _ and ."),
  SpecSchema,
);

FunctionTableSchema.parse(FUNCTION_SPECS);
