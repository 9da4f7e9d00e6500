import type { Kysely } from "kysely";
import { createDatabase, parseDatabaseUrl } from "../../db/dialect";
import type { Database } from "../../db/schema";
import { getEnv } from "./env.server";

export type Db = Kysely<Database>;

// One pool per process; kept on globalThis so a dev rebuild does not leak connections.
const globalForDb = globalThis as unknown as { spoluDb?: Db };

export function getDb(): Db {
  globalForDb.spoluDb ??= createDatabase(parseDatabaseUrl(getEnv().DATABASE_URL));
  return globalForDb.spoluDb;
}

/** Integration tests point the app at their own database before calling routes. */
export function setDbForTesting(db: Db): void {
  globalForDb.spoluDb = db;
}
