/*
 * Runs a TypeScript benchmark without ts-node: TypeScript files are compiled on require with
 * typescript's transpileModule (type checking is `npm run typecheck`'s job).
 */
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

/** Requires `file` (a .ts path) with the hook above in place. */
module.exports = (file) => require(file);
