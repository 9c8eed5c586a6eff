import type { FindingStatus } from "../../core/findings/finding";
import type { Language } from "../../core/messages/language";
import type { Paint } from "../colour";
import type { FindingRow, RunReport } from "./rows";

/** A file that was read, and the sheets checked in it. */
export interface CheckedFile {
  readonly file: string;
  readonly sheets: readonly string[];
}

const STATUS: Record<Language, Record<FindingStatus, string>> = {
  vi: { shortfall: "chưa đạt", error: "lỗi", warning: "cảnh báo", met: "đạt" },
  en: { shortfall: "shortfall", error: "error", warning: "warning", met: "met" },
};

const WORDS = {
  vi: {
    clean: "không có vấn đề",
    noDistrict: "(chung)",
    summary: (r: RunReport) =>
      `${r.summary.files} tệp, ${r.summary.sheets} trang: ${r.summary.shortfall} chưa đạt, ${r.summary.error} lỗi, ` +
      `${r.summary.warning} cảnh báo, ${r.summary.met} đạt — kế hoạch ${r.plan}, năm ${r.year}`,
  },
  en: {
    clean: "no problems",
    noDistrict: "(sheet)",
    summary: (r: RunReport) =>
      `${r.summary.files} file(s), ${r.summary.sheets} sheet(s): ${r.summary.shortfall} shortfall(s), ` +
      `${r.summary.error} error(s), ${r.summary.warning} warning(s), ${r.summary.met} met — plan ${r.plan}, year ${r.year}`,
  },
} as const;

const colourOf = (paint: Paint, status: FindingStatus): ((text: string) => string) =>
  ({ error: paint.red, shortfall: paint.magenta, warning: paint.yellow, met: paint.green })[status];

/** Groups preserving the order in which keys first appear. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [item]);
    else group.push(item);
  }
  return groups;
}

/** A readable summary per file, sheet and district, coloured when `paint` is ANSI. */
export function formatTable(report: RunReport, checked: readonly CheckedFile[], lang: Language, paint: Paint): string {
  const words = WORDS[lang];
  const statusWidth = Math.max(...report.findings.map((row) => STATUS[lang][row.status].length), 0);
  const cellWidth = Math.max(...report.findings.map((row) => (row.cell ?? "").length), 4);
  const codeWidth = Math.max(...report.findings.map((row) => (row.indicator ?? "").length), 0);
  const line = (row: FindingRow) =>
    `    ${colourOf(paint, row.status)(STATUS[lang][row.status].padEnd(statusWidth))}  ` +
    `${(row.cell ?? "").padEnd(cellWidth)}  ${paint.dim((row.indicator ?? "").padEnd(codeWidth))}  ${row.message}`;

  const byFile = groupBy(report.findings, (row) => row.file);
  const out: string[] = [];
  for (const { file, sheets } of checked) {
    const bySheet = groupBy(byFile.get(file) ?? [], (row) => row.sheet);
    for (const sheet of sheets) {
      out.push(paint.bold(`${file} › ${sheet}`));
      const rows = bySheet.get(sheet) ?? [];
      if (rows.length === 0) out.push(`  ${paint.green("✓")} ${words.clean}`);
      for (const [district, group] of groupBy(rows, (row) => row.district ?? "")) {
        out.push(`  ${paint.bold(district === "" ? words.noDistrict : district)}`);
        out.push(...group.map(line));
      }
      out.push("");
    }
  }
  out.push(paint.bold(words.summary(report)));
  return `${out.join("\n")}\n`;
}
