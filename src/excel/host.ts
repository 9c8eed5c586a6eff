import type { Highlight, ReportTable } from "../core/report/types";
import { readSettings, SETTINGS_KEY, type WorkbookSettings } from "../core/settings/schema";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import type { WorkbookHost } from "../taskpane/host";
import { replaceHighlights, type HighlightFeatures } from "./highlights";
import { officeEnvironment, type OfficeEnvironment } from "./office-env";
import { readActiveSheet } from "./read-sheet";
import { writeReportSheet } from "./report";

/**
 * The task pane's workbook in Excel, through Office.js.
 *
 * Needs ExcelApi 1.9 (row and column properties, RangeAreas); merged areas need 1.13, notes 1.18,
 * comments 1.10, the report's mark 1.12 — each asked with `isSetSupported` and done without when missing.
 *
 * Syncs per operation: read 1 (more only for a sheet above ~100,000 cells, one per ~4 MB chunk);
 * apply or clear highlights 2 (3 on a sheet with threaded comments); select 1; report 2–3.
 */
export class OfficeWorkbookHost implements WorkbookHost {
  constructor(private readonly env: OfficeEnvironment = officeEnvironment()) {}

  readActiveSheet(): Promise<SheetSnapshot> {
    const merges = this.env.isSetSupported("ExcelApi", "1.13");
    return this.env.run((context) => readActiveSheet(context, { merges }));
  }

  applyHighlights(sheet: string, highlights: readonly Highlight[]): Promise<void> {
    return this.env.run((context) => replaceHighlights(context, sheet, highlights, this.features()));
  }

  async clearHighlights(sheet: string): Promise<void> {
    try {
      await this.env.run((context) => replaceHighlights(context, sheet, [], this.features()));
    } catch (error) {
      if ((error as { code?: string }).code !== "ItemNotFound") throw error;
    }
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.env.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  writeReport(report: ReportTable): Promise<string> {
    return this.env.run((context) => writeReportSheet(context, report, this.env.isSetSupported("ExcelApi", "1.12")));
  }

  async loadSettings(): Promise<WorkbookSettings> {
    return readSettings(this.env.settings.get(SETTINGS_KEY));
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.env.settings.set(SETTINGS_KEY, JSON.stringify(settings));
    await this.env.settings.save();
  }

  displayLanguage(): string {
    return this.env.displayLanguage();
  }

  private features(): HighlightFeatures {
    return {
      notes: this.env.isSetSupported("ExcelApi", "1.18"),
      comments: this.env.isSetSupported("ExcelApi", "1.10"),
    };
  }
}
