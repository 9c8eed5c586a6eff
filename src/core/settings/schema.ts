import { z } from "zod";
import { SheetMappingSchema } from "../engine/mapping";

/** What PlanCheck keeps in `workbook.settings`: versioned, checked with zod when read back. */
export const WorkbookSettingsSchema = z.object({
  version: z.literal(1),
  plan: z.string().min(1).optional(),
  year: z.number().int().optional(),
  language: z.enum(["vi", "en"]).optional(),
  locale: z.enum(["vi", "en"]).optional(),
  /** Saved mappings, by sheet name. */
  mappings: z.record(z.string(), SheetMappingSchema).default({}),
  /** The province figures of the last validation, read by `=YTE.TARGET_GAP(code, year)` with no actual. */
  lastValidation: z
    .object({
      plan: z.string(),
      year: z.number().int(),
      sheet: z.string(),
      validatedAt: z.string(),
      figures: z.record(z.string(), z.number()),
    })
    .optional(),
});
export type WorkbookSettings = z.infer<typeof WorkbookSettingsSchema>;

export const SETTINGS_KEY = "plancheck";
export const EMPTY_SETTINGS: WorkbookSettings = { version: 1, mappings: {} };

/** Reads settings back; anything unreadable or from another version starts afresh rather than failing. */
export function readSettings(stored: unknown): WorkbookSettings {
  const parsed = WorkbookSettingsSchema.safeParse(typeof stored === "string" ? safeJson(stored) : stored);
  return parsed.success ? parsed.data : EMPTY_SETTINGS;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
