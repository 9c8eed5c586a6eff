/* Bundles the command line (src/cli/main.ts) for Node into dist/cli/plancheck.js. */
const path = require("path");

/** @type {import('webpack').Configuration} */
module.exports = {
  name: "cli",
  target: "node20",
  entry: { plancheck: "./src/cli/main.ts" },
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    // import() stays in the one bundle; the module (and exceljs with it) is evaluated when first imported.
    parser: { javascript: { dynamicImportMode: "eager" } },
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        // ES modules (not tsconfig's CommonJS), as for the task pane: webpack then leaves out the parts of zod
        // the command never uses (its locales, most of its checks), which Node would otherwise load at each start.
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "es2020" } },
        },
      },
    ],
  },
  // exceljs is required from node_modules at run time; zod and the core are bundled.
  externals: { exceljs: "commonjs exceljs" },
  externalsPresets: { node: true },
  optimization: { minimize: false },
  devtool: "source-map",
  performance: { hints: false },
  stats: "errors-warnings",
};
