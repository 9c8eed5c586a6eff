/*
 * Runs bench/functions.bench.ts without ts-node: TypeScript files are compiled on require with
 * typescript's transpileModule.
 *   node bench/functions.bench.js            print the figures
 *   node bench/functions.bench.js --record   also write them into bench/RESULTS.md (its own section)
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

require(path.join(__dirname, "functions.bench.ts"));
