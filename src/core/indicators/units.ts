import { z } from "zod";

/** The units indicators and targets are expressed in. */
export const UnitSchema = z.enum(["per10k", "percent", "per1000LiveBirths", "permille", "years", "cm", "count"]);
export type Unit = z.infer<typeof UnitSchema>;

export interface UnitLabel {
  readonly vi: string;
  readonly en: string;
  /** Short suffix shown after a value in messages: "95,4%", "68 năm" (none for counts and per 10,000). */
  readonly symbol: { readonly vi: string; readonly en: string };
}

export const UNIT_LABELS: Readonly<Record<Unit, UnitLabel>> = {
  per10k: { vi: "trên 10.000 dân", en: "per 10,000 population", symbol: { vi: "", en: "" } },
  percent: { vi: "phần trăm", en: "percent", symbol: { vi: "%", en: "%" } },
  per1000LiveBirths: {
    vi: "‰ (trên 1.000 trẻ đẻ sống)",
    en: "‰ (per 1,000 live births)",
    symbol: { vi: "‰", en: "‰" },
  },
  permille: { vi: "phần nghìn", en: "per mille", symbol: { vi: "‰", en: "‰" } },
  years: { vi: "năm", en: "years", symbol: { vi: " năm", en: " years" } },
  cm: { vi: "cm", en: "cm", symbol: { vi: " cm", en: " cm" } },
  count: { vi: "số lượng", en: "count", symbol: { vi: "", en: "" } },
};

/** Units that are a share of a whole and cannot exceed 100. */
export const isShareUnit = (unit: Unit): boolean => unit === "percent";
