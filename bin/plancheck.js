#!/usr/bin/env node
/* Launches the bundled command line (built by `npm run build` into dist/cli/plancheck.js). */
const fs = require("fs");
const path = require("path");

const bundle = path.join(__dirname, "..", "dist", "cli", "plancheck.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write(`plancheck: ${path.relative(process.cwd(), bundle) || bundle} is missing: run npm run build\n`);
  process.exitCode = 2;
} else {
  require(bundle).main(process.argv.slice(2));
}
