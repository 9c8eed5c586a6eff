import { mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type ExcelJS from "exceljs";
import { validateSnapshot } from "../core/engine/validate";
import type { ValidationResult } from "../core/engine/types";
import type { Language } from "../core/messages/language";
import type { NumberLocale } from "../core/numbers/parse";
import type { Plan } from "../core/plans/schema";
import { planHighlights } from "../core/report/highlights";
import { buildReport } from "../core/report/table";
import { ok, type Result } from "../core/result";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { addReportSheet, applyHighlights } from "./highlight-copy";
import type { FileProblem } from "./messages";
import { oneLine, openWorkbook } from "./read-workbook";
import { selectSheets } from "./sheets";
import { partsLostInCopy, type LostPart } from "./sniff";

export interface CheckSettings {
  readonly plan: Plan;
  readonly year: number;
  readonly locale: NumberLocale;
  readonly lang: Language;
  readonly sheet: string | undefined;
  /** Whether met targets are listed (`--all`); they are always counted. The highlighted copy's report lists them anyway. */
  readonly includeMet: boolean;
  /** Told how long each phase took (the benchmark's PLANCHECK_TIMINGS). */
  readonly onTiming?: (phase: Phase, milliseconds: number) => void;
}

export type Phase = "read" | "snapshot" | "validate" | "copy" | "output";

export type FileOutcome =
  | {
      readonly ok: true;
      readonly results: readonly ValidationResult[];
      readonly problems: readonly FileProblem[];
      /** What the highlighted copy had to leave out (a notice, not a failure). */
      readonly lost: readonly LostPart[];
    }
  | { readonly ok: false; readonly problems: readonly FileProblem[] };

interface ReadSheets {
  readonly snapshots: readonly SheetSnapshot[];
  /** Kept only when a highlighted copy is to be written: otherwise exceljs's workbook can be freed before validating. */
  readonly workbook: ExcelJS.Workbook | undefined;
}

async function readSheets(
  path: string,
  settings: CheckSettings,
  keepWorkbook: boolean,
  lap: (phase: Phase) => void,
): Promise<Result<ReadSheets, FileProblem>> {
  const opened = await openWorkbook(path);
  lap("read");
  if (!opened.success) return opened;
  const sheets = selectSheets(opened.data, settings.sheet);
  lap("snapshot");
  if (!sheets.success) return sheets;
  return ok({ snapshots: sheets.data, workbook: keepWorkbook ? opened.data : undefined });
}

/**
 * Reads one workbook, validates its sheets and, when `copyTo` is given, writes the highlighted copy
 * with its report sheet there. Everything that goes wrong comes back as a problem, never thrown.
 */
export async function checkFile(path: string, settings: CheckSettings, copyTo?: string): Promise<FileOutcome> {
  let started = performance.now();
  const lap = (phase: Phase) => {
    const now = performance.now();
    settings.onTiming?.(phase, now - started);
    started = now;
  };
  const read = await readSheets(path, settings, copyTo !== undefined, lap);
  if (!read.success) return { ok: false, problems: read.issues };
  const { snapshots, workbook } = read.data;

  const results: ValidationResult[] = [];
  const problems: FileProblem[] = [];
  for (const snapshot of snapshots) {
    try {
      const { plan, year, locale } = settings;
      const includeMet = settings.includeMet || copyTo !== undefined;
      results.push(validateSnapshot(snapshot, { plan, year, locale, includeMet }));
    } catch (error) {
      problems.push({ kind: "engine-failed", sheet: snapshot.sheetName, reason: oneLine(error) });
    }
  }
  lap("validate");
  if (results.length === 0) return { ok: false, problems };

  let lost: LostPart[] = [];
  if (copyTo !== undefined && workbook !== undefined) {
    try {
      lost = partsLostInCopy(await readFile(path));
      applyHighlights(
        workbook,
        planHighlights(
          results.flatMap((result) => result.findings),
          settings.lang,
        ),
      );
      addReportSheet(workbook, buildReport(results, settings.lang));
      await mkdir(dirname(copyTo), { recursive: true });
      await workbook.xlsx.writeFile(copyTo);
    } catch (error) {
      problems.push({ kind: "write-failed", out: copyTo, reason: oneLine(error) });
    }
    lap("copy");
  }
  return { ok: true, results, problems, lost };
}
