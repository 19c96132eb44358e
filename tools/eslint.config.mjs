// ESLint's flat config for the site's scripts (assets/) and their Node tests (tests/js/), run from
// the repository's root by `make lint`, `make test-fast` and `make test`:
//   tools/node_modules/.bin/eslint --config tools/eslint.config.mjs
// With --config, the patterns below are relative to the working directory, the repository's root.
// It lives here, beside ESLint and its plugins (pinned in package.json), so that Node finds them.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    files: ["assets/**/*.js"],
    ...js.configs.recommended,
    languageOptions: {
      // ES modules, which esbuild bundles into classic scripts (scripts/roleguide/bundle.py).
      ecmaVersion: 2022,
      sourceType: "module",
      globals: globals.browser,
    },
  },
  {
    files: ["tests/js/**/*.mjs"],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: globals.node },
  },
  {
    files: ["assets/**/*.js", "tests/js/**/*.mjs"],
    rules: { "no-var": "error", "prefer-const": "error" },
  },
];
