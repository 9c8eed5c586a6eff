import type { CellValue, MergedArea, SheetSnapshot } from "../core/sheet/snapshot";
import { parseAreasAddress } from "./areas";
import { BUDGET, BYTES_PER_CELL, BYTES_PER_LINE, FIRST_WINDOW } from "./limits";

/** One block of the used range queued for reading: its cells, row and column properties, merged areas. */
interface QueuedBlock {
  readonly range: Excel.Range;
  readonly rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  readonly columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | undefined;
  readonly merged: Excel.RangeAreas | undefined;
}

/** What the host supports for a read. */
export interface ReadFeatures {
  /** ExcelApi 1.13: `getMergedAreasOrNullObject`. Without it the snapshot has no merged areas. */
  readonly merges: boolean;
}

/** Queues the reads of one block; nothing is read until the caller syncs. */
function queueBlock(range: Excel.Range, withColumns: boolean, features: ReadFeatures): QueuedBlock {
  range.load("values,valueTypes,numberFormat,rowIndex,columnIndex,rowCount,columnCount");
  const rows = range.getColumn(0).getRowProperties({ rowIndex: true, rowHidden: true });
  const columns = withColumns
    ? range.getRow(0).getColumnProperties({ columnIndex: true, columnHidden: true })
    : undefined;
  const merged = features.merges ? range.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  return { range, rows, columns, merged };
}

/** Row blocks of `rowCount` rows, each small enough for one request, starting at `fromRow`. */
export function planChunks(fromRow: number, rowCount: number, columnCount: number): { row: number; count: number }[] {
  const perRow = columnCount * BYTES_PER_CELL + BYTES_PER_LINE;
  const rowsPerChunk = Math.max(1, Math.floor((BUDGET.requestBytes - columnCount * BYTES_PER_LINE) / perRow));
  const chunks: { row: number; count: number }[] = [];
  for (let row = fromRow; row < rowCount; row += rowsPerChunk)
    chunks.push({ row, count: Math.min(rowsPerChunk, rowCount - row) });
  return chunks;
}

const cellValue = (value: unknown, type: string | undefined): CellValue => {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === undefined || value === null) return null;
  return typeof value === "number" || typeof value === "boolean" ? value : String(value);
};

/**
 * Reads the active sheet's used range (cells with values) into a snapshot.
 *
 * One `context.sync` reads the used range's size together with its first 2,000 × 48 cells; a sheet
 * that fits (every district report seen) is done. A larger one is read in row chunks of at most
 * ~4 MB each, one sync per chunk: Excel on the web limits every request *and response* to 5 MB, so
 * chunks queued into one sync would come back as one oversized response (the Office docs ask for a
 * sync per sub-operation for that reason). Data in the sheet's far corner, where the first window
 * would run past the last row or column, costs one more sync to read the size alone.
 */
export async function readActiveSheet(
  context: Excel.RequestContext,
  features: ReadFeatures = { merges: true },
): Promise<SheetSnapshot> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  let used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const window = used.getIntersection(used.getAbsoluteResizedRange(FIRST_WINDOW.rows, FIRST_WINDOW.columns));
  let first: QueuedBlock | undefined = queueBlock(window, true, features);
  try {
    await context.sync();
  } catch {
    // The window runs past the sheet's last row or column (data in its far corner): read the size alone.
    first = undefined;
    sheet.load("name");
    used = sheet.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
  }

  const blocks: QueuedBlock[] = [];
  const fitsWidth = first !== undefined && used.columnCount <= FIRST_WINDOW.columns;
  if (fitsWidth && first !== undefined) blocks.push(first);
  const chunks = planChunks(fitsWidth ? (first?.range.rowCount ?? 0) : 0, used.rowCount, used.columnCount);
  for (const [index, chunk] of chunks.entries()) {
    const range = sheet.getRangeByIndexes(used.rowIndex + chunk.row, used.columnIndex, chunk.count, used.columnCount);
    blocks.push(queueBlock(range, !fitsWidth && index === 0, features));
    // Deliberately one sync per chunk: each chunk is sized to one request under the 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return toSnapshot(sheet.name, used, blocks);
}

function toSnapshot(sheetName: string, used: Excel.Range, blocks: readonly QueuedBlock[]): SheetSnapshot {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns = new Set<number>();
  const merges = new Map<string, MergedArea>();
  for (const block of blocks) {
    const { range } = block;
    range.values.forEach((row, i) => {
      const types = range.valueTypes[i] ?? [];
      const formats = range.numberFormat[i] ?? [];
      values.push(row.map((value, j) => cellValue(value, types[j])));
      numberFormats.push(row.map((_, j) => String(formats[j] ?? "General")));
    });
    for (const props of block.rows.value)
      if (props.rowHidden === true && props.rowIndex !== undefined) hiddenRows.push(props.rowIndex);
    if (block.merged !== undefined && !block.merged.isNullObject)
      for (const area of parseAreasAddress(block.merged.address)) merges.set(JSON.stringify(area), area);
  }
  for (const block of blocks)
    for (const props of block.columns?.value ?? [])
      if (props.columnHidden === true && props.columnIndex !== undefined) hiddenColumns.add(props.columnIndex);
  const empty = used.rowCount === 1 && used.columnCount === 1 && values[0]?.[0] === null;
  return {
    sheetName,
    origin: { row: used.rowIndex, col: used.columnIndex },
    values: empty ? [] : values,
    numberFormats: empty ? [] : numberFormats,
    merges: [...merges.values()],
    hiddenRows: [...new Set(hiddenRows)].sort((a, b) => a - b),
    hiddenColumns: [...hiddenColumns].sort((a, b) => a - b),
  };
}
