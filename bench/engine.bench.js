/*
 * Runs bench/engine.bench.ts without ts-node: TypeScript files are compiled on require with
 * typescript's transpileModule.
 *   node --expose-gc bench/engine.bench.js            print the figures
 *   node --expose-gc bench/engine.bench.js --record   also write them into bench/RESULTS.md (its own section)
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

require(path.join(__dirname, "engine.bench.ts"));
