import type { PreviewSheet } from "./model";
import { snapshotOf } from "./snapshot";

const sheet = (cells: PreviewSheet["cells"], extra: Partial<PreviewSheet> = {}): PreviewSheet => ({
  name: "Báo cáo",
  cells,
  rowCount: cells.length,
  colCount: Math.max(0, ...cells.map((row) => row?.length ?? 0)),
  merges: [],
  hiddenRows: new Set(),
  hiddenColumns: new Set(),
  columnWidths: new Map(),
  ...extra,
});

describe("snapshotOf", () => {
  it("returns the smallest rectangle holding every value, with its formats, from its origin", () => {
    const cells = [
      undefined,
      [undefined, undefined, { value: "Huyện", format: "General" }],
      [undefined, { value: 0.5, format: "0%" }, undefined, { value: { error: "#N/A" }, format: "General" }],
    ];
    const snapshot = snapshotOf(sheet(cells, { hiddenRows: new Set([2]), hiddenColumns: new Set([3, 1]) }));
    expect(snapshot.origin).toEqual({ row: 1, col: 1 });
    expect(snapshot.values).toEqual([
      [null, "Huyện", null],
      [0.5, null, { error: "#N/A" }],
    ]);
    expect(snapshot.numberFormats).toEqual([
      ["General", "General", "General"],
      ["0%", "General", "General"],
    ]);
    expect(snapshot.hiddenRows).toEqual([2]);
    expect(snapshot.hiddenColumns).toEqual([1, 3]);
  });

  it("returns no values for a sheet whose cells hold only formats", () => {
    const snapshot = snapshotOf(sheet([[{ value: null, format: "0.0" }]]));
    expect(snapshot).toMatchObject({ sheetName: "Báo cáo", origin: { row: 0, col: 0 }, values: [], numberFormats: [] });
  });
});
