import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { fail, ok, type Result } from "../core/result";
import type { FileProblem } from "./messages";
import { sniffFile } from "./sniff";

/**
 * Opens an .xlsx file with exceljs, telling apart every way it can fail (missing, empty,
 * password-protected, .xls, text, damaged) so the caller can name the problem. Never throws.
 */
export async function openWorkbook(path: string): Promise<Result<ExcelJS.Workbook, FileProblem>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(readProblem(error));
  }
  return loadWorkbook(bytes);
}

/** Loads workbook bytes (see `openWorkbook`). */
export async function loadWorkbook(bytes: Buffer): Promise<Result<ExcelJS.Workbook, FileProblem>> {
  switch (sniffFile(bytes)) {
    case "empty":
      return fail({ kind: "empty-file" });
    case "encrypted":
      return fail({ kind: "encrypted" });
    case "ole":
      return fail({ kind: "xls" });
    case "text":
      return fail({ kind: "text" });
    case "unknown":
      return fail({ kind: "not-xlsx" });
    case "xlsx":
      break;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return fail({ kind: "corrupt", reason: oneLine(error) });
  }
  return workbook.worksheets.length === 0 ? fail({ kind: "no-worksheets" }) : ok(workbook);
}

function readProblem(error: unknown): FileProblem {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return { kind: "missing" };
  if (code === "EISDIR") return { kind: "directory" };
  return { kind: "unreadable", reason: code ?? oneLine(error) };
}

/** The first line of an error's message, without exceljs's stack or internals. */
export const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0]?.trim() || "unknown error";
