/** A sample workbook the build put in `samples/` beside the page. */
export interface Sample {
  readonly file: string;
  readonly title: string;
}

/** Reads `samples/index.json`; entries that are not `{ file: "*.xlsx", title? }` are left out. */
export function parseSampleIndex(data: unknown): Sample[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown): Sample[] => {
    if (typeof entry !== "object" || entry === null) return [];
    const { file, title } = entry as { file?: unknown; title?: unknown };
    if (typeof file !== "string" || !/^[^/\\]+\.xlsx$/i.test(file)) return [];
    return [{ file, title: typeof title === "string" && title.trim() !== "" ? title : file }];
  });
}
