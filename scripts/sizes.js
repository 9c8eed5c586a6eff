/*
 * Sizes of the built JavaScript in dist/, and the task pane's budget: the scripts its pages load
 * (taskpane.html and functions.html, office.js and other hosts' files excluded) must stay under 250 KB.
 *   node scripts/sizes.js [dist]   exits 1 when over budget
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_BYTES = 250 * 1024;
const PANE_PAGES = ["taskpane.html", "functions.html", "commands.html"];

/** Local script files a built page loads (no remote URLs, no office.js). */
function pageScripts(dist, page) {
  const file = path.join(dist, page);
  if (!fs.existsSync(file)) return [];
  const html = fs.readFileSync(file, "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)]
    .map((match) => match[1])
    .filter((src) => !/^[a-z]+:|^\/\//i.test(src) && !/(^|\/)office(\.debug)?\.js$/i.test(src))
    .map((src) => path.normalize(src.replace(/^\.?\//, "").split(/[?#]/)[0]));
}

/**
 * The task pane's own scripts: those its pages load, else (no pages built) taskpane*.js and functions*.js.
 * @param {string} dist
 * @returns {string[]} paths relative to dist
 */
function paneScripts(dist) {
  const fromPages = [...new Set(PANE_PAGES.flatMap((page) => pageScripts(dist, page)))];
  if (fromPages.length > 0) return fromPages.filter((file) => fs.existsSync(path.join(dist, file)));
  return fs.existsSync(dist) ? fs.readdirSync(dist).filter((file) => /^(taskpane|functions).*\.js$/.test(file)) : [];
}

/** Every .js under dist (one level of folders: cli/, preview/), relative to it. */
function scriptsUnder(dist) {
  if (!fs.existsSync(dist)) return [];
  return fs.readdirSync(dist, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name.endsWith(".js") ? [entry.name] : [];
    if (!entry.isDirectory() || entry.name === "node_modules") return [];
    return fs
      .readdirSync(path.join(dist, entry.name))
      .filter((file) => file.endsWith(".js"))
      .map((file) => path.join(entry.name, file));
  });
}

/** @param {string} dist */
function measure(dist) {
  const files = scriptsUnder(dist);
  const all = files.map((file) => {
    const data = fs.readFileSync(path.join(dist, file));
    return { file, bytes: data.length, gzip: zlib.gzipSync(data).length };
  });
  const pane = paneScripts(dist);
  const paneBytes = pane.reduce((sum, file) => sum + fs.statSync(path.join(dist, file)).size, 0);
  return { all, pane, paneBytes, budget: BUDGET_BYTES };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the table; returns false when the task pane is over budget. */
function report(dist) {
  const { all, pane, paneBytes, budget } = measure(dist);
  const shown = path.relative(process.cwd(), dist);
  console.log(`\nJavaScript in ${shown === "" ? "." : shown.startsWith("..") ? dist : shown}/ (minified, gzip):`);
  for (const { file, bytes, gzip } of all.sort((a, b) => a.file.localeCompare(b.file)))
    console.log(
      `  ${file.padEnd(34)} ${kb(bytes).padStart(10)} ${kb(gzip).padStart(10)}${pane.includes(file) ? "  task pane" : ""}`,
    );
  const within = paneBytes <= budget;
  console.log(
    `  task pane's own JavaScript: ${kb(paneBytes)} of ${kb(budget)} ${within ? "(within budget)" : "(OVER BUDGET)"}\n`,
  );
  return within;
}

module.exports = { measure, paneScripts, report, BUDGET_BYTES };

if (require.main === module) {
  const ok = report(path.resolve(process.argv[2] ?? path.join(__dirname, "..", "dist")));
  process.exitCode = ok ? 0 : 1;
}
