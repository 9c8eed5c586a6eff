import type { Finding } from "../findings/finding";
import { wordFindingBody } from "../messages/findings";
import type { Language } from "../messages/language";
import type { Highlight, HighlightKind } from "./types";

const RANK: Readonly<Record<HighlightKind, number>> = { error: 3, shortfall: 2, warning: 1 };
/** Findings listed in a cell's note before "+n more". */
const NOTE_FINDINGS = 3;

/**
 * One highlight per cell that has a shortfall, error or warning: the worst decides the colour
 * (error > shortfall > warning), the note lists the findings on the cell. `met` is not
 * highlighted; pooled figures have no single cell and are not highlighted either.
 */
export function planHighlights(findings: readonly Finding[], lang: Language): Highlight[] {
  const cells = new Map<string, { sheet: string; address: string; kind: HighlightKind; findings: Finding[] }>();
  for (const finding of findings) {
    if (finding.status === "met" || finding.cell === undefined) continue;
    const kind: HighlightKind = finding.status;
    const key = `${finding.sheet}!${finding.cell}`;
    const known = cells.get(key);
    if (known === undefined) {
      cells.set(key, { sheet: finding.sheet, address: finding.cell, kind, findings: [finding] });
      continue;
    }
    known.findings.push(finding);
    if (RANK[kind] > RANK[known.kind]) known.kind = kind;
  }
  return [...cells.values()].map(({ sheet, address, kind, findings: onCell }) => {
    const worstFirst = [...onCell].sort((a, b) => RANK[b.status as HighlightKind] - RANK[a.status as HighlightKind]);
    const lines = worstFirst.slice(0, NOTE_FINDINGS).map((finding) => wordFindingBody(finding, lang));
    const more = worstFirst.length - NOTE_FINDINGS;
    if (more > 0) lines.push(lang === "vi" ? `… và ${more} vấn đề khác` : `… and ${more} more`);
    return { sheet, address, kind, note: lines.join("\n") };
  });
}
