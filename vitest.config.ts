import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: pure logic (fast, no I/O) and integration tests against a real
// database (SQLite by default, PostgreSQL when TEST_DATABASE_URL names one).
// Playwright specs (tests/e2e) are not vitest's.
export default defineConfig({
  resolve: {
    alias: [
      // As in the server build: browser-only modules are empty (see the stub).
      {
        find: /^.*\.client(\.tsx?)?$/,
        replacement: path.resolve(import.meta.dirname, "tests/support/empty-client-module.ts"),
      },
      { find: "~", replacement: path.resolve(import.meta.dirname, "app") },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
