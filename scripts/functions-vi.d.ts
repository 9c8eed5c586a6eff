export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: { name: string; description?: string; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** Translates functions.json with the table; `errors` lists every untranslated or unknown entry. */
export function translateMetadata(
  metadata: { functions: FunctionMetadata[] },
  table: Record<
    string,
    { name: string; description: string; parameters: Record<string, { name: string; description: string }> }
  >,
): { metadata: { functions: FunctionMetadata[] }; errors: string[] };

export class VietnameseMetadataPlugin {
  constructor(options: { source: string; output: string; table: string });
}
