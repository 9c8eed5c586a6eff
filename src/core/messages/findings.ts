import type { Finding } from "../findings/finding";
import { fieldLabel, withoutDiacritics } from "./format";
import type { Language } from "./language";
import { RULE_WORDS } from "./ruleWords";

function hiddenNote(finding: Finding, lang: Language): string {
  const hidden = finding.details?.["hidden"];
  if (hidden === "column") return lang === "vi" ? "cột ẩn" : "hidden column";
  if (hidden === "row") return lang === "vi" ? "hàng ẩn" : "hidden row";
  return "";
}

/** Where a finding is: "Ô D7 (Mường Tè, Giường bệnh/vạn dân)" / "Cell D7 (Muong Te, beds per 10,000)". */
export function findingPlace(finding: Finding, lang: Language): string {
  const district = lang === "vi" ? finding.district : withoutDiacritics(finding.district);
  const label = finding.indicator === undefined ? "" : fieldLabel(finding.indicator, lang);
  const hidden = hiddenNote(finding, lang);
  if (finding.scope === "pooled") {
    const districts = finding.details?.["districts"];
    const pooled =
      lang === "vi"
        ? `Toàn tỉnh, gộp từ ${String(districts ?? "các")} huyện`
        : `Province, pooled from ${String(districts ?? "the")} districts`;
    return label === "" ? pooled : `${pooled} (${label})`;
  }
  const inside = [district, label].filter((part) => part !== "").join(", ") + (hidden === "" ? "" : `; ${hidden}`);
  if (finding.cell === undefined) return lang === "vi" ? `Trang tính “${finding.sheet}”` : `Sheet “${finding.sheet}”`;
  const cell = lang === "vi" ? `Ô ${finding.cell}` : `Cell ${finding.cell}`;
  return inside === "" ? cell : `${cell} (${inside})`;
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
export function wordFinding(finding: Finding, lang: Language): string {
  return `${findingPlace(finding, lang)}: ${RULE_WORDS[finding.rule](finding, lang)}`;
}
