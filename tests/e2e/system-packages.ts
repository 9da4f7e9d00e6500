// The e2e suite drives Debian's Chromium and checks the pages it loads with the Nu HTML checker,
// which runs on Java. Install what is missing when we may (root with apt-get); otherwise stop
// with one sentence saying what to install.
import { execSync } from "node:child_process";
import fs from "node:fs";
import { isMain } from "../../db/cli";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function javaPath(): string | null {
  try {
    return execSync("command -v java", { shell: "/bin/sh", encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

function install(what: string, debianPackage: string, hint: string): void {
  const isRoot = process.getuid?.() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    process.stderr.write(`${what} is missing: ${hint}\n`);
    process.exit(1);
  }
  process.stdout.write(`e2e: installing Debian's ${debianPackage} (apt-get)…\n`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage} >/dev/null`,
    { stdio: "inherit", shell: "/bin/bash" },
  );
}

export function ensureE2eSystemPackages(): void {
  if (!fs.existsSync(CHROMIUM)) {
    install(
      `Chromium (${CHROMIUM})`,
      "chromium",
      `install Debian's package with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
    );
  }
  if (!javaPath()) {
    install(
      "Java (for the Nu HTML checker)",
      "default-jre-headless",
      `install it with "sudo apt-get install -y default-jre-headless".`,
    );
  }
}

if (isMain(import.meta.url)) ensureE2eSystemPackages();
