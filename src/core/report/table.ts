import type { ValidationResult } from "../engine/types";
import type { Finding, FindingStatus } from "../findings/finding";
import { fieldLabel, formatTarget } from "../messages/format";
import { pooledName, wordFinding } from "../messages/findings";
import type { Language } from "../messages/language";
import { qualifiedAddress } from "../sheet/address";
import type { ReportTable } from "./types";

const HEADERS: Readonly<Record<Language, readonly string[]>> = {
  vi: ["Kết quả", "Huyện", "Chỉ tiêu", "Ô", "Giá trị", "Mục tiêu", "Còn thiếu", "Nhận xét"],
  en: ["Status", "District", "Indicator", "Cell", "Value", "Target", "Gap", "Message"],
};

const STATUS_WORDS: Readonly<Record<Language, Readonly<Record<FindingStatus, string>>>> = {
  vi: { shortfall: "Chưa đạt", met: "Đạt", error: "Lỗi", warning: "Cảnh báo" },
  en: { shortfall: "Shortfall", met: "Met", error: "Error", warning: "Warning" },
};

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

/**
 * The findings of one or more validated sheets as a report table (status, district, indicator,
 * cell, value, target, gap, message), sorted by district then indicator (the total row and the pooled
 * province figures last), in the language given.
 */
export function buildReport(results: readonly ValidationResult[], lang: Language): ReportTable {
  const year = results[0]?.year;
  const several = new Set(results.map((result) => result.sheet)).size > 1;
  const entries: { finding: Finding; district: string; indicator: string; order: number }[] = [];
  for (const result of results)
    for (const finding of result.findings)
      entries.push({
        finding,
        district: finding.scope === "pooled" ? pooledName(finding, lang) : finding.district,
        indicator: finding.indicator === undefined ? "" : fieldLabel(finding.indicator, lang),
        order: entries.length,
      });
  const collator = new Intl.Collator(lang === "vi" ? "vi" : "en", { sensitivity: "base", numeric: true });
  // Districts first, then the total row, then the pooled province figures.
  const scopeRank = (finding: Finding) => (finding.scope === "district" ? 0 : finding.scope === "total" ? 1 : 2);
  entries.sort(
    (a, b) =>
      scopeRank(a.finding) - scopeRank(b.finding) ||
      collator.compare(a.district, b.district) ||
      collator.compare(a.indicator, b.indicator) ||
      a.order - b.order,
  );
  const rows = entries.map(({ finding, district, indicator }) => [
    STATUS_WORDS[lang][finding.status],
    district,
    indicator,
    finding.cell === undefined ? null : several ? qualifiedAddress(finding.sheet, finding.cell) : finding.cell,
    finding.value ?? null,
    finding.target === undefined ? null : formatTarget(finding.target, lang),
    finding.gap ?? null,
    wordFinding(finding, lang),
  ]);
  const plan = results[0]?.plan ?? "";
  const suffix = year === undefined ? "" : ` ${year}`;
  return {
    sheetName: sheetName(lang === "vi" ? `Báo cáo PlanCheck${suffix}` : `PlanCheck${suffix}`),
    title:
      lang === "vi"
        ? `PlanCheck — đối chiếu kế hoạch ${plan}${suffix}`
        : `PlanCheck — checked against the ${plan} plan${suffix}`,
    headers: HEADERS[lang],
    rows,
  };
}
