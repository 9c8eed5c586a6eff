import { z } from "zod";
import table from "./translations.vi.json";

const TranslatedParamSchema = z.object({ name: z.string().min(1), description: z.string().min(1) });

/** The Vietnamese names and help of every function, by id: the source of functions.vi.json. */
export const TranslationTableSchema = z.record(
  z.string(),
  z.object({
    name: z
      .string()
      .regex(/^\p{L}[\p{L}\p{N}_.]{0,127}$/u, "a function name starts with a letter: letters, digits, _ and ."),
    description: z.string().min(1),
    parameters: z.record(z.string(), TranslatedParamSchema),
  }),
);
export type TranslationTable = z.infer<typeof TranslationTableSchema>;

export const VI_TRANSLATIONS: TranslationTable = TranslationTableSchema.parse(table);

/** A parameter's Vietnamese name, for messages; the English name when the table has none. */
export function viParamName(functionId: string, param: string): string {
  return VI_TRANSLATIONS[functionId]?.parameters[param]?.name ?? param;
}
