import type { Cell, Workbook, Worksheet } from "exceljs";
import type { MergedArea } from "../core/sheet/snapshot";
import { xlsxCellValue } from "../xlsx/cell-value";
import type { CellLook, PreviewCell, PreviewSheet, PreviewWorkbook } from "./model";

/**
 * Reads an exceljs workbook (the browser build in the page, the Node package in tests) into the
 * preview's in-memory workbook: the visible sheets, with values as Excel's own API gives them
 * (formulas as their cached results, dates as serial numbers, merged cells empty but their first).
 */
export function workbookFromExcelJs(workbook: Workbook, fileName: string): PreviewWorkbook {
  const sheets = workbook.worksheets.filter((sheet) => sheet.state === undefined || sheet.state === "visible");
  return { fileName, sheets: sheets.map(sheetFromExcelJs) };
}

/** One worksheet into a preview sheet. */
export function sheetFromExcelJs(worksheet: Worksheet): PreviewSheet {
  const cells: (PreviewCell | undefined)[][] = [];
  const hiddenRows = new Set<number>();
  const mergeEnds = new Map<string, { master: Cell; row: number; col: number }>();
  let rowCount = 0;
  let colCount = 0;

  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.add(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      rowCount = Math.max(rowCount, r + 1);
      colCount = Math.max(colCount, c + 1);
      const master = cell.master;
      if (master !== cell) {
        const end = mergeEnds.get(master.address);
        mergeEnds.set(master.address, {
          master,
          row: Math.max(end?.row ?? 0, r),
          col: Math.max(end?.col ?? 0, c),
        });
        return;
      }
      const value = xlsxCellValue(cell.value);
      const format = cell.numFmt || "General";
      const look = readLook(cell);
      if (value === null && format === "General" && look === undefined) return;
      (cells[r] ??= [])[c] = look === undefined ? { value, format } : { value, format, look };
    });
  });

  const merges: MergedArea[] = [...mergeEnds.values()].map(({ master, row, col }) => {
    const top = Number(master.row) - 1;
    const left = Number(master.col) - 1;
    return { row: top, col: left, rowCount: row - top + 1, colCount: col - left + 1 };
  });

  const hiddenColumns = new Set<number>();
  const columnWidths = new Map<number, number>();
  const columnTotal = Math.max(colCount, worksheet.columnCount);
  for (let c = 0; c < columnTotal; c++) {
    const { hidden, width } = worksheet.getColumn(c + 1);
    if (hidden) hiddenColumns.add(c);
    if (typeof width === "number" && width > 0) columnWidths.set(c, width);
  }

  return { name: worksheet.name, cells, rowCount, colCount, merges, hiddenRows, hiddenColumns, columnWidths };
}

function readLook(cell: Cell): CellLook | undefined {
  const bold = cell.font?.bold === true;
  const fill = solidFill(cell);
  const horizontal = cell.alignment?.horizontal;
  const align =
    horizontal === "center" || horizontal === "centerContinuous"
      ? "center"
      : horizontal === "left" || horizontal === "right"
        ? horizontal
        : undefined;
  if (!bold && fill === undefined && align === undefined) return undefined;
  return {
    ...(bold ? { bold } : {}),
    ...(fill === undefined ? {} : { fill }),
    ...(align === undefined ? {} : { align }),
  };
}

function solidFill(cell: Cell): string | undefined {
  const fill = cell.fill;
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return undefined;
  const argb = fill.fgColor?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;
}
