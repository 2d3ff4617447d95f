// office-addin-lint's own configuration (eslint-plugin-office-addins "recommended"), plus the
// one change a TypeScript project needs: no-undef is left to the compiler, which knows the
// DOM, Node and Office.js globals from tsconfig's lib and types (typescript-eslint's advice).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ["**/*.ts"],
    rules: { "no-undef": "off" },
  },
];
