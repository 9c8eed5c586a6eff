const js = require("@eslint/js");
const officeAddins = require("eslint-plugin-office-addins");
const prettier = require("eslint-plugin-prettier");
const prettierConfig = require("eslint-config-prettier");
const tseslint = require("typescript-eslint");

const officeRecommended = officeAddins.configs.recommended.find((config) => config.plugins?.["office-addins"]);
const officeRules = Object.fromEntries(
  Object.entries(officeRecommended.rules).filter(([name]) => name.startsWith("office-addins/")),
);

module.exports = [
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "test-output/", "samples/", ".certs/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    plugins: { "office-addins": officeAddins, prettier },
    rules: {
      ...officeRules,
      "office-addins/no-context-sync-in-loop": "error",
      "prettier/prettier": ["error", { endOfLine: "auto", printWidth: 120, trailingComma: "all" }],
      "no-eval": "error",
      "no-implied-eval": "error",
    },
  },
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["exceljs", "node:*", "fs", "path", "os", "@microsoft/office-js"], message: "src/core is pure." },
            {
              group: ["**/excel/**", "**/cli/**", "**/taskpane/**", "**/preview/**", "**/functions/**"],
              message: "src/core depends on nothing outside it.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window", "CustomFunctions"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
