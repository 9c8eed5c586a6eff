import { findingSequence } from "../../core/engine/validate";
import type { Finding } from "../../core/findings/finding";
import type { Language } from "../../core/messages/language";
import { FindingLines } from "./findingLines";
import { JsonBytes } from "./jsonBytes";
import { encoded } from "./rowPieces";
import type { RunReport, RunSummary } from "./rows";

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);
const json = JSON.stringify;
const CLOSE = encoded("}");

/** The sheets' findings of one file, as the command checked them. */
export interface CheckedFindings {
  readonly file: string;
  readonly results: readonly { readonly findings: readonly Finding[] }[];
}

/** What the listing holds and how its messages are worded. */
export interface Listing {
  readonly lang: Language;
  /** Met targets listed too (`--all`). */
  readonly all: boolean;
}

/**
 * Writes the one JSON document `--format json` prints, as UTF-8 blocks handed to `emit`, so that
 * a large run is never held as one string. It is laid out for people and line tools alike: one
 * finding per line, exactly `JSON.stringify(toRow(…))` (`grep` finds whole findings), the rest
 * indented as `JSON.stringify(…, null, 2)` would. The parts of a line that repeat are encoded once.
 */
export function writeJson(
  head: Pick<RunReport, "plan" | "year">,
  checked: Iterable<CheckedFindings>,
  listing: Listing,
  summary: RunSummary,
  emit: (bytes: Uint8Array) => void,
  blockBytes?: number,
): void {
  const out = new JsonBytes(emit, blockBytes);
  out.json(`{\n  "plan": ${json(head.plan)},\n  "year": ${json(head.year)},\n  "findings": [`);
  const lines = new FindingLines(out, listing.lang, listing.all);
  for (const { file, results } of checked) {
    lines.file = file;
    for (const result of results) {
      // Made one at a time, or written from their figures: a large sheet's findings are many.
      findingSequence(result).visitAll(lines);
    }
  }
  if (lines.any) out.bytes(CLOSE);
  out.json(`${lines.any ? "\n  " : ""}],\n  "summary": ${indent(json(summary, null, 2), "  ")}\n}\n`);
  out.end();
}

/** The whole document as one string (small runs, tests). */
export function formatJson(
  head: Pick<RunReport, "plan" | "year">,
  checked: Iterable<CheckedFindings>,
  listing: Listing,
  summary: RunSummary,
): string {
  const blocks: Uint8Array[] = [];
  writeJson(head, checked, listing, summary, (bytes) => blocks.push(bytes));
  return Buffer.concat(blocks).toString("utf8");
}
