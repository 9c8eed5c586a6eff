import type { Highlight, ReportTable } from "../../src/core/report/types";
import { EMPTY_SETTINGS, type WorkbookSettings } from "../../src/core/settings/schema";
import type { CellValue, SheetSnapshot } from "../../src/core/sheet/snapshot";
import type { WorkbookHost } from "../../src/taskpane/host";

/** A district sheet: beds and population counts, doctors per 10,000 as text, an error, a total row. */
export const DISTRICT_ROWS: CellValue[][] = [
  ["BÁO CÁO Y TẾ NĂM 2025", null, null, null],
  ["Huyện", "Số giường bệnh", "Dân số", "Bác sĩ/vạn dân"],
  ["Mường Tè", 100, 45210, 8],
  ["<img src=x onerror=alert(1)>", { error: "#DIV/0!" }, 50000, "27,6"],
  ["Toàn tỉnh", 200, 95210, 9],
];

export function snapshotOf(sheetName: string, values: CellValue[][]): SheetSnapshot {
  return {
    sheetName,
    origin: { row: 0, col: 0 },
    values,
    numberFormats: values.map((row) => row.map(() => "General")),
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

/** A WorkbookHost that records what the pane asks of it. */
export class FakeHost implements WorkbookHost {
  settings: WorkbookSettings;
  snapshot: SheetSnapshot = snapshotOf("Báo cáo", DISTRICT_ROWS);
  readonly applied: { sheet: string; highlights: readonly Highlight[] }[] = [];
  readonly cleared: string[] = [];
  readonly selected: { sheet: string; address: string }[] = [];
  readonly reports: ReportTable[] = [];
  readonly saved: WorkbookSettings[] = [];
  failRead: Error | undefined;

  constructor(
    private readonly language = "en-US",
    settings: WorkbookSettings = EMPTY_SETTINGS,
  ) {
    this.settings = settings;
  }

  async readActiveSheet(): Promise<SheetSnapshot> {
    if (this.failRead !== undefined) throw this.failRead;
    return this.snapshot;
  }
  async applyHighlights(sheet: string, highlights: readonly Highlight[]): Promise<void> {
    this.applied.push({ sheet, highlights });
  }
  async clearHighlights(sheet: string): Promise<void> {
    this.cleared.push(sheet);
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    this.selected.push({ sheet, address });
  }
  async writeReport(report: ReportTable): Promise<string> {
    this.reports.push(report);
    return report.sheetName;
  }
  async loadSettings(): Promise<WorkbookSettings> {
    return this.settings;
  }
  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.settings = settings;
    this.saved.push(settings);
  }
  displayLanguage(): string {
    return this.language;
  }
}
