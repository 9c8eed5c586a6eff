import type { Finding } from "../findings/finding";
import { fieldLabel } from "./format";
import type { Language } from "./language";
import { RULE_WORDS, writeRuleWords } from "./ruleWords";
import { written, type MessageSink } from "./sink";

function hiddenNote(finding: Finding, lang: Language): string {
  const hidden = finding.details?.["hidden"];
  if (hidden === "column") return lang === "vi" ? "cột ẩn" : "hidden column";
  if (hidden === "row") return lang === "vi" ? "hàng ẩn" : "hidden row";
  return "";
}

/**
 * The name a pooled figure goes by, from what the sheet says: its total row's own label
 * ("Toàn huyện, tổng hợp từ 12 đơn vị"), else "Tổng hợp từ 12 đơn vị" / "All 12 rows pooled".
 */
export function pooledName(finding: Finding, lang: Language): string {
  const count = finding.details?.["districts"];
  const rows = typeof count === "number" ? count : undefined;
  if (finding.district !== "") {
    if (rows === undefined) return finding.district;
    return lang === "vi"
      ? `${finding.district}, tổng hợp từ ${rows} đơn vị`
      : `${finding.district}, pooled from ${rows} rows`;
  }
  if (rows === undefined) return lang === "vi" ? "Tổng hợp các đơn vị" : "All rows pooled";
  return lang === "vi" ? `Tổng hợp từ ${rows} đơn vị` : `All ${rows} rows pooled`;
}

/** Where a finding is: "Ô D7 (Mường Tè, Giường bệnh/vạn dân)" / "Cell D7 (Mường Tè, beds per 10,000)". */
export const findingPlace = (finding: Finding, lang: Language): string =>
  written((sink) => writePlace(finding, lang, sink));

function writePlace(finding: Finding, lang: Language, sink: MessageSink): void {
  const label = finding.indicator === undefined ? "" : fieldLabel(finding.indicator, lang);
  if (finding.scope === "pooled") {
    sink.text(pooledName(finding, lang));
    if (label === "") return;
    sink.phrase(" (");
    sink.phrase(label);
    sink.phrase(")");
    return;
  }
  if (finding.cell === undefined) {
    sink.phrase(lang === "vi" ? "Trang tính “" : "Sheet “");
    sink.text(finding.sheet);
    sink.phrase("”");
    return;
  }
  sink.phrase(lang === "vi" ? "Ô " : "Cell ");
  sink.text(finding.cell);
  // Proper names stay as the sheet spells them in both languages: that is what a statistician searches for.
  const district = finding.district;
  const hidden = finding.details === undefined ? "" : hiddenNote(finding, lang);
  if (district === "" && label === "" && hidden === "") return;
  sink.phrase(" (");
  if (district !== "") sink.text(district);
  if (district !== "" && label !== "") sink.phrase(", ");
  if (label !== "") sink.phrase(label);
  if (hidden !== "") {
    sink.phrase("; ");
    sink.phrase(hidden);
  }
  sink.phrase(")");
}

/** What a finding says, without where (for a note on the cell itself), starting with a capital. */
export function wordFindingBody(finding: Finding, lang: Language): string {
  const body = RULE_WORDS[finding.rule](finding, lang);
  return body.charAt(0).toUpperCase() + body.slice(1);
}

/**
 * One sentence for a finding, in Vietnamese or English, naming the cell:
 * "Ô D7 (Mường Tè, Giường bệnh/vạn dân): 27,6 — chưa đạt chỉ tiêu ≥ 33 năm 2025, còn thiếu 5,4."
 */
export const wordFinding = (finding: Finding, lang: Language): string =>
  written((sink) => writeFinding(finding, lang, sink));

/** `wordFinding`'s sentence, written piece by piece into `sink`. */
export function writeFinding(finding: Finding, lang: Language, sink: MessageSink): void {
  writePlace(finding, lang, sink);
  sink.phrase(": ");
  writeRuleWords(finding, lang, sink);
}
