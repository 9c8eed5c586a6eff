/*
 * Runs bench/engine.bench.ts (compiled on require by bench/support/run-ts.js).
 *   node --expose-gc bench/engine.bench.js            print the figures
 *   node --expose-gc bench/engine.bench.js --record   also write them into bench/RESULTS.md (its own section)
 */
require("./support/run-ts")(require("path").join(__dirname, "engine.bench.ts"));
