import { resolve } from "node:path";
import type { ValidationResult } from "../core/engine/types";
import type { FindingStatus } from "../core/findings/finding";
import { languageFromLocale, type Language } from "../core/messages/language";
import { parseCommand, usage, type FailOn, type ValidateArgs } from "./args";
import type { Phase } from "./check-file";
import { paintFor } from "./colour";
import { copyPaths, expandWildcards } from "./files";
import { describeLostParts, describeProblem } from "./messages";
import { csvChunks } from "./output/csv";
import { writeJson } from "./output/json";
import { isListed, toRow, type FindingRow, type RunReport, type RunSummary } from "./output/rows";
import { formatTable, type CheckedFile } from "./output/table";
import { resolvePlan, resolveYear } from "./plan-option";
import { progressBar } from "./progress";
import packageJson from "../../package.json";

/** The streams and environment the command runs with (the process's, or a test's). */
export interface CliIo {
  readonly stdout: { write(text: string | Uint8Array): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const STATUSES: readonly FindingStatus[] = ["shortfall", "error", "warning", "met"];

/** The language of the user's system: LC_ALL, LC_MESSAGES, LANG, then the OS locale (Windows). */
export function systemLanguage(env: CliIo["env"]): Language {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return languageFromLocale(tag.replace(/_/g, "-"));
}

/** Runs `plancheck` with these arguments; resolves to the exit status. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(argv, systemLanguage(io.env));
  if (!parsed.success) {
    const lang = systemLanguage(io.env);
    io.stderr.write(`plancheck: ${parsed.issues.join("\n")}\n\n${usage(lang)}\n`);
    return EXIT.usage;
  }
  const command = parsed.data;
  if (command.command === "help") {
    io.stdout.write(`${usage(command.lang)}\n`);
    return EXIT.ok;
  }
  if (command.command === "version") {
    io.stdout.write(`${packageJson.version}\n`);
    return EXIT.ok;
  }
  return validate(command, io);
}

async function validate(args: ValidateArgs, io: CliIo): Promise<number> {
  const plan = await resolvePlan(args.plan);
  if (!plan.success) {
    io.stderr.write(`plancheck: ${plan.issues.join("\n")}\n`);
    return EXIT.usage;
  }
  const year = resolveYear(plan.data, args.year, io.now());
  if (!year.success) {
    io.stderr.write(`plancheck: ${year.issues.join("\n")}\n`);
    return EXIT.usage;
  }

  // Loaded here so that help and usage errors answer without loading exceljs.
  const { checkFile } = await import("./check-file");
  const files = dedupe(expandWildcards(args.files));
  const copies = args.out === undefined ? undefined : copyPaths(files, args.out);
  const timings = new Map<Phase, number>();
  const onTiming = (phase: Phase, ms: number) => timings.set(phase, (timings.get(phase) ?? 0) + ms);
  const settings = {
    plan: plan.data,
    year: year.data,
    locale: args.locale,
    lang: args.lang,
    sheet: args.sheet,
    includeMet: args.all,
    ...(io.env.PLANCHECK_TIMINGS ? { onTiming } : {}),
  };
  const progress = progressBar(io.stderr, files.length);
  const checked: (CheckedFile & { results: readonly ValidationResult[] })[] = [];
  let unreadable = false;

  for (const [index, file] of files.entries()) {
    progress.tick(index, file);
    const copyTo = copies?.get(file);
    if (copies !== undefined && copyTo === undefined) {
      progress.done();
      io.stderr.write(`${describeProblem(file, { kind: "would-overwrite", out: file }, args.lang)}\n`);
      unreadable = true;
      continue;
    }
    const outcome = await checkFile(file, settings, copyTo);
    if (outcome.problems.length > 0) {
      progress.done();
      for (const problem of outcome.problems) io.stderr.write(`${describeProblem(file, problem, args.lang)}\n`);
      unreadable = true;
    }
    if (!outcome.ok) continue;
    if (outcome.lost.length > 0) {
      progress.done();
      io.stderr.write(`${describeLostParts(file, outcome.lost, args.lang)}\n`);
    }
    checked.push({ file, sheets: outcome.results.map((result) => result.sheet), results: outcome.results });
  }
  progress.tick(files.length, "");
  progress.done();

  const outputStarted = performance.now();
  const counts = { shortfall: 0, error: 0, warning: 0, met: 0 };
  for (const { results } of checked)
    for (const { summary } of results) for (const status of STATUSES) counts[status] += summary[status];
  const summary = { files: checked.length, sheets: checked.reduce((n, file) => n + file.results.length, 0), ...counts };
  const head = { plan: plan.data.id, year: year.data };
  function* rows(): Generator<FindingRow> {
    for (const { file, results } of checked)
      for (const result of results)
        for (const finding of result.findings) if (isListed(finding, args.all)) yield toRow(file, finding, args.lang);
  }
  if (args.format === "json")
    writeJson(head, checked, { lang: args.lang, all: args.all }, summary, (bytes) => io.stdout.write(bytes));
  else writeAll(io.stdout, render(args.format, args.lang, head, rows(), summary, checked, io));
  if (settings.onTiming !== undefined) {
    onTiming("output", performance.now() - outputStarted);
    io.stderr.write(`plancheck timings (ms): ${JSON.stringify(Object.fromEntries(timings))}\n`);
  }
  if (unreadable) return EXIT.usage;
  return fails(args.failOn, counts) ? EXIT.failed : EXIT.ok;
}

/** The text formats, in pieces. */
function render(
  format: "table" | "csv",
  lang: Language,
  head: Pick<RunReport, "plan" | "year">,
  rows: Iterable<FindingRow>,
  summary: RunSummary,
  checked: readonly CheckedFile[],
  io: CliIo,
): Iterable<string> {
  switch (format) {
    case "csv":
      return csvChunks(rows);
    case "table": {
      const report = { ...head, findings: [...rows], summary };
      return [formatTable(report, checked, lang, paintFor(io.stdout.isTTY, io.env))];
    }
  }
}

const BLOCK_BYTES = 4 << 20;

/**
 * Writes the pieces as UTF-8 in blocks of a few megabytes: few writes, and never the whole output
 * as one string. Each block is a fresh buffer, as a stream may still hold the last one (pipes on Windows).
 */
function writeAll(stream: CliIo["stdout"], chunks: Iterable<string>): void {
  let block = Buffer.allocUnsafe(BLOCK_BYTES);
  let used = 0;
  for (const chunk of chunks) {
    // Three bytes per UTF-16 unit is UTF-8's most.
    if (used + chunk.length * 3 > block.length) {
      if (used > 0) stream.write(block.subarray(0, used));
      block = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, chunk.length * 3));
      used = 0;
    }
    used += block.write(chunk, used);
  }
  if (used > 0) stream.write(block.subarray(0, used));
}

/** Whether a finding reaches the `--fail-on` level: `shortfall` fails on errors too. */
export function fails(failOn: FailOn, counts: { error: number; shortfall: number }): boolean {
  if (failOn === "none") return false;
  return counts.error > 0 || (failOn === "shortfall" && counts.shortfall > 0);
}

function dedupe(files: readonly string[]): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
