// The e2e suite drives Debian's Chromium. Install it when missing and we may
// (root with apt-get); otherwise stop with one sentence saying what to install.
import { execSync } from "node:child_process";
import fs from "node:fs";
import { isMain } from "../../db/cli";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    process.stderr.write(
      `Chromium is missing at ${CHROMIUM}: install Debian's package with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).\n`,
    );
    process.exit(1);
  }
  process.stdout.write("e2e: installing Debian's chromium (apt-get)…\n");
  execSync(
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null",
    {
      stdio: "inherit",
      shell: "/bin/bash",
    },
  );
}

if (isMain(import.meta.url)) ensureChromium();
