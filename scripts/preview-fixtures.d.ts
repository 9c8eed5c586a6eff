import type * as ExcelJS from "exceljs";

/** A small wide district sheet with illustrative figures and data problems. */
export function demoWorkbook(excel: typeof ExcelJS): ExcelJS.Workbook;
/** A wide sheet of `rows` district rows, for timing. */
export function largeWorkbook(excel: typeof ExcelJS, rows: number): ExcelJS.Workbook;
/** The demo workbook with markup in a sheet name and in cells. */
export function hostileWorkbook(excel: typeof ExcelJS): ExcelJS.Workbook;
export const HOSTILE_TEXTS: readonly string[];
export const DISTRICTS: readonly string[];
