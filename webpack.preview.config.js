/*
 * The browser preview (dist/preview/index.html, and dist/preview.html pointing to it): the real task
 * pane beside a grid over a workbook opened in the page. Runs after the add-in build and never cleans
 * dist/ (the add-in build keeps dist/preview/ when it cleans). exceljs's browser build is copied as its
 * own script (never part of the task pane's bundle), with the sample workbooks.
 *   webpack -c webpack.preview.config.js [--env out=<dir>]   (out: build elsewhere than dist/)
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");

const SAMPLES = path.resolve(__dirname, "samples");
const PANE_DIR = path.resolve(__dirname, "src/taskpane");

/** The task pane's stylesheets, copied beside the preview so the pane looks as it does in Excel. */
const paneStyles = () =>
  fs.existsSync(PANE_DIR)
    ? fs
        .readdirSync(PANE_DIR)
        .filter((file) => file.endsWith(".css"))
        .sort()
    : [];

/** Puts samples/*.xlsx (the CLI's samples) in dist/samples/ with an index; a demo workbook when there are none. */
class PreviewSamplesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PreviewSamplesPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "PreviewSamplesPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const files = fs.existsSync(SAMPLES)
            ? fs
                .readdirSync(SAMPLES)
                .filter((file) => /\.xlsx$/i.test(file) && !file.startsWith("~$"))
                .sort()
            : [];
          const index = [];
          for (const file of files) {
            compilation.fileDependencies.add(path.join(SAMPLES, file));
            compilation.emitAsset(
              `preview/samples/${file}`,
              new sources.RawSource(fs.readFileSync(path.join(SAMPLES, file))),
            );
            index.push({ file, title: file.replace(/\.xlsx$/i, "") });
          }
          if (index.length === 0) {
            const ExcelJS = require("exceljs");
            const { demoWorkbook } = require("./scripts/preview-fixtures");
            const buffer = Buffer.from(await demoWorkbook(ExcelJS).xlsx.writeBuffer());
            compilation.emitAsset("preview/samples/demo.xlsx", new sources.RawSource(buffer));
            index.push({ file: "demo.xlsx", title: "demo (illustrative figures)" });
          }
          compilation.emitAsset("preview/samples/index.json", new sources.RawSource(JSON.stringify(index, null, 2)));
        },
      );
    });
  }
}

/** Prints the size of every script in dist/ and the task pane's budget once the last build is done. */
class SizesPlugin {
  apply(compiler) {
    compiler.hooks.done.tap("SizesPlugin", (stats) => {
      if (!stats.hasErrors()) require("./scripts/sizes").report(compiler.outputPath);
    });
  }
}

/** dist/preview.html: sends the browser on to the preview (a meta refresh, no script). */
const REDIRECT_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'" />
    <meta http-equiv="refresh" content="0; url=preview/index.html" />
    <title>PlanCheck — preview</title>
  </head>
  <body><p><a href="preview/index.html">PlanCheck preview</a></p></body>
</html>
`;

class RedirectPagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RedirectPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RedirectPagePlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset("preview.html", new sources.RawSource(REDIRECT_PAGE)),
      );
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode === "development";
  const out = path.resolve(__dirname, env?.out ?? "dist");
  const styles = paneStyles();
  return {
    name: "preview",
    devtool: "source-map",
    entry: { preview: "./src/preview/index.ts" },
    output: { path: out, filename: "preview/[name].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } },
        },
      ],
    },
    // The page loads exceljs.min.js itself; a type-only import never needs this, a value import must not bundle it.
    externals: { exceljs: "ExcelJS" },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "preview/index.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
        inject: "head",
        minify: false,
        paneStyles: styles.map((file) => `pane-${file}`),
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: require.resolve("exceljs/dist/exceljs.min.js"),
            to: "preview/exceljs.min.js",
            info: { minimized: true },
          },
          { from: "src/preview/preview.css", to: "preview/preview.css" },
          ...styles.map((file) => ({ from: path.join(PANE_DIR, file), to: `preview/pane-${file}` })),
        ],
      }),
      new PreviewSamplesPlugin(),
      new RedirectPagePlugin(),
      ...(dev ? [] : [new SizesPlugin()]),
    ],
  };
};
