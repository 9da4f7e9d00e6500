// Shared plumbing for the db/*.ts commands: open the configured database, run,
// close, and turn the usual failures into one sentence instead of a stack trace.
import crypto from "node:crypto";
import fs from "node:fs";
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

/** A data file's bytes and their SHA-256 (what an import remembers to skip a second run). */
export function readDataFile(file: string): { buffer: Buffer; sha256: string } {
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch {
    throw new DataFileError(`Cannot read ${file}: check the path.`);
  }
  return { buffer, sha256: crypto.createHash("sha256").update(buffer).digest("hex") };
}

/** A data file that cannot be read or has problems: said in one message, nothing imported. */
export class DataFileError extends Error {}

/** The value after `--file` (and the like) on the command line; exits with a sentence when missing. */
export function fileArgument(name: string, example: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith("--")) {
    process.stderr.write(`Error: ${name} needs a path, e.g. ${name} ${example}\n`);
    process.exit(1);
  }
  return value;
}
