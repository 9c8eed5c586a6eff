import ExcelJS from "exceljs";
import type { ValidationResult } from "../../../src/core/engine/types";
import type { Language } from "../../../src/core/messages/language";
import { findPlan } from "../../../src/core/plans/registry";
import { columnLetters } from "../../../src/core/sheet/address";
import { workbookFromExcelJs } from "../../../src/preview/from-exceljs";
import { markCells } from "../../../src/preview/highlight-set";
import { snapshotOf } from "../../../src/preview/snapshot";
import { CORE_ENGINE } from "../../../src/taskpane/engine";

/**
 * What the pane should show for a workbook's first sheet, worked out in Node with the same engine:
 * the validation result and the highlighted cells (address → kind).
 */
export async function expectedValidation(
  file: string,
  choice: { plan: string; year: number },
  lang: Language,
): Promise<{ result: ValidationResult; highlights: Record<string, string> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbookFromExcelJs(workbook, file).sheets[0];
  const plan = findPlan(choice.plan);
  if (sheet === undefined || plan === undefined) throw new Error(`cannot work out the expected result for ${file}`);
  const result = CORE_ENGINE.validate(snapshotOf(sheet), { plan, year: choice.year, locale: "vi" });
  const marks = markCells(CORE_ENGINE.highlights(result.findings, lang));
  const drawnAt = (row: number, col: number): string => {
    const merge = sheet.merges.find(
      (area) => row >= area.row && row < area.row + area.rowCount && col >= area.col && col < area.col + area.colCount,
    );
    return merge === undefined ? `${columnLetters(col)}${row + 1}` : `${columnLetters(merge.col)}${merge.row + 1}`;
  };
  const highlights = Object.fromEntries(
    [...marks].map(([key, mark]) => {
      const [row = 0, col = 0] = key.split(":").map(Number);
      return [drawnAt(row, col), mark.kind];
    }),
  );
  return { result, highlights };
}
