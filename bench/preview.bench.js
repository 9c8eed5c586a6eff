/*
 * Times the browser preview in Chromium (playwright-core over /usr/bin/chromium), on the built dist/:
 *   - opening the preview until the task pane is ready (sample workbook, cold page each run);
 *   - Validate until the findings are shown, for the sample;
 *   - opening a 10,000-row sheet (read with exceljs, grid drawn, pane mounted) and validating it.
 * Run after `npm run build`:  node bench/preview.bench.js [runs=5] [rows=10000]
 * Figures are medians (min–max) in milliseconds, measured inside the page with performance.now().
 */
/* global document, performance, MutationObserver -- the functions given to page.evaluate run in the page */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const ExcelJS = require("exceljs");
const { chromium } = require("playwright-core");
const { serveStatic } = require("../scripts/serve");
const { largeWorkbook } = require("../scripts/preview-fixtures");

const DIST = path.resolve(process.env.PLANCHECK_DIST ?? path.join(__dirname, "..", "dist"));
const { CHROMIUM, CHROMIUM_ARGS: ARGS } = require("../scripts/chromium");

const runs = Number(process.argv[2] ?? 5);
const rows = Number(process.argv[3] ?? 10000);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const figure = (values) =>
  `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

/** In the page: presses Validate and resolves with the ms until the findings (or "no findings") are shown. */
function timeValidate(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const before = Number(document.querySelector(".pc-pane")?.dataset.validation ?? 0);
        const shown = () => {
          const pane = document.querySelector(".pc-pane[data-state='ready']");
          return (
            pane !== null &&
            Number(pane.dataset.validation) > before &&
            pane.querySelector("#pc-findings :is(li.pc-finding, .pc-empty)") !== null
          );
        };
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve({ ms: performance.now() - start, findings: document.querySelectorAll("li.pc-finding").length });
        });
        observer.observe(document.getElementById("taskpane-root"), {
          childList: true,
          subtree: true,
          attributes: true,
        });
        document.getElementById("pc-validate").click();
      }),
  );
}

const markTime = (page, name) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).at(-1)?.startTime ?? Number.NaN, name);
const between = (page, from, to) =>
  page.evaluate(
    ([a, b]) => performance.getEntriesByName(b).at(-1).startTime - performance.getEntriesByName(a).at(-1).startTime,
    [from, to],
  );

function machine() {
  const run = (command, args) => {
    try {
      return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return "unknown";
    }
  };
  const cpu = os.cpus()[0]?.model ?? "unknown";
  return [
    `nproc ${os.cpus().length}, ${cpu}`,
    `memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free`,
    `load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(", ")} (other work shares the machine)`,
    `node ${process.version}`,
    run(CHROMIUM, ["--version"]).split("\n")[0],
  ];
}

async function main() {
  if (!fs.existsSync(path.join(DIST, "preview", "index.html"))) throw new Error(`no preview in ${DIST}: npm run build`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
  const large = path.join(os.tmpdir(), `plancheck-bench-${rows}.xlsx`);
  await largeWorkbook(ExcelJS, rows).xlsx.writeFile(large);

  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const results = { ready: [], validate: [], largeOpen: [], largeRead: [], largeGrid: [], largeValidate: [] };
  let sampleFindings = 0;
  let largeFindings = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-US" });
      const page = await context.newPage();
      await page.goto(`${server.url}preview/`);
      await page.waitForSelector("html[data-preview-ready='true'] .pc-pane[data-state='ready']");
      results.ready.push(await markTime(page, "plancheck:preview-ready"));
      const sample = await timeValidate(page);
      results.validate.push(sample.ms);
      sampleFindings = sample.findings;

      await page.setInputFiles("#file-input", large);
      await page.waitForFunction(
        (name) =>
          document.getElementById("workbook-name")?.textContent === name &&
          document.querySelector(".pc-pane[data-state='ready']") !== null &&
          performance.getEntriesByName("plancheck:open-done").length > 1,
        path.basename(large),
        { timeout: 120_000 },
      );
      results.largeOpen.push(await between(page, "plancheck:open-start", "plancheck:open-done"));
      results.largeRead.push(await between(page, "plancheck:open-start", "plancheck:workbook-read"));
      results.largeGrid.push(await between(page, "plancheck:workbook-read", "plancheck:grid-drawn"));
      const big = await timeValidate(page);
      results.largeValidate.push(big.ms);
      largeFindings = big.findings;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const lines = [
    `Preview in Chromium, ${runs} runs, median (min–max):`,
    `  open the preview → pane ready (sample)          ${figure(results.ready)}`,
    `  Validate → findings shown (sample, ${sampleFindings} listed)  ${figure(results.validate)}`,
    `  open a ${rows}-row sheet → pane ready           ${figure(results.largeOpen)}`,
    `    of which exceljs reads the file               ${figure(results.largeRead)}`,
    `    of which the grid is drawn                    ${figure(results.largeGrid)}`,
    `  Validate → findings shown (${rows} rows, ${largeFindings} listed) ${figure(results.largeValidate)}`,
    "Machine:",
    ...machine().map((line) => `  ${line}`),
  ];
  console.log(lines.join("\n"));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
