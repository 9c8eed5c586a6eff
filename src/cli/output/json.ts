import type { Finding, FindingTarget } from "../../core/findings/finding";
import { writeFinding } from "../../core/messages/findings";
import type { Language } from "../../core/messages/language";
import { JsonBytes } from "./jsonBytes";
import { SentenceBytes } from "./sentenceBytes";
import { isListed, rowDistrict, rowTarget, tidyNumber, type RunReport, type RunSummary } from "./rows";

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);
const json = JSON.stringify;
const encoded = (text: string): Uint8Array => Buffer.from(text, "utf8");

/** The inner map kept under `key`, made when first asked for. */
function within<K, Inner extends Map<unknown, unknown>>(outer: Map<K, Inner>, key: K): Inner {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map() as Inner;
    outer.set(key, inner);
  }
  return inner;
}

/** The JSON text of a row's pieces that repeat from one finding to the next, encoded once. */
class RowPieces {
  private file: string | undefined;
  private sheet: string | undefined;
  private heads = [encoded(""), encoded("")];
  private readonly kinds = new Map<string | undefined, Map<string, Map<string, Uint8Array>>>();
  private readonly targets = new Map<FindingTarget | undefined, Uint8Array>();

  /**
   * The end of the finding before (`}` and a comma) when there is one, the line break, then
   * `{"file":…,"sheet":…,"cell":`
   */
  start(file: string, sheet: string, first: boolean): Uint8Array {
    if (file !== this.file || sheet !== this.sheet) {
      this.file = file;
      this.sheet = sheet;
      const head = `{"file":${json(file)},"sheet":${json(sheet)},"cell":`;
      this.heads = [encoded(`},\n    ${head}`), encoded(`\n    ${head}`)];
    }
    return this.heads[first ? 1 : 0] as Uint8Array;
  }

  /** `,"indicator":…,"status":…,"rule":…,"value":` */
  kindOf(finding: Finding): Uint8Array {
    const byStatus = within(this.kinds, finding.indicator);
    const byRule = within(byStatus, finding.status);
    let piece = byRule.get(finding.rule);
    if (piece === undefined) {
      piece = encoded(
        `,"indicator":${json(finding.indicator ?? null)},"status":${json(finding.status)},"rule":${json(finding.rule)},"value":`,
      );
      byRule.set(finding.rule, piece);
    }
    return piece;
  }

  /** `,"target":…,"comparator":…,"gap":` (the engine shares one target object per indicator). */
  targetOf(finding: Finding): Uint8Array {
    let piece = this.targets.get(finding.target);
    if (piece === undefined) {
      const { target, comparator } = rowTarget(finding);
      piece = encoded(`,"target":${json(target)},"comparator":${json(comparator)},"gap":`);
      this.targets.set(finding.target, piece);
    }
    return piece;
  }
}

const DISTRICT = encoded(',"district":');
const MESSAGE = encoded(',"message":"');
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
  const pieces = new RowPieces();
  const message = new SentenceBytes(out);
  let first = true;
  for (const { file, results } of checked)
    for (const { findings } of results)
      // Indexed: a large sheet's findings are many, and this loop runs once, often before it is optimised.
      for (let index = 0; index < findings.length; index++) {
        const finding = findings[index] as Finding;
        if (!isListed(finding, listing.all)) continue;
        out.bytes(pieces.start(file, finding.sheet, first));
        first = false;
        out.string(finding.cell ?? null);
        out.bytes(DISTRICT);
        out.string(rowDistrict(finding));
        out.bytes(pieces.kindOf(finding));
        out.number(tidyNumber(finding.value));
        out.bytes(pieces.targetOf(finding));
        out.number(tidyNumber(finding.gap));
        out.bytes(MESSAGE);
        writeFinding(finding, listing.lang, message);
        out.quote();
      }
  if (!first) out.bytes(CLOSE);
  out.json(`${first ? "" : "\n  "}],\n  "summary": ${indent(json(summary, null, 2), "  ")}\n}\n`);
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
