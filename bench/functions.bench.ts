/*
 * Custom functions benchmark: the cost of a call through the shared argument checker and the core,
 * as Excel makes it (without Excel's own marshalling). Run: node bench/functions.bench.js [--record]
 */
import { report } from "./support/report";
import { createProvinceFigureStore } from "../src/functions/province-figures";
import { invoke, type CallContext } from "../src/functions/runner";

const context: CallContext = { language: "en", locale: "vi", figures: createProvinceFigureStore() };
context.figures.set({ plan: "lai-chau", year: 2025, sheet: "Tỉnh", validatedAt: "now", figures: { HIV: 0.41 } });

const BATCHES = 5;

/**
 * Runs `fn` `calls` times (after a warm-up) in 5 batches; returns nanoseconds per call of the
 * fastest batch, the figure least disturbed by other work on a shared machine.
 */
function time(calls: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(calls, 1000); i++) fn();
  const perBatch = Math.ceil(calls / BATCHES);
  let best = Infinity;
  for (let batch = 0; batch < BATCHES; batch++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / perBatch);
  }
  return best;
}

const column = (cells: number, value: (i: number) => unknown) => Array.from({ length: cells }, (_, i) => [value(i)]);
const check = (result: { success: boolean }) => {
  if (!result.success) throw new Error("benchmark call failed");
};

const lines: string[] = [];
const say = (line = "") => {
  lines.push(line);
  console.log(line);
};

const fmt = (ns: number) =>
  ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`;

const CALLS = 100_000;
say(`### Calls (${CALLS.toLocaleString("en")} each)`);
say("");
say("| call | per call | total (per call × calls) |");
say("|---|---:|---:|");
const gapGiven = time(CALLS, () => check(invoke("TARGET_GAP", ["HIV", 2025, 0.41, null], context)));
say(`| TARGET_GAP("HIV", 2025, 0.41) | ${fmt(gapGiven)} | ${fmt(gapGiven * CALLS)} |`);
const gapStored = time(CALLS, () => check(invoke("TARGET_GAP", ["HIV", 2025, null, null], context)));
say(`| TARGET_GAP("HIV", 2025) from the stored province figure | ${fmt(gapStored)} | ${fmt(gapStored * CALLS)} |`);
const gapText = time(CALLS, () =>
  check(invoke("TARGET_GAP", ["giường bệnh/vạn dân", "2025", "27,6", "lai-chau"], context)),
);
say(
  `| TARGET_GAP("giường bệnh/vạn dân", "2025", "27,6", "lai-chau") (names and text) | ${fmt(gapText)} | ${fmt(gapText * CALLS)} |`,
);
const beds = column(1000, (i) => 100 + (i % 50));
const population = column(1000, (i) => 50_000 + i * 10);
const bedsCall = time(CALLS, () => check(invoke("BEDS_PER_10K", [beds, population], context)));
say(`| BEDS_PER_10K over 1,000-cell ranges (numbers) | ${fmt(bedsCall)} | ${fmt(bedsCall * CALLS)} |`);
const bedsTextCells = column(1000, (i) => `${100 + (i % 50)}`);
const populationText = column(1000, (i) => `${50 + Math.floor(i / 100)}.${String(i % 1000).padStart(3, "0")}`);
const textCalls = CALLS / 100;
const bedsText = time(textCalls, () => check(invoke("BEDS_PER_10K", [bedsTextCells, populationText], context)));
say(
  `| BEDS_PER_10K over 1,000-cell ranges of text ("45.210"), ${textCalls.toLocaleString("en")} calls | ${fmt(bedsText)} | ${fmt(bedsText * textCalls)} |`,
);

say("");
say("### BEDS_PER_10K: growth with range size (numbers)");
say("");
say("| cells per range | calls | per call | per cell |");
say("|---:|---:|---:|---:|");
const growth = new Map<number, number>();
for (const cells of [10, 100, 1_000, 10_000]) {
  const calls = Math.max(1_000, Math.round(20_000_000 / cells));
  const b = column(cells, (i) => 100 + (i % 50));
  const p = column(cells, (i) => 50_000 + i * 10);
  const ns = time(calls, () => check(invoke("BEDS_PER_10K", [b, p], context)));
  growth.set(cells, ns);
  say(`| ${cells.toLocaleString("en")} | ${calls.toLocaleString("en")} | ${fmt(ns)} | ${(ns / cells).toFixed(1)} ns |`);
}
const slope = ((growth.get(10_000) ?? 0) - (growth.get(1_000) ?? 0)) / 9_000;
say("");
say(
  `Linear: about ${fmt(growth.get(10) ?? 0)} per call whatever the size (checking, lookups) plus about ` +
    `${slope.toFixed(0)} ns per pair of numeric cells (from 1,000 to 10,000 cells); text cells cost far more, ` +
    "almost all of it in the core's parseNumber.",
);

report(
  "## Custom functions (bench/functions.bench.ts)",
  [
    "`node bench/functions.bench.js --record` (compiles the TypeScript with `typescript.transpileModule`; no ts-node).",
    "Calls go through `invoke` (shared argument checker + core), as the Excel-facing functions do, without",
    "Excel's own marshalling of arguments.",
    `Each figure is the fastest of ${BATCHES} batches.`,
  ],
  lines,
);
