// Prepares the template database once per run: migrations, the full place import
// and the seed, exactly as `npm start` does on an empty machine.
import fs from "node:fs";
import { createDatabase } from "../../db/dialect";
import { setup } from "../../db/setup";
import {
  PG_TEMPLATE,
  SQLITE_TEMPLATE,
  TEST_DIR,
  adminQuery,
  dialectName,
  postgresUrl,
  templateUrl,
} from "../support/test-db";

export default async function globalSetup(): Promise<void> {
  const quiet = () => undefined;
  const started = Date.now();
  if (postgresUrl()) {
    await adminQuery([
      `DROP DATABASE IF EXISTS ${PG_TEMPLATE} WITH (FORCE)`,
      `CREATE DATABASE ${PG_TEMPLATE}`,
    ]);
    const db = createDatabase({ kind: "postgres", url: templateUrl() });
    try {
      await setup(db, quiet);
    } finally {
      await db.destroy();
    }
  } else {
    fs.mkdirSync(TEST_DIR, { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(SQLITE_TEMPLATE + suffix, { force: true });
    const db = createDatabase({ kind: "sqlite", file: SQLITE_TEMPLATE });
    try {
      await setup(db, quiet);
    } finally {
      // Closing the last connection folds the WAL into the file, so copies are complete.
      await db.destroy();
    }
  }
  process.stdout.write(
    `integration template (${dialectName()}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
