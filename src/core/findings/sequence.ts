import type { PlainTargetMaker } from "../rules/targetFinding";
import type { Finding } from "./finding";

/** Told each finding of a sequence: as an object, or a plain target finding as the figures it is kept as. */
export interface FindingVisitor {
  finding(finding: Finding): void;
  /** What `maker.make(row, col, district, figure, gap)` would make. */
  plainTarget(maker: PlainTargetMaker, row: number, col: number, district: string, figure: number, gap: number): void;
}

/**
 * Findings by index, each made when asked for: a large sheet's target findings are kept as figures
 * until then, and a caller that goes through them once (the command's JSON) never holds them all.
 * `at` may give a new object each time it is asked for the same finding; `visitAll` gives the figures.
 */
export interface FindingSequence {
  readonly length: number;
  at(index: number): Finding;
  /** Tells `visitor` of every finding, in order. */
  visitAll(visitor: FindingVisitor): void;
}

/** An array's findings as a sequence. */
export const sequenceOf = (findings: readonly Finding[]): FindingSequence => ({
  length: findings.length,
  at: (index) => findings[index] as Finding,
  visitAll: (visitor) => {
    for (const finding of findings) visitor.finding(finding);
  },
});

/** Sequences one after another. */
export class JoinedSequence implements FindingSequence {
  readonly length: number;
  /** Where each part starts. */
  private readonly starts: number[] = [];

  constructor(private readonly parts: readonly FindingSequence[]) {
    let length = 0;
    for (const part of parts) {
      this.starts.push(length);
      length += part.length;
    }
    this.length = length;
  }

  at(index: number): Finding {
    const part = this.partOf(index);
    return (this.parts[part] as FindingSequence).at(index - (this.starts[part] as number));
  }

  visitAll(visitor: FindingVisitor): void {
    for (const part of this.parts) part.visitAll(visitor);
  }

  private partOf(index: number): number {
    let part = this.parts.length - 1;
    while (part > 0 && index < (this.starts[part] as number)) part--;
    return part;
  }

  /** Every finding, made once. */
  all(): Finding[] {
    const findings: Finding[] = [];
    for (let index = 0; index < this.length; index++) findings.push(this.at(index));
    return findings;
  }
}
