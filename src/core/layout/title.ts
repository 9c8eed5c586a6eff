import type { Grid } from "./grid";
import { isTotalLabel, yearIn } from "./headerWords";

/** The text of the rows above the header (titles like "Báo cáo … năm 2025"). */
export function titleText(grid: Grid, headerTop: number): string {
  const lines: string[] = [];
  for (let row = grid.firstRow; row < headerTop; row++) {
    for (let col = grid.firstCol; col < grid.endCol; col++) {
      const merge = grid.merge(row, col);
      if (merge !== undefined && (merge.row !== row || merge.col !== col)) continue;
      const text = grid.text(row, col);
      if (text !== "") lines.push(text);
    }
  }
  return lines.join("\n");
}

/** The year the title names ("năm 2025"), or null. */
export function yearFromTitle(title: string): number | null {
  const named = /n[aă]m\s+((?:19|20)\d{2})/i.exec(title.normalize("NFC"));
  if (named?.[1] !== undefined) return Number(named[1]);
  return yearIn(title) ?? null;
}

/** Whose figures a long sheet holds: the district its title names, or the province. */
export interface ReportingUnit {
  readonly name: string;
  readonly scope: "district" | "total";
}

const UNIT_IN_TITLE =
  /(?:huyện|thành phố|thị xã|TTYT huyện|trung tâm y tế huyện)\s+([\p{L}][\p{L} ]*?)(?=\s+(?:năm|tỉnh|giai đoạn|\d)|[,.;:\n()–-]|$)/iu;

/** "MƯỜNG TÈ" → "Mường Tè"; names already in mixed case are kept. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(" ")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

/** The reporting unit of a long sheet, from its title, else its sheet name. */
export function reportingUnit(title: string, sheetName: string): ReportingUnit {
  const nfc = title.normalize("NFC");
  const named = UNIT_IN_TITLE.exec(nfc);
  if (named?.[1] !== undefined && !/^tỉnh$/i.test(named[1].trim())) {
    const kind = /^thành phố/i.test(named[0]) ? "Thành phố " : "";
    return { name: `${kind}${titleCase(named[1].trim())}`, scope: "district" };
  }
  if (/toàn tỉnh|tỉnh\s+\p{L}/iu.test(nfc) || isTotalLabel(sheetName)) return { name: "Toàn tỉnh", scope: "total" };
  return { name: sheetName, scope: "district" };
}
