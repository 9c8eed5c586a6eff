/*
 * Runs bench/functions.bench.ts (compiled on require by bench/support/run-ts.js).
 *   node bench/functions.bench.js            print the figures
 *   node bench/functions.bench.js --record   also write them into bench/RESULTS.md (its own section)
 */
require("./support/run-ts")(require("path").join(__dirname, "functions.bench.ts"));
