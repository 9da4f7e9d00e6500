// Flat config: TypeScript's recommended rules, React hooks and accessibility
// (the operator is a public body bound by WCAG 2.1 AA).
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/",
      "public/build/",
      "node_modules/",
      "data/",
      "test-results/",
      "playwright-report/",
      ".cache/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["warn", { allow: ["error", "warn"] }],
    },
  },
  {
    // The layers (docs/decisions/017-where-code-lives.md): routes -> features ->
    // components and models -> domain. The domain is pure: no I/O, nothing of db/.
    // app/utils is infrastructure and app/i18n the texts, both usable from any layer
    // but the domain, which may use the texts only. Cycles are errors too.
    files: ["app/**/*.{ts,tsx}", "db/**/*.ts"],
    plugins: { boundaries, "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import/resolver": { typescript: { project: "tsconfig.json" } },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
      "boundaries/include": ["app/**/*", "db/**/*"],
      "boundaries/elements": [
        {
          type: "shell",
          mode: "full",
          pattern: ["app/root.tsx", "app/entry.*.tsx", "app/server.ts"],
        },
        { type: "route", mode: "full", pattern: "app/routes/**/*" },
        { type: "feature", mode: "full", pattern: "app/features/*/**/*", capture: ["feature"] },
        { type: "component", mode: "full", pattern: "app/components/**/*" },
        { type: "model", mode: "full", pattern: "app/models/**/*" },
        { type: "domain", mode: "full", pattern: "app/domain/**/*" },
        { type: "i18n", mode: "full", pattern: "app/i18n/**/*" },
        { type: "util", mode: "full", pattern: "app/utils/**/*" },
        {
          type: "schema",
          mode: "full",
          pattern: ["db/schema.ts", "db/dialect.ts", "db/migrations/**/*"],
        },
        { type: "db-command", mode: "full", pattern: "db/**/*" },
      ],
    },
    rules: {
      "boundaries/element-types": [
        "error",
        {
          default: "disallow",
          message:
            "A ${file.type} must not import a ${dependency.type} (docs/decisions/017-where-code-lives.md).",
          rules: [
            {
              from: "shell",
              allow: ["route", "feature", "component", "model", "domain", "i18n", "util", "schema"],
            },
            {
              from: "route",
              allow: ["feature", "component", "model", "domain", "i18n", "util", "schema"],
            },
            {
              from: "feature",
              allow: ["feature", "component", "model", "domain", "i18n", "util", "schema"],
            },
            { from: "component", allow: ["component", "domain", "i18n", "util"] },
            // A component may name the shape of what it renders: a model's row type, or
            // the root loader's data. Types only; the code stays on its own side.
            { from: ["component", "util"], allow: ["model", "shell"], importKind: "type" },
            { from: "model", allow: ["model", "domain", "i18n", "util", "schema"] },
            { from: "domain", allow: ["domain", "i18n"] },
            { from: "i18n", allow: ["i18n", "domain"] },
            { from: "util", allow: ["util", "model", "domain", "i18n", "schema"] },
            { from: "schema", allow: ["schema", "domain", "i18n"] },
            {
              from: "db-command",
              allow: ["db-command", "schema", "model", "domain", "i18n", "util"],
            },
          ],
        },
      ],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // zod is ~93 KB gzip in a browser: schemas live in *.server.ts modules, which the
    // browser build leaves empty (as it does resource routes, app/routes/*.ts). A form
    // that must validate in the browser would be the place for zod/mini, deliberately.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.ts", "app/routes/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", message: "Import zod in a *.server.ts module only." }],
          patterns: [{ group: ["zod/*"], message: "Import zod in a *.server.ts module only." }],
        },
      ],
    },
  },
);
