import type { Finding, FindingTarget } from "../../core/findings/finding";
import { tidyNumber } from "./rows";
import type { TargetSentenceBytes } from "./targetBytes";

const json = JSON.stringify;
export const encoded = (text: string): Uint8Array => Buffer.from(text, "utf8");

/** A row's JSON text around its value and gap, the same for every finding of one indicator, status, rule and target. */
export interface RowMiddle {
  readonly status: string;
  readonly rule: string;
  readonly target: FindingTarget | undefined;
  /** `,"indicator":…,"status":…,"rule":…,"value":` */
  readonly kind: Uint8Array;
  /** `kind` after the quote that closes the district. */
  readonly quotedKind: Uint8Array;
  /** `,"target":…,"comparator":…,"gap":` */
  readonly goal: Uint8Array;
  /** The message of a plain target finding, made when the first is written. */
  sentence: TargetSentenceBytes | undefined;
}

/** An indicator's kinds of finding are few (the engine shares one target object per indicator); past this they start again. */
const MIDDLES_KEPT = 16;

/** The JSON text of a row's pieces that repeat from one finding to the next, encoded once. */
export class RowPieces {
  private file: string | undefined;
  private sheet: string | undefined;
  /** The heads after a finding and first, each then with the quote that opens the cell. */
  private heads = [encoded(""), encoded(""), encoded(""), encoded("")];
  private readonly middles = new Map<string | undefined, RowMiddle[]>();

  /**
   * The end of the finding before (`}` and a comma) when there is one, the line break, then
   * `{"file":…,"sheet":…,"cell":`
   */
  start(file: string, sheet: string, first: boolean, quoted = false): Uint8Array {
    if (file !== this.file || sheet !== this.sheet) {
      this.file = file;
      this.sheet = sheet;
      const head = `{"file":${json(file)},"sheet":${json(sheet)},"cell":`;
      this.heads = [`},\n    ${head}`, `\n    ${head}`, `},\n    ${head}"`, `\n    ${head}"`].map(encoded);
    }
    return this.heads[(first ? 1 : 0) + (quoted ? 2 : 0)] as Uint8Array;
  }

  /** The pieces around `finding`'s value and gap (one lookup: a large sheet has hundreds of thousands of findings). */
  middleOf(finding: Finding): RowMiddle {
    return this.middle(finding.indicator, finding.status, finding.rule, finding.target);
  }

  /** The pieces around the value and gap of a finding with these fields. */
  middle(indicator: string | undefined, status: string, rule: string, target: FindingTarget | undefined): RowMiddle {
    let kinds = this.middles.get(indicator);
    if (kinds === undefined) this.middles.set(indicator, (kinds = []));
    for (let index = 0; index < kinds.length; index++) {
      const known = kinds[index] as RowMiddle;
      if (known.target === target && known.status === status && known.rule === rule) return known;
    }
    if (kinds.length >= MIDDLES_KEPT) kinds.length = 0;
    const kind = `,"indicator":${json(indicator ?? null)},"status":${json(status)},"rule":${json(rule)},"value":`;
    const middle: RowMiddle = {
      status,
      rule,
      target,
      kind: encoded(kind),
      quotedKind: encoded(`"${kind}`),
      goal: encoded(
        `,"target":${json(tidyNumber(target?.value))},"comparator":${json(target?.comparator ?? null)},"gap":`,
      ),
      sentence: undefined,
    };
    kinds.push(middle);
    return middle;
  }
}
