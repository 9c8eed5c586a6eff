import type { Finding, FindingTarget } from "../../core/findings/finding";
import type { FindingVisitor } from "../../core/findings/sequence";
import { isPlainTarget, writeFinding } from "../../core/messages/findings";
import type { Language } from "../../core/messages/language";
import type { PlainTargetMaker } from "../../core/rules/targetFinding";
import { columnLetters } from "../../core/sheet/address";
import { DistrictBytes } from "./districtBytes";
import type { JsonBytes } from "./jsonBytes";
import { encoded, RowPieces, type RowMiddle } from "./rowPieces";
import { isListed, tidyNumber } from "./rows";
import { SentenceBytes } from "./sentenceBytes";
import { TargetSentenceBytes } from "./targetBytes";

const DISTRICT = encoded(',"district":');
const NULL = encoded("null");
const MESSAGE = encoded(',"message":"');
/** From the cell's closing quote to the district's opening one. */
const CELL_TO_DISTRICT = encoded('","district":"');

/** Column letters by column, encoded once. */
const LETTERS: Uint8Array[] = [];
const lettersOf = (col: number): Uint8Array => (LETTERS[col] ??= encoded(columnLetters(col)));

/**
 * Writes each finding it is told of as one line of the JSON document's list: a finding object, or a
 * plain target straight from its figures, cell and maker (`maker.make` would give the same line).
 */
export class FindingLines implements FindingVisitor {
  /** The file the findings come from. */
  file = "";
  private first = true;
  private readonly pieces = new RowPieces();
  private readonly message: SentenceBytes;
  private readonly districts = new DistrictBytes();
  private lastMaker: PlainTargetMaker | undefined;
  private lastMiddle: RowMiddle | undefined;

  constructor(
    private readonly out: JsonBytes,
    private readonly lang: Language,
    /** Met targets listed too. */
    private readonly all: boolean,
  ) {
    this.message = new SentenceBytes(out);
  }

  /** Whether a line was written. */
  get any(): boolean {
    return !this.first;
  }

  finding(finding: Finding): void {
    if (!isListed(finding, this.all)) return;
    const out = this.out;
    out.bytes(this.pieces.start(this.file, finding.sheet, this.first));
    this.first = false;
    out.string(finding.cell ?? null);
    out.bytes(DISTRICT);
    if (finding.district === "") out.bytes(NULL);
    else this.district(finding.district);
    const middle = this.pieces.middleOf(finding);
    out.bytes(middle.kind);
    out.number(tidyNumber(finding.value));
    out.bytes(middle.goal);
    out.number(tidyNumber(finding.gap));
    if (isPlainTarget(finding)) {
      const sentence = this.sentenceOf(middle, finding.indicator, finding.target);
      sentence.start(out);
      out.inner(finding.cell);
      return sentence.rest(finding.status === "met", this.districts, finding.value, finding.gap, out, this.message);
    }
    out.bytes(MESSAGE);
    writeFinding(finding, this.lang, this.message);
    out.quote();
  }

  plainTarget(maker: PlainTargetMaker, row: number, col: number, district: string, figure: number, gap: number): void {
    const met = maker.status === "met";
    if (met && !this.all) return;
    if (district === "") return this.finding(maker.make(row, col, district, figure, gap));
    const out = this.out;
    out.bytes(this.pieces.start(this.file, maker.sheet, this.first, true));
    this.first = false;
    const letters = lettersOf(col);
    out.address(letters, row);
    out.bytes(CELL_TO_DISTRICT);
    this.districts.encode(district);
    out.bytesOf(this.districts.bytes, this.districts.length);
    const middle = this.middleOf(maker);
    out.bytes(middle.quotedKind);
    out.number(tidyNumber(figure));
    out.bytes(middle.goal);
    out.number(tidyNumber(gap));
    const sentence = this.sentenceOf(middle, maker.code, maker.target);
    sentence.start(out);
    out.address(letters, row);
    sentence.rest(met, this.districts, figure, gap, out, this.message);
  }

  /** The message of the plain targets that share `middle`, encoded when the first is written. */
  private sentenceOf(middle: RowMiddle, indicator: string, target: FindingTarget): TargetSentenceBytes {
    return (middle.sentence ??= new TargetSentenceBytes(indicator, target, this.lang));
  }

  /** The district as a JSON string, kept encoded for the message. */
  private district(district: string): void {
    this.districts.encode(district);
    this.out.quote();
    this.out.bytesOf(this.districts.bytes, this.districts.length);
    this.out.quote();
  }

  /** A row's findings come from a few makers in turn: the last one's pieces are kept at hand. */
  private middleOf(maker: PlainTargetMaker): RowMiddle {
    if (maker !== this.lastMaker || this.lastMiddle === undefined) {
      this.lastMaker = maker;
      this.lastMiddle = this.pieces.middle(maker.code, maker.status, "target", maker.target);
    }
    return this.lastMiddle;
  }
}
