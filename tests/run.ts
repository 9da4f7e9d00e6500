// `npm test`: every suite in order (typecheck, lint, unit, integration, e2e),
// each run even when an earlier one failed, then one closing line
// "N passed, N failed" summing them. Typecheck and lint count as one check each.
//   tsx tests/run.ts                         all suites
//   tsx tests/run.ts --only integration      just these (comma-separated)
//   tsx tests/run.ts --label postgres        prefix for the per-suite lines
// Counts are also written to .test-results/summary-<label>.json for .ci/run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureE2eSystemPackages } from "./e2e/system-packages";

type Suite = "typecheck" | "lint" | "unit" | "integration" | "e2e";
const ALL: Suite[] = ["typecheck", "lint", "unit", "integration", "e2e"];
const OUT = path.resolve(".test-results");
const BIN = path.resolve("node_modules/.bin");

const { values } = parseArgs({ options: { only: { type: "string" }, label: { type: "string" } } });
const suites = values.only ? (values.only.split(",").map((s) => s.trim()) as Suite[]) : ALL;
for (const s of suites)
  if (!ALL.includes(s)) throw new Error(`Unknown suite "${s}" (known: ${ALL.join(", ")})`);
const label = values.label ?? "local";

fs.mkdirSync(OUT, { recursive: true });

function run(command: string, args: string[]): number {
  const result = spawnSync(path.join(BIN, command), args, { stdio: "inherit", env: process.env });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

interface Count {
  passed: number;
  failed: number;
  /** "file › test: first line of the error", repeated in the closing summary so a CI log's tail names what failed. */
  failures?: string[];
}

// Reporters colour their messages (ESC [ … m); the summary is plain text.
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

function firstLine(message: string | undefined): string {
  return (
    (message ?? "")
      .replace(COLOUR, "")
      .split("\n")
      .find((l) => l.trim()) ?? ""
  );
}

function check(code: number): Count {
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function vitest(project: "unit" | "integration"): Count {
  const report = path.join(OUT, `vitest-${project}-${label}.json`);
  fs.rmSync(report, { force: true });
  // Shuffled, files and tests: no test may lean on another's rows. The seed is printed, and
  // TEST_SEED=<it> repeats an order that failed.
  const seed = process.env.TEST_SEED ?? String(Date.now() % 1_000_000);
  process.stdout.write(`${project}: shuffled, TEST_SEED=${seed} repeats this order\n`);
  const code = run("vitest", [
    "run",
    "--project",
    project,
    "--sequence.shuffle",
    `--sequence.seed=${seed}`,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  const json = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    testResults: {
      name: string;
      message?: string;
      assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
    }[];
  }>(report);
  if (!json) return { passed: 0, failed: 1 };
  const failures = json.testResults.flatMap((file) => {
    const name = path.relative(process.cwd(), file.name);
    const tests = file.assertionResults
      .filter((t) => t.status === "failed")
      .map((t) => `${name} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    return tests.length === 0 && file.message ? [`${name}: ${firstLine(file.message)}`] : tests;
  });
  // A crashed file counts as a failure even when vitest reports no failed test in it.
  const failed = json.numFailedTests + (code !== 0 && json.numFailedTests === 0 ? 1 : 0);
  return { passed: json.numPassedTests, failed, failures };
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: {
    title: string;
    tests: { status: string; results: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

function e2e(): Count {
  ensureE2eSystemPackages();
  const report = path.join(OUT, "playwright.json");
  fs.rmSync(report, { force: true });
  const code = run("playwright", ["test"]);
  const json = readJson<{
    stats: { expected: number; unexpected: number; flaky: number };
    suites: PlaywrightSuite[];
  }>(report);
  if (!json) return { passed: 0, failed: 1 };
  const failures: string[] = [];
  const walk = (suite: PlaywrightSuite, file: string) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === "unexpected" || test.status === "flaky")
          failures.push(
            `${file} › ${spec.title}: ${firstLine(test.results.at(-1)?.error?.message)}`,
          );
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const suite of json.suites) walk(suite, suite.file ?? suite.title);
  const failed =
    json.stats.unexpected + json.stats.flaky + (code !== 0 && json.stats.unexpected === 0 ? 1 : 0);
  return { passed: json.stats.expected, failed, failures };
}

const RUNNERS: Record<Suite, () => Count> = {
  typecheck: () => check(run("tsc", [])),
  lint: () => check(run("eslint", [".", "--max-warnings=0"]) || run("prettier", ["--check", "."])),
  unit: () => vitest("unit"),
  integration: () => vitest("integration"),
  e2e,
};

const results: Record<string, Count> = {};
for (const suite of suites) {
  process.stdout.write(`\n=== ${suite} (${label}) ===\n`);
  const started = Date.now();
  results[suite] = RUNNERS[suite]();
  process.stdout.write(
    `=== ${suite}: ${results[suite].passed} passed, ${results[suite].failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
  );
}

const total = Object.values(results).reduce(
  (a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed }),
  { passed: 0, failed: 0 },
);
fs.writeFileSync(
  path.join(OUT, `summary-${label}.json`),
  JSON.stringify({ label, suites: results, ...total }, null, 2),
);
process.stdout.write("\n");
for (const [suite, c] of Object.entries(results)) {
  process.stdout.write(`${label} ${suite}: ${c.passed} passed, ${c.failed} failed\n`);
  for (const failure of c.failures ?? []) process.stdout.write(`  ✗ ${failure.slice(0, 300)}\n`);
}
process.stdout.write(`${total.passed} passed, ${total.failed} failed\n`);
process.exitCode = total.failed > 0 ? 1 : 0;
