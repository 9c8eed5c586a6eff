#!/usr/bin/env node
/*
 * Checks the sample workbooks with the built command: builds the command line first when
 * dist/cli is missing or older than the sources. Extra arguments go to plancheck, e.g.
 *   npm run validate-samples -- --out build/highlighted --lang en
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "dist", "cli", "plancheck.js");

function newest(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

const sources = Math.max(newest(path.join(root, "src")), fs.statSync(path.join(root, "webpack.cli.config.js")).mtimeMs);
if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < sources) {
  process.stderr.write("Building the command line (dist/cli/plancheck.js)…\n");
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const build = spawnSync(process.execPath, [webpack, "--mode", "production", "-c", "webpack.cli.config.js"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const samples = fs
  .readdirSync(path.join(root, "samples"))
  .filter((name) => name.endsWith(".xlsx"))
  .sort()
  .map((name) => path.join("samples", name));
const extra = process.argv.slice(2);
// The samples are 2025 reports; their findings are the point, so they do not fail the npm script.
const defaults = [
  ...(extra.includes("--year") ? [] : ["--year", "2025"]),
  ...(extra.some((arg) => arg.startsWith("--fail-on")) ? [] : ["--fail-on", "none"]),
];
const run = spawnSync(
  process.execPath,
  [path.join("bin", "plancheck.js"), "validate", ...samples, ...defaults, ...extra],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exitCode = run.status ?? 1;
