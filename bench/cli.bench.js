/*
 * Command-line benchmark (illustrative generated figures, not real data):
 *  1. one workbook of 50,000 district rows x 20 indicators: time and peak memory of
 *     `plancheck validate` against exceljs alone reading the same file, in the same run;
 *  2. 100 district workbooks in one call, against exceljs alone reading them.
 * Generated workbooks go to the OS temp folder (never into git).
 *   npm run bench:cli                      build the command, print the figures
 *   node bench/cli.bench.js --record       also write them into bench/RESULTS.md (its own section)
 *   node bench/cli.bench.js --rows 5000 --reps 1
 */
const { execSync, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "plancheck.js");
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const ROWS = option("--rows", 50000);
const REPS = option("--reps", 5);
const FILES = option("--files", 100);
const RECORD = process.argv.includes("--record");
const DIR = path.join(os.tmpdir(), "plancheck-bench");

/** The 20 indicator and count headers of the generated district sheets (shared with the engine benchmark). */
const HEADERS = require("./support/district-headers.json");

/** A deterministic pseudo-random stream, so every run measures the same workbooks. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** One district row: counts, the ratios they give (mostly consistent), shares; text numbers, blanks, errors here and there. */
function districtRow(next) {
  const between = (low, high, digits = 1) => Number((low + next() * (high - low)).toFixed(digits));
  const population = Math.round(between(20000, 120000, 0));
  const counts = [between(25, 40), between(9, 16), between(1, 2.2, 2), between(13, 20)].map((per10k) =>
    Math.round((population * per10k) / 10000),
  );
  const ratios = counts.map((count) => Number(((count / population) * 10000).toFixed(2)));
  const u5 = between(25, 50);
  const shares = [
    between(92, 99.5),
    between(88, 99.5),
    u5,
    Number((u5 * between(0.5, 0.8, 2)).toFixed(1)),
    between(20, 36),
    between(0.2, 0.5, 2),
    between(60, 90),
    between(5, 15),
    between(75, 95),
    between(64, 72),
    between(58, 66),
  ];
  const row = [population, ...counts, ...ratios, ...shares];
  return row.map((value, index) => {
    const dice = next();
    if (dice < 0.004) return null;
    if (dice < 0.005) return { error: "#DIV/0!" };
    if (dice < 0.03 && index >= 9) return String(value).replace(".", ",");
    return value;
  });
}

async function bigWorkbook(rows) {
  const file = path.join(DIR, `districts-${rows}x20.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(DIR, { recursive: true });
  const next = random(rows);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: `${file}.part`,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = writer.addWorksheet("Báo cáo 2025");
  sheet.addRow(["BÁO CÁO CHỈ TIÊU Y TẾ NĂM 2025 (số liệu sinh ngẫu nhiên, minh họa)"]).commit();
  sheet.addRow(["Huyện", ...HEADERS]).commit();
  for (let index = 1; index <= rows; index += 1) sheet.addRow([`Huyện ${index}`, ...districtRow(next)]).commit();
  await sheet.commit();
  await writer.commit();
  fs.renameSync(`${file}.part`, file);
  return file;
}

async function smallWorkbooks(count) {
  const folder = path.join(DIR, `districts-${count}-files`);
  const files = Array.from({ length: count }, (_, index) =>
    path.join(folder, `huyen-${String(index + 1).padStart(3, "0")}.xlsx`),
  );
  if (files.every((file) => fs.existsSync(file))) return files;
  fs.mkdirSync(folder, { recursive: true });
  for (const [index, file] of files.entries()) {
    const next = random(index + 1);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Báo cáo");
    sheet.addRow([`TRUNG TÂM Y TẾ HUYỆN ${index + 1} — BÁO CÁO NĂM 2025 (số liệu minh họa)`]);
    sheet.addRow(["Xã", ...HEADERS]);
    for (let commune = 1; commune <= 12; commune += 1) sheet.addRow([`Xã ${commune}`, ...districtRow(next)]);
    await workbook.xlsx.writeFile(file);
  }
  return files;
}

/** Runs a Node script in a child process: wall time (ms) and peak resident memory (MB). */
function measure(args, env = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ["-r", path.join(__dirname, "max-rss.js"), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")} failed (${run.status}): ${run.stderr}`);
  const rss = /plancheck-bench maxrss-kb=(\d+)/.exec(run.stderr);
  const timings = /plancheck timings \(ms\): (\{.*\})/.exec(run.stderr);
  return { ms, mb: rss ? Number(rss[1]) / 1024 : NaN, timings: timings ? JSON.parse(timings[1]) : undefined };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (mb) => `${Math.round(mb)} MB`;

function compare(label, files, extra = []) {
  const readOnly = [];
  const plancheck = [];
  for (let rep = 0; rep < REPS; rep += 1) {
    readOnly.push(measure([path.join(__dirname, "read-only.js"), ...files]));
    const run = measure(
      [BIN, "validate", ...files, "--year", "2025", "--format", "json", "--fail-on", "none", ...extra],
      {
        PLANCHECK_TIMINGS: "1",
      },
    );
    plancheck.push(run);
  }
  // Each plancheck run against the exceljs run just before it: the machine's speed drifts less within a pair.
  const pairs = plancheck.map((run, index) => run.ms / readOnly[index].ms);
  const phases = ["read", "snapshot", "validate", "output"];
  const timings = Object.fromEntries(
    phases.map((phase) => {
      const measured = plancheck.map((run) => run.timings?.[phase]).filter((ms) => Number.isFinite(ms));
      return [phase, measured.length === 0 ? NaN : median(measured)];
    }),
  );
  const read = median(readOnly.map((run) => run.ms));
  const total = median(plancheck.map((run) => run.ms));
  const fastestRead = Math.min(...readOnly.map((run) => run.ms));
  const fastestTotal = Math.min(...plancheck.map((run) => run.ms));
  return {
    label,
    read,
    readMb: median(readOnly.map((run) => run.mb)),
    total,
    totalMb: median(plancheck.map((run) => run.mb)),
    ratio: total / read,
    pairs,
    pairRatio: median(pairs),
    fastestRead,
    fastestTotal,
    fastestRatio: fastestTotal / fastestRead,
    timings,
  };
}

function machine() {
  const cpus = os.cpus();
  let free = "";
  try {
    free = execSync("free -h", { encoding: "utf8" }).trimEnd();
  } catch {
    free = `${Math.round(os.totalmem() / 2 ** 30)} GiB total`;
  }
  return { nproc: cpus.length, cpu: cpus[0]?.model ?? "unknown", node: process.version, free, load: os.loadavg() };
}

function report(results, info) {
  const lines = [
    "## Command line (`plancheck validate`)",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:cli\` (bench/cli.bench.js): ${REPS} alternating runs each, median.`,
    "Each figure is a whole process (Node start, loading exceljs, reading, checking, printing JSON to /dev/null:",
    "the default listing, shortfalls, errors and warnings, with met targets counted in the summary);",
    '"exceljs alone" is a process that only reads the same files with exceljs (bench/read-only.js). Generated,',
    "illustrative workbooks (random figures, 20 indicator columns: counts, ratios, shares, ~3% numbers as text,",
    "blanks and #DIV/0! sprinkled), kept in the OS temp folder.",
    "",
    `Machine: ${info.nproc} CPUs (nproc), ${info.cpu}, Node ${info.node}, load average at start ${info.load.map((n) => n.toFixed(1)).join(" / ")}.`,
    "",
    "```",
    info.free,
    "```",
    "",
    "| Case | exceljs alone | plancheck validate | ratio (target ≤ 1.3) | ratio, run by run (median) | fastest runs: exceljs / plancheck, ratio | peak memory: exceljs alone / plancheck |",
    "|---|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.label} | ${seconds(r.read)} | ${seconds(r.total)} | ${r.ratio.toFixed(2)} | ${r.pairs.map((x) => x.toFixed(2)).join(" ")} (${r.pairRatio.toFixed(2)}) | ${seconds(r.fastestRead)} / ${seconds(r.fastestTotal)}, ${r.fastestRatio.toFixed(2)} | ${megabytes(r.readMb)} / ${megabytes(r.totalMb)} |`,
    ),
    "",
    "Times are medians; the fastest runs are the ones least disturbed by whatever else the machine was doing.",
    "Run by run, each plancheck run is divided by the exceljs run made just before it, so that the machine's",
    "changes of speed over the minutes a benchmark takes weigh less.",
    "",
    "Where plancheck's time goes (its own phase timings, PLANCHECK_TIMINGS=1, median of the runs):",
    "",
    "| Case | read (exceljs) | snapshot (cli) | validate (engine) | output (messages worded, JSON written) |",
    "|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.label} | ${seconds(r.timings?.read ?? NaN)} | ${seconds(r.timings?.snapshot ?? NaN)} | ${seconds(r.timings?.validate ?? NaN)} | ${seconds(r.timings?.output ?? NaN)} |`,
    ),
    "",
    "Shares of the read time (from the phase timings): snapshot + validate + output is the work after the read;",
    "the 1.3 × target leaves 0.3 × read for it (less what loading the command costs over loading exceljs).",
    "",
    ...results.map((r) => {
      const t = r.timings ?? {};
      const share = (ms) => (ms / t.read).toFixed(2);
      return `- ${r.label}: validate ${share(t.validate)} × read, snapshot + output ${share(t.snapshot + t.output)} × read, all ${share(t.snapshot + t.validate + t.output)} × read.`;
    }),
    "",
  ];
  return lines.join("\n");
}

function record(section) {
  const file = path.join(__dirname, "RESULTS.md");
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmark results\n";
  const heading = "## Command line (`plancheck validate`)";
  const start = existing.indexOf(heading);
  let updated;
  if (start < 0) updated = `${existing.trimEnd()}\n\n${section}`;
  else {
    const after = existing.indexOf("\n## ", start + heading.length);
    updated = `${existing.slice(0, start)}${section}${after < 0 ? "" : `\n${existing.slice(after + 1)}`}`;
  }
  fs.writeFileSync(file, `${updated.trimEnd()}\n`);
  process.stdout.write(`recorded in ${path.relative(process.cwd(), file)}\n`);
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "plancheck.js"))) throw new Error("run npm run build:cli first");
  const info = machine();
  process.stdout.write(`generating workbooks in ${DIR} …\n`);
  const big = await bigWorkbook(ROWS);
  const small = await smallWorkbooks(FILES);
  process.stdout.write(`${path.basename(big)}: ${(fs.statSync(big).size / 2 ** 20).toFixed(1)} MB\n`);
  const results = [
    compare(`1 workbook, ${ROWS.toLocaleString("en")} rows × 20 indicators`, [big]),
    compare(`${FILES} district workbooks, 12 rows each, one call`, small),
  ];
  const section = report(results, info);
  process.stdout.write(`\n${section}\n`);
  if (RECORD) record(section);
}

main().catch((error) => {
  process.stderr.write(`cli.bench: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
