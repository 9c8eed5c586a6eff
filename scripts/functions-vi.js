/*
 * Generates the Vietnamese custom-functions metadata (functions.vi.json) from the English one the
 * metadata plugin writes (functions.json) and the translation table
 * (src/functions/translations.vi.json): same ids, types and options; Vietnamese names,
 * descriptions and parameter names. Every function and parameter must be translated, and the
 * table may name nothing that does not exist: either way the build fails.
 */
const fs = require("fs");
const path = require("path");

/** Excel's rule for a function's display name. */
const NAME = /^\p{L}[\p{L}\p{N}_.]{0,127}$/u;

/**
 * @param {{ functions: Array<{ id: string, name: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {Record<string, { name: string, description: string, parameters: Record<string, { name: string, description: string }> }>} table
 * @returns {{ metadata: object, errors: string[] }}
 */
function translateMetadata(metadata, table) {
  const errors = [];
  const ids = new Set();
  const names = new Set();
  const functions = (metadata.functions ?? []).map((fn) => {
    ids.add(fn.id);
    const entry = table[fn.id];
    if (entry === undefined) {
      errors.push(`${fn.id}: no Vietnamese translation`);
      return fn;
    }
    if (!NAME.test(entry.name)) errors.push(`${fn.id}: "${entry.name}" is not a valid function name`);
    if (names.has(entry.name)) errors.push(`${fn.id}: the name ${entry.name} is used twice`);
    names.add(entry.name);
    const parameters = (fn.parameters ?? []).map((parameter) => {
      const translated = entry.parameters?.[parameter.name];
      if (translated === undefined) {
        errors.push(`${fn.id}: parameter ${parameter.name} has no Vietnamese translation`);
        return parameter;
      }
      return { ...parameter, name: translated.name, description: translated.description };
    });
    const known = new Set((fn.parameters ?? []).map((parameter) => parameter.name));
    for (const name of Object.keys(entry.parameters ?? {})) {
      if (!known.has(name)) errors.push(`${fn.id}: the table translates parameter ${name}, which the function lacks`);
    }
    return { ...fn, name: entry.name, description: entry.description, parameters };
  });
  for (const id of Object.keys(table)) if (!ids.has(id)) errors.push(`${id}: translated but not a function`);
  return { metadata: { ...metadata, functions }, errors };
}

/** Webpack plugin: emits `output` translated from the `source` asset with the `table` file. */
class VietnameseMetadataPlugin {
  /** @param {{ source: string, output: string, table: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "VietnameseMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const tablePath = path.resolve(this.options.table);
        compilation.fileDependencies.add(tablePath);
        const source = compilation.getAsset(this.options.source);
        if (source === undefined) {
          compilation.errors.push(new WebpackError(`${name}: ${this.options.source} was not generated`));
          return;
        }
        const english = JSON.parse(source.source.source().toString());
        const table = JSON.parse(fs.readFileSync(tablePath, "utf8"));
        const { metadata, errors } = translateMetadata(english, table);
        for (const error of errors) compilation.errors.push(new WebpackError(`${name}: ${error}`));
        if (errors.length === 0) {
          compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        }
      });
    });
  }
}

module.exports = { translateMetadata, VietnameseMetadataPlugin };
