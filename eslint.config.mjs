// Lint config used by `npm run lint` (office-addin-lint picks up this file).
// The Office add-in rules (load before read, no context.sync in loops, …) from
// eslint-plugin-office-addins, with its React preset, on TypeScript sources.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { Office: "readonly", Excel: "readonly", OfficeExtension: "readonly", console: "readonly", window: "readonly", document: "readonly", navigator: "readonly", setTimeout: "readonly", clearTimeout: "readonly", Blob: "readonly", URL: "readonly", ClipboardItem: "readonly", HTMLElement: "readonly", CustomEvent: "readonly", process: "readonly", Buffer: "readonly", TextEncoder: "readonly", TextDecoder: "readonly", require: "readonly", module: "readonly", __dirname: "readonly", globalThis: "readonly" },
    },
    settings: { react: { version: "18" } },
    rules: {
      // TypeScript itself checks undefined names and unused code (strict tsconfig).
      "no-undef": "off",
      "no-unused-vars": "off",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    // The command-line launcher (plain CommonJS run by Node, not compiled).
    files: ["bin/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      ecmaVersion: 2022,
      globals: { require: "readonly", module: "readonly", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
  },
];
