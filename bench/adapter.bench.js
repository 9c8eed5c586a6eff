/*
 * Runs bench/adapter.bench.ts (compiled on require by bench/support/run-ts.js).
 *   node bench/adapter.bench.js            print the figures
 *   node bench/adapter.bench.js --record   also write them into bench/RESULTS.md (its own section)
 */
require("./support/run-ts")(require("path").join(__dirname, "adapter.bench.ts"));
