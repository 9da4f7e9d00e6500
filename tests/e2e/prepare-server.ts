// Run by Playwright's webServer before the server starts: a fresh e2e database,
// an up-to-date build, then the same setup `npm start` performs.
import fs from "node:fs";
import { runWithDatabase } from "../../db/cli";
import { buildIfNeeded, setup } from "../../db/setup";

const file = process.env.DATABASE_URL ?? ".test-results/e2e.db";
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
buildIfNeeded();
await runWithDatabase((db) => setup(db, () => undefined));
