// Every HTML document the journeys loaded (documents.ts), through the Nu HTML checker
// (vnu-jar, the W3C validator's engine): no errors. Runs after the journeys (the
// "valid-html" project of playwright.config.ts depends on them).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { documentsDir } from "./documents";
import { javaPath } from "./system-packages";

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test("every page the journeys loaded is valid HTML (Nu HTML checker)", () => {
  test.setTimeout(300_000);
  const dir = documentsDir();
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".html"));
  // A run of the whole suite loads hundreds; a handful means the recording broke.
  expect(files.length, `documents recorded in ${dir}`).toBeGreaterThan(0);
  const java = javaPath();
  expect(
    java,
    'Java for the Nu HTML checker ("apt-get install default-jre-headless")',
  ).toBeTruthy();
  const jar = path.join(
    path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
    "build/dist/vnu.jar",
  );
  const output = execFileSync(
    java!,
    ["-jar", jar, "--format", "json", "--stdout", "--exit-zero-always", "--errors-only", dir],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const { messages } = JSON.parse(output) as { messages: NuMessage[] };
  const errors = messages
    .filter((m) => m.type === "error" || m.subType === "fatal")
    .map(
      (m) =>
        `${path.basename(decodeURIComponent(m.url))}:${m.lastLine ?? "?"}: ${m.message}` +
        (m.extract ? ` [${m.extract.trim().slice(0, 120)}]` : ""),
    );
  expect(errors, `Nu HTML checker errors in ${files.length} documents`).toEqual([]);
});
