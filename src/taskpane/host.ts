import type { Highlight, ReportTable } from "../core/report/types";
import type { WorkbookSettings } from "../core/settings/schema";
import type { SheetSnapshot } from "../core/sheet/snapshot";

/**
 * What the task pane needs from its workbook. Excel (Office.js) implements it in `src/excel`,
 * the browser preview in `src/preview` over a workbook loaded from a file.
 */
export interface WorkbookHost {
  /** Reads the active sheet once: values, number formats, merged areas, hidden rows and columns. */
  readActiveSheet(): Promise<SheetSnapshot>;
  /** Replaces PlanCheck's highlights on a sheet with these, in one batch; never touches values or the user's formats. */
  applyHighlights(sheet: string, highlights: readonly Highlight[]): Promise<void>;
  /** Removes PlanCheck's highlights, leaving every cell with exactly the format it had. */
  clearHighlights(sheet: string): Promise<void>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Adds (or replaces) a report sheet with the table; returns its name. */
  writeReport(report: ReportTable): Promise<string>;
  loadSettings(): Promise<WorkbookSettings>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
  /** Office's display language, e.g. "vi-VN" or "en-US". */
  displayLanguage(): string;
}
