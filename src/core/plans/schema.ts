import { z } from "zod";
import { CATALOGUE } from "../indicators/catalogue";
import { UnitSchema } from "../indicators/units";

export const ComparatorSchema = z.enum([">", ">=", "<", "<=", "~"]);
export type Comparator = z.infer<typeof ComparatorSchema>;

const [firstCode = "", ...otherCodes] = CATALOGUE.indicators.map((indicator) => indicator.code);

export const TargetSchema = z
  .object({
    indicator: z.enum([firstCode, ...otherCodes], {
      error: (issue) => `unknown indicator code ${JSON.stringify(issue.input)}`,
    }),
    year: z.number().int().min(1990).max(2100),
    comparator: ComparatorSchema,
    value: z.number().finite(),
    /** For "~" (khoảng, about): how far from the value still counts as reached. */
    tolerance: z.number().nonnegative().optional(),
    unit: UnitSchema,
    source: z.object({
      file: z.string().min(1),
      /** The Vietnamese words the target was read from, verbatim. */
      quote: z.string().min(1),
    }),
    /** How the quote was read where it is not literal (a unit written wrongly, a typo). */
    interpretation: z.string().min(1).optional(),
    /** What the source reports as achieved, where it does. */
    reported: z.object({ value: z.number().finite(), quote: z.string().min(1) }).optional(),
  })
  .refine((target) => target.comparator !== "~" || target.tolerance !== undefined, {
    message: 'a target "about" (~) needs a tolerance',
    path: ["tolerance"],
  });
export type Target = z.infer<typeof TargetSchema>;

export const PlanSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "a plan id is lower case letters, digits and -"),
    province: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
    title: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
    sources: z.array(z.object({ file: z.string().min(1), title: z.string().min(1) })).min(1),
    targets: z.array(TargetSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.targets.forEach((target, index) => {
      const key = `${target.indicator}@${target.year}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: "custom",
          message: `a second target for ${target.indicator} in ${target.year}`,
          path: ["targets", index],
        });
      }
      seen.add(key);
    });
  });
export type Plan = z.infer<typeof PlanSchema>;
