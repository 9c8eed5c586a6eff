import type { Highlight, ReportTable } from "../core/report/types";
import { EMPTY_SETTINGS, readSettings, type WorkbookSettings } from "../core/settings/schema";
import { parseCellAddress } from "../core/sheet/address";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import type { WorkbookHost } from "../taskpane/host";
import type { SheetGrid } from "./grid";
import { markCells } from "./highlight-set";
import { reportSheet } from "./report-sheet";
import { snapshotOf } from "./snapshot";

/**
 * The task pane's workbook in the browser: the sheets shown in the grid. Highlights are drawn over
 * the grid and never change a cell; settings live with the loaded workbook, as `workbook.settings`
 * lives in the Excel file (serialised, and read back through the same zod check).
 */
export class PreviewWorkbookHost implements WorkbookHost {
  private storedSettings: string | undefined;

  constructor(
    private readonly grid: SheetGrid,
    private readonly language: string,
  ) {}

  /** Forgets the settings: a newly opened workbook starts with none, as a new Excel file does. */
  resetSettings(): void {
    this.storedSettings = undefined;
  }

  async readActiveSheet(): Promise<SheetSnapshot> {
    const sheet = this.grid.activeSheet();
    if (sheet === undefined) throw new Error("The workbook has no sheet to read.");
    return snapshotOf(sheet);
  }

  async applyHighlights(sheet: string, highlights: readonly Highlight[]): Promise<void> {
    this.grid.setMarks(sheet, markCells(highlights));
  }

  async clearHighlights(sheet: string): Promise<void> {
    this.grid.clearMarks(sheet);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
    const position = parseCellAddress(local.split(":")[0] ?? "");
    if (position === undefined) throw new Error(`"${address}" is not a cell address.`);
    this.grid.select(sheet, position.row, position.col);
  }

  async writeReport(report: ReportTable): Promise<string> {
    const sheet = reportSheet(report);
    this.grid.putSheet(sheet);
    return sheet.name;
  }

  async loadSettings(): Promise<WorkbookSettings> {
    return this.storedSettings === undefined ? EMPTY_SETTINGS : readSettings(this.storedSettings);
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.storedSettings = JSON.stringify(settings);
  }

  displayLanguage(): string {
    return this.language;
  }
}

/** The display language: `?lang=vi` or `?lang=en` when given, else the browser's language. */
export function previewLanguage(search: string, navigatorLanguage: string | undefined): string {
  const requested = new URLSearchParams(search).get("lang")?.trim().toLowerCase();
  if (requested === "vi" || requested === "vi-vn") return "vi-VN";
  if (requested === "en" || requested === "en-us") return "en-US";
  return navigatorLanguage !== undefined && navigatorLanguage !== "" ? navigatorLanguage : "en-US";
}
