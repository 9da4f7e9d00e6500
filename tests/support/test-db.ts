// Real databases for integration tests. A template is prepared once per run
// (migrated, places imported, seeded); each test file gets its own copy: a copied
// SQLite file, or on PostgreSQL a database created from the template.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Kysely } from "kysely";
import { inject } from "vitest";
import { createDatabase } from "../../db/dialect";
import type { Database } from "../../db/schema";

export const TEST_DIR = path.resolve(".test-results");
/**
 * The prepared SQLite template of this run (global-setup.ts names it after its process, so
 * two runs at once, say a test run beside a helper's, never rebuild each other's template).
 */
export function sqliteTemplate(): string {
  return inject("sqliteTemplate");
}

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
  }
}
export const PG_TEMPLATE = "spolu_test_template";

/** postgres://… when the suite should run on PostgreSQL, else undefined (SQLite). */
export function postgresUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return url && /^postgres(ql)?:\/\//.test(url) ? url : undefined;
}

export function dialectName(): "postgres" | "sqlite" {
  return postgresUrl() ? "postgres" : "sqlite";
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Run statements on the server's maintenance database (CREATE/DROP DATABASE). */
export async function adminQuery(statements: string[]): Promise<void> {
  const url = postgresUrl();
  if (!url) throw new Error("adminQuery needs TEST_DATABASE_URL");
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database once its connections are gone. kysely's destroy() resolves when
 * pg has *asked* its clients to end; a DROP … WITH (FORCE) right then kills backends still
 * closing, and their clients report the FATAL as an unhandled error in whatever test runs next.
 */
async function dropDatabase(name: string): Promise<void> {
  const url = postgresUrl();
  if (!url) throw new Error("dropDatabase needs TEST_DATABASE_URL");
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1",
        [name],
      );
      if (Number(rows[0]?.n ?? 0) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export interface TestDb {
  db: Kysely<Database>;
  /** DATABASE_URL that reaches the same database (for spawning CLI commands). */
  url: string;
  cleanup: () => Promise<void>;
}

/** An empty database of the configured dialect. */
export async function createEmptyDb(): Promise<TestDb> {
  const name = `spolu_test_${crypto.randomBytes(6).toString("hex")}`;
  const url = postgresUrl();
  if (url) {
    await adminQuery([`CREATE DATABASE ${name}`]);
    const dbUrl = withDatabase(url, name);
    const db = createDatabase({ kind: "postgres", url: dbUrl });
    return {
      db,
      url: dbUrl,
      cleanup: async () => {
        await db.destroy();
        await dropDatabase(name);
      },
    };
  }
  fs.mkdirSync(TEST_DIR, { recursive: true });
  const file = path.join(TEST_DIR, `${name}.db`);
  const db = createDatabase({ kind: "sqlite", file });
  return { db, url: file, cleanup: () => removeSqlite(db, file) };
}

/** A private copy of the prepared template (migrated, places imported, seeded). */
export async function createSeededDb(): Promise<TestDb> {
  const name = `spolu_test_${crypto.randomBytes(6).toString("hex")}`;
  const url = postgresUrl();
  if (url) {
    await adminQuery([`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE}`]);
    const dbUrl = withDatabase(url, name);
    const db = createDatabase({ kind: "postgres", url: dbUrl });
    return {
      db,
      url: dbUrl,
      cleanup: async () => {
        await db.destroy();
        await dropDatabase(name);
      },
    };
  }
  const file = path.join(TEST_DIR, `${name}.db`);
  fs.copyFileSync(sqliteTemplate(), file);
  const db = createDatabase({ kind: "sqlite", file });
  return { db, url: file, cleanup: () => removeSqlite(db, file) };
}

async function removeSqlite(db: Kysely<Database>, file: string): Promise<void> {
  await db.destroy();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}
