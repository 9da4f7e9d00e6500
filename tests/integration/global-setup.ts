// Prepares the template database once per run: migrations, the full place import
// and the seed, exactly as `npm start` does on an empty machine.
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase } from "../../db/dialect";
import { setup } from "../../db/setup";
import { PG_TEMPLATE, TEST_DIR, adminQuery, dialectName, postgresUrl } from "../support/test-db";

const removeSqlite = (file: string) => {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
};

export default async function globalSetup(project: TestProject): Promise<() => void> {
  const quiet = () => undefined;
  const started = Date.now();
  // This run's own template file (tests copy it): runs at once never share one.
  const template = path.join(TEST_DIR, `template-${process.pid}.db`);
  project.provide("sqliteTemplate", template);
  if (postgresUrl()) {
    await adminQuery([
      `DROP DATABASE IF EXISTS ${PG_TEMPLATE} WITH (FORCE)`,
      `CREATE DATABASE ${PG_TEMPLATE}`,
    ]);
    const url = new URL(postgresUrl()!);
    url.pathname = `/${PG_TEMPLATE}`;
    const db = createDatabase({ kind: "postgres", url: url.toString() });
    try {
      await setup(db, quiet);
    } finally {
      await db.destroy();
    }
  } else {
    fs.mkdirSync(TEST_DIR, { recursive: true });
    removeSqlite(template);
    const db = createDatabase({ kind: "sqlite", file: template });
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
  return () => removeSqlite(template);
}
