import { z } from "zod";
import { UnitSchema } from "./units";

const CodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "a code is upper case letters, digits and _");
const NamesSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/** A raw figure a sheet reports (population, beds, live births, …). */
export const DataElementSchema = z.object({
  code: CodeSchema,
  name: NamesSchema,
  aliases: z.array(z.string().min(1)),
});

/** Ratio formula over data elements: numerator / denominator × factor. */
export const FormulaSchema = z.object({
  numerator: CodeSchema,
  denominator: CodeSchema,
  factor: z.number().positive(),
});

export const IndicatorSchema = z.object({
  code: CodeSchema,
  name: NamesSchema,
  aliases: z.array(z.string().min(1)),
  unit: UnitSchema,
  direction: z.enum(["higher", "lower"]),
  formula: FormulaSchema.optional(),
  /** Where the definition comes from (WHO 100 Core Health Indicators, the plan's own wording). */
  definition: z.string().min(1),
});

export type DataElement = z.infer<typeof DataElementSchema>;
export type Formula = z.infer<typeof FormulaSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Direction = Indicator["direction"];

export const CatalogueSchema = z
  .object({ indicators: z.array(IndicatorSchema), elements: z.array(DataElementSchema) })
  .superRefine((catalogue, ctx) => {
    const elementCodes = new Set(catalogue.elements.map((element) => element.code));
    const seen = new Set<string>();
    for (const [index, item] of [...catalogue.indicators, ...catalogue.elements].entries()) {
      if (seen.has(item.code)) ctx.addIssue({ code: "custom", message: `duplicate code ${item.code}`, path: [index] });
      seen.add(item.code);
    }
    catalogue.indicators.forEach((indicator, index) => {
      for (const part of ["numerator", "denominator"] as const) {
        const code = indicator.formula?.[part];
        if (code !== undefined && !elementCodes.has(code)) {
          ctx.addIssue({
            code: "custom",
            message: `${indicator.code}: ${part} ${code} is not a data element`,
            path: ["indicators", index, "formula", part],
          });
        }
      }
    });
  });
