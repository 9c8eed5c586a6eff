export type Language = "vi" | "en";

/** Vietnamese for a Vietnamese display language ("vi", "vi-VN"), English otherwise. */
export const languageFromLocale = (tag: string | undefined): Language =>
  tag !== undefined && /^vi\b/i.test(tag.trim()) ? "vi" : "en";
