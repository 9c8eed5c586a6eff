import type { Finding, FindingTarget } from "../../core/findings/finding";
import { isPlainTarget, writeFinding } from "../../core/messages/findings";
import type { Language } from "../../core/messages/language";
import { DistrictBytes } from "./districtBytes";
import { JsonBytes } from "./jsonBytes";
import { SentenceBytes } from "./sentenceBytes";
import { isListed, rowTarget, tidyNumber, type RunReport, type RunSummary } from "./rows";
import { TargetSentenceBytes } from "./targetBytes";

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);
const json = JSON.stringify;
const encoded = (text: string): Uint8Array => Buffer.from(text, "utf8");

/** A row's JSON text around its value and gap, the same for every finding of one indicator, status, rule and target. */
interface RowMiddle {
  readonly status: string;
  readonly rule: string;
  readonly target: FindingTarget | undefined;
  /** `,"indicator":…,"status":…,"rule":…,"value":` */
  readonly kind: Uint8Array;
  /** `,"target":…,"comparator":…,"gap":` */
  readonly goal: Uint8Array;
  /** The message of a plain target finding, made when the first is written. */
  sentence: TargetSentenceBytes | undefined;
}

/** An indicator's kinds of finding are few (the engine shares one target object per indicator); past this they start again. */
const MIDDLES_KEPT = 16;

/** The JSON text of a row's pieces that repeat from one finding to the next, encoded once. */
class RowPieces {
  private file: string | undefined;
  private sheet: string | undefined;
  private heads = [encoded(""), encoded("")];
  private readonly middles = new Map<string | undefined, RowMiddle[]>();

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

  /** The pieces around `finding`'s value and gap (one lookup: a large sheet has hundreds of thousands of findings). */
  middleOf(finding: Finding): RowMiddle {
    let kinds = this.middles.get(finding.indicator);
    if (kinds === undefined) this.middles.set(finding.indicator, (kinds = []));
    for (let index = 0; index < kinds.length; index++) {
      const kind = kinds[index] as RowMiddle;
      if (kind.target === finding.target && kind.status === finding.status && kind.rule === finding.rule) return kind;
    }
    if (kinds.length >= MIDDLES_KEPT) kinds.length = 0;
    const { target, comparator } = rowTarget(finding);
    const middle: RowMiddle = {
      status: finding.status,
      rule: finding.rule,
      target: finding.target,
      kind: encoded(
        `,"indicator":${json(finding.indicator ?? null)},"status":${json(finding.status)},"rule":${json(finding.rule)},"value":`,
      ),
      goal: encoded(`,"target":${json(target)},"comparator":${json(comparator)},"gap":`),
      sentence: undefined,
    };
    kinds.push(middle);
    return middle;
  }
}

const DISTRICT = encoded(',"district":');
const NULL = encoded("null");

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
  const districts = new DistrictBytes();
  const lang = listing.lang;
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
        const named = finding.district !== "";
        if (!named) out.bytes(NULL);
        else {
          districts.encode(finding.district);
          out.quote();
          out.bytesOf(districts.bytes, districts.length);
          out.quote();
        }
        const middle = pieces.middleOf(finding);
        out.bytes(middle.kind);
        out.number(tidyNumber(finding.value));
        out.bytes(middle.goal);
        out.number(tidyNumber(finding.gap));
        if (named && isPlainTarget(finding)) {
          middle.sentence ??= new TargetSentenceBytes(finding.indicator, finding.target, lang);
          middle.sentence.write(finding, districts, lang, out, message);
          continue;
        }
        out.bytes(MESSAGE);
        writeFinding(finding, lang, message);
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
