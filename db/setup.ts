// What `npm start` does before serving: build when the build is missing or older
// than the sources, migrate, import places and the register of municipalities,
// seed an empty database, and import the partnerships of the public lists.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "./schema";
import { isMain, log, runWithDatabase } from "./cli";
import { migrateToLatest } from "./migrate";
import { importPlaces } from "./import-places";
import { refreshOfferSearchText } from "../app/models/offer.server";
import { importMunicipalities } from "./import-municipalities";
import { importPartnerships } from "./import-partnerships";
import { seed, seedDemoFromEnv } from "./seed";

const BUILD_OUTPUT = "build/index.js";
const FINGERPRINT = "build/.sources";
const SOURCES = ["app", "public", "remix.config.js", "package.json"];

/**
 * Every source file's path, size and mtime, hashed: a renamed or deleted route
 * changes it even when no file got newer.
 */
function sourceFingerprint(): string {
  const hash = crypto.createHash("sha1");
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      if (entry === path.join("public", "build")) return; // the output itself
      for (const child of fs.readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

export function buildIfNeeded(say: (m: string) => void = log): void {
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(BUILD_OUTPUT) && fs.existsSync(FINGERPRINT);
  if (built && fs.readFileSync(FINGERPRINT, "utf8") === fingerprint) return;
  say(built ? "build: sources changed, rebuilding…" : "build: no build yet, building…");
  const result = spawnSync(path.resolve("node_modules/.bin/remix"), ["build"], {
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("remix build failed (see above).");
  fs.writeFileSync(FINGERPRINT, fingerprint);
}

async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const user = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  const offer = await db.selectFrom("offers").select("id").limit(1).executeTakeFirst();
  return !user && !offer;
}

export async function setup(db: Kysely<Database>, say: (m: string) => void = log): Promise<void> {
  const started = Date.now();
  await migrateToLatest(db, say);
  await importPlaces(db, { say });
  await importMunicipalities(db, { say });
  if (await isEmpty(db)) await seed(db, { demo: seedDemoFromEnv(), say });
  else say("seed: database already has data, nothing to seed");
  // After the seed: a partnership a demo profile lists is not imported twice.
  await importPartnerships(db, { say });
  const refreshed = await refreshOfferSearchText(db);
  if (refreshed > 0)
    say(`setup: search text of ${refreshed} offers rewritten (names, regions, letters)`);
  say(`setup: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (isMain(import.meta.url)) {
  if (process.argv.includes("--build")) {
    try {
      buildIfNeeded();
    } catch (error) {
      process.stderr.write(`Error: ${(error as Error).message}\n`);
      process.exit(1);
    }
  }
  await runWithDatabase((db) => setup(db));
}
