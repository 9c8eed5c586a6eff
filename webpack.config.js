/*
 * The add-in bundle, shaped like Microsoft's "Excel custom functions with a shared runtime"
 * template: one page (taskpane.html) loads both the task pane and the custom functions, since the
 * shared runtime runs them together. functions.json is generated from the JSDoc in
 * src/functions/functions.ts, functions.vi.json from it and the Vietnamese translation table.
 * functions.js needs runtime.js and shared.js before it, as taskpane.html loads them: the manifest
 * requires SharedRuntime 1.1, so Excel always runs the functions from that page.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { VietnameseMetadataPlugin } = require("./scripts/functions-vi");

const FUNCTIONS = "./src/functions/functions.ts";

/** @type {(env: unknown, argv: { mode?: string }) => import('webpack').Configuration} */
module.exports = (_env, argv) => {
  const development = argv.mode === "development";
  return {
    name: "addin",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      functions: FUNCTIONS,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The command line and the preview build into dist/ after this one: keep what they wrote.
      clean: { keep: /^(cli[\\/]|preview[\\/]|samples[\\/]|preview\.html$)/ },
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules (not tsconfig's CommonJS) so that webpack can drop the unused parts of zod.
            options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
      new VietnameseMetadataPlugin({
        source: "functions.json",
        output: "functions.vi.json",
        table: "./src/functions/translations.vi.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The task pane's stylesheets, linked from taskpane.html.
          { from: "src/taskpane/*.css", to: "[name][ext]", noErrorOnMissing: true },
        ],
      }),
    ],
    optimization: {
      // One page runs both entries: one webpack runtime, and the modules both use (zod, the core) in
      // one shared chunk loaded once, rather than a copy in each bundle.
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: { shared: { name: "shared", chunks: "initial", minChunks: 2, enforce: true } },
      },
    },
    performance: { hints: development ? false : "warning", maxAssetSize: 600000, maxEntrypointSize: 900000 },
    stats: { preset: "normal", assets: true, assetsSort: "name", modules: false, children: false },
  };
};
