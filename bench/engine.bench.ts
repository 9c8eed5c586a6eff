/*
 * Engine benchmark: validateSnapshot over wide district sheets of growing size (20 indicator
 * columns, Vietnamese number text, % formats, blanks, a total row). Prints time, heap retained by
 * the result and the growth ratio between sizes. Illustrative generated figures, not real data.
 * Run: node --expose-gc bench/engine.bench.js [--record]
 */
import os from "os";
import { report } from "./support/report";
import { PerformanceObserver, performance } from "perf_hooks";
import HEADERS from "./support/district-headers.json";
import { validateSnapshot } from "../src/core/engine/validate";
import { findPlan } from "../src/core/plans/registry";
import type { CellValue, SheetSnapshot } from "../src/core/sheet/snapshot";

/** A deterministic pseudo-random stream, so every run validates the same sheet. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function makeSheet(rows: number): SheetSnapshot {
  const next = random(rows);
  const values: CellValue[][] = [["Báo cáo chỉ tiêu y tế năm 2025 (số liệu sinh ngẫu nhiên)"], ["Huyện", ...HEADERS]];
  const formats: string[][] = [["General"], values[1]?.map(() => "General") ?? []];
  for (let r = 0; r < rows; r++) {
    const population = 20000 + Math.floor(next() * 80000);
    const beds = Math.floor((population / 10000) * (25 + next() * 15));
    const cells: CellValue[] = [
      `Huyện ${r + 1}`,
      r % 7 === 0 ? population.toLocaleString("de-DE") : population,
      beds,
      Math.floor((population / 10000) * (8 + next() * 8)),
      Math.floor((population / 10000) * (1 + next())),
      Math.floor((population / 10000) * (12 + next() * 8)),
      r % 5 === 0
        ? String((beds / population) * 10000)
            .replace(".", ",")
            .slice(0, 5)
        : (beds / population) * 10000,
      null,
      r % 11 === 0 ? "không có số liệu" : null,
      null,
      0.9 + next() * 0.09,
      90 + next() * 9,
      30 + next() * 15,
      20 + next() * 12,
      r % 13 === 0 ? { error: "#DIV/0!" } : 25 + next() * 10,
      0.003 + next() * 0.002,
      60 + next() * 30,
      8 + next() * 6,
      `${(75 + next() * 20).toFixed(1).replace(".", ",")}%`,
      66 + next() * 4,
      60 + next() * 4,
    ];
    values.push(cells);
    formats.push(cells.map((_, col) => (col === 10 || col === 15 ? "0.0%" : "General")));
  }
  values.push(["Toàn tỉnh"]);
  formats.push(["General"]);
  return {
    sheetName: "Bench",
    origin: { row: 0, col: 0 },
    values,
    numberFormats: formats,
    merges: [{ row: 0, col: 0, rowCount: 1, colCount: 21 }],
    hiddenRows: [],
    hiddenColumns: [],
  };
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const plan = findPlan("lai-chau");
if (plan === undefined) throw new Error("no lai-chau plan");

interface Figure {
  rows: number;
  cells: number;
  ms: number;
  cpuMs: number;
  gcMs: number;
  heapMb: number;
  findings: number;
}

/** Holds a result while the heap it retains is measured. */
const kept: unknown[] = [];
const validate = (sheet: SheetSnapshot) =>
  validateSnapshot(sheet, { plan: plan as NonNullable<typeof plan>, year: 2025, locale: "vi" });

/** Garbage-collection pauses as V8 reports them (start, duration in ms). */
const pauses: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ["gc"] });
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * Wall, CPU and GC-pause milliseconds of one validation as the task pane makes it, every finding
 * made to be listed (`result.findings`); the result is dropped on return.
 */
async function timeOf(sheet: SheetSnapshot): Promise<{ wall: number; cpu: number; gc: number; findings: number }> {
  gc();
  await flush();
  pauses.length = 0;
  const cpu = process.cpuUsage();
  const from = performance.now();
  const findings = validate(sheet).findings.length;
  const to = performance.now();
  const used = process.cpuUsage(cpu);
  await flush();
  const paused = pauses.filter((pause) => pause.start >= from && pause.start <= to);
  return {
    wall: to - from,
    cpu: (used.user + used.system) / 1000,
    gc: paused.reduce((sum, pause) => sum + pause.duration, 0),
    findings,
  };
}

/** Heap (MB) a result retains after a full GC, and its number of findings (in its own frame, so nothing older lingers). */
function heapOf(sheet: SheetSnapshot): { heapMb: number; findings: number } {
  kept.length = 0;
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = validate(sheet);
  kept.push(result, result.findings);
  gc();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1e6;
  kept.length = 0;
  return { heapMb, findings: result.findings.length };
}

async function measure(rows: number, runs: number): Promise<Figure> {
  const sheet = makeSheet(rows);
  const times: { wall: number; cpu: number; gc: number; findings: number }[] = [];
  for (let run = 0; run < runs; run++) times.push(await timeOf(sheet));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const { heapMb, findings } = heapOf(sheet);
  if (times.some((time) => time.findings !== findings)) throw new Error("runs listed different findings");
  return {
    rows,
    cells: rows * HEADERS.length,
    ms: median(times.map((time) => time.wall)),
    cpuMs: median(times.map((time) => time.cpu)),
    gcMs: median(times.map((time) => time.gc)),
    heapMb,
    findings,
  };
}

async function main(): Promise<void> {
  await measure(1000, 3);
  const figures = [await measure(1000, 5), await measure(10_000, 3), await measure(100_000, 1)];
  const load = os.loadavg().map((value) => value.toFixed(1));
  const peakRssMb = process.memoryUsage().rss / 1e6;
  const lines = [
    "| rows × 20 indicators | cells | wall time (median) | CPU time (median) | CPU ns / cell | of which GC pauses | heap retained by the result | findings |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...figures.map(
      (f) =>
        `| ${f.rows.toLocaleString("en")} | ${f.cells.toLocaleString("en")} | ${f.ms.toFixed(0)} ms | ${f.cpuMs.toFixed(0)} ms | ${((f.cpuMs * 1e6) / f.cells).toFixed(0)} | ${f.gcMs.toFixed(0)} ms | ${f.heapMb.toFixed(0)} MB | ${f.findings.toLocaleString("en")} |`,
    ),
  ];
  const [, ten, hundred] = figures;
  if (ten !== undefined && hundred !== undefined) {
    lines.push(
      "",
      `100,000 rows / 10,000 rows: wall time × ${(hundred.ms / ten.ms).toFixed(1)}, CPU time × ${(hundred.cpuMs / ten.cpuMs).toFixed(1)}, wall time less GC pauses × ${((hundred.ms - hundred.gcMs) / (ten.ms - ten.gcMs)).toFixed(1)}, heap × ${(hundred.heapMb / ten.heapMb).toFixed(1)} (linear would be × 10).`,
      `Peak RSS of the benchmark process: ${peakRssMb.toFixed(0)} MB. Load average at the end: ${load.join(", ")}`,
      "(other jobs shared the machine: wall times carry that noise; CPU time, the process's own, much less).",
    );
  }
  for (const line of lines) console.log(line);

  report(
    "## Engine (bench/engine.bench.ts)",
    [
      "`node --expose-gc bench/engine.bench.js --record` (compiles the TypeScript with `typescript.transpileModule`;",
      "no ts-node). `validateSnapshot` over generated wide sheets: 20 indicator and count columns, Vietnamese number",
      'text, `0.0%` cells, blanks, "không có số liệu", #DIV/0!, a total row; every finding (met included) is made',
      "(`result.findings`, as the task pane lists them). Time excludes building the snapshot; heap is what the result",
      "and its findings retain after a full GC.",
    ],
    lines,
  );
}

void main();
