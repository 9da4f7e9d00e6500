// Shared plumbing for the db/*.ts commands: open the configured database, run,
// close, and turn the usual failures into one sentence instead of a stack trace.
import { pathToFileURL } from "node:url";
import type { Kysely } from "kysely";
import { createDatabase, describeTarget, parseDatabaseUrl } from "./dialect";
import type { Database } from "./schema";

export function isMain(importMetaUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && importMetaUrl === pathToFileURL(entry).href;
}

export function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

export function explain(error: unknown, target: string): string {
  const err = error as NodeJS.ErrnoException & { code?: string };
  if (err?.code === "ECONNREFUSED")
    return `Cannot reach the database (${target}): is PostgreSQL running?`;
  if (err?.code === "28P01")
    return `The database refused the password (${target}); check DATABASE_URL.`;
  if (err?.code === "3D000")
    return `The database in DATABASE_URL does not exist (${target}); create it first.`;
  if (err?.code === "SQLITE_CANTOPEN")
    return `Cannot open the SQLite file (${target}); check the path and permissions.`;
  return err instanceof Error ? err.message : String(error);
}

export async function runWithDatabase(
  task: (db: Kysely<Database>) => Promise<void>,
): Promise<void> {
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  const where = describeTarget(target);
  let db: Kysely<Database> | undefined;
  try {
    db = createDatabase(target);
    await task(db);
  } catch (error) {
    process.stderr.write(`Error: ${explain(error, where)}\n`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 1;
  } finally {
    await db?.destroy();
  }
}
