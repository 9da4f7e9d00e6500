import { execFileSync } from "node:child_process";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { serveCommand } from "./tests/support/serve-command";

function freePort(): string {
  return execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ])
    .toString()
    .trim();
}

// Free ports, chosen once in the main process; workers inherit them via the environment.
process.env.E2E_PORT ??= freePort();
const PORT = Number(process.env.E2E_PORT);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// The SMTP sink (tests/e2e/global-setup.ts) the app sends its e-mails to; mailbox.ts reads them.
while (!process.env.E2E_SMTP_PORT || process.env.E2E_SMTP_PORT === String(PORT)) {
  process.env.E2E_SMTP_PORT = freePort();
}
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT);
process.env.E2E_MAIL_DIR ??= path.resolve(`.test-results/mail-${PORT}`);
process.env.E2E_HTML_DIR ??= path.resolve(`.test-results/html-${PORT}`);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  projects: [
    { name: "journeys", testIgnore: "**/valid-html.spec.ts" },
    // The Nu HTML checker over every document the journeys loaded (tests/e2e/documents.ts).
    { name: "valid-html", testMatch: "**/valid-html.spec.ts", dependencies: ["journeys"] },
  ],
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Two cores run the server, Chromium and axe at once; pages with maps and axe need headroom.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  outputDir: "test-results",
  use: {
    baseURL: BASE_URL,
    locale: "cs-CZ",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // Its own database file, prepared from nothing exactly as `npm start` would.
    // Served as `npm start` serves it (package.json's "serve").
    command: `tsx tests/e2e/prepare-server.ts && exec ${serveCommand()}`,
    url: `${BASE_URL}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      // One file per run (the port is free, so unique): concurrent runs never share a database.
      DATABASE_URL: `.test-results/e2e-${PORT}.db`,
      NODE_ENV: "production",
      // As behind one proxy: each test's people send their own X-Forwarded-For
      // (tests/e2e/fixtures.ts), so throttling per client counts them apart.
      TRUST_PROXY: "1",
      SEED_DEMO: "true",
      SESSION_SECRET: "e2e-only-secret-not-for-production",
      // Real SMTP to the in-process sink; links in e-mails point at this server.
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      APP_URL: BASE_URL,
      MAIL_FROM: "Spolu E2E <noreply@spolu.example>",
    },
  },
});
