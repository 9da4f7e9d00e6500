import { Migrator, type Kysely } from "kysely";
import { isMain, log, runWithDatabase } from "./cli";
import { migrations } from "./migrations";
import type { Database } from "./schema";

export async function migrateToLatest(
  db: Kysely<Database>,
  say: (m: string) => void = log,
): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    say(
      r.status === "Success"
        ? `migrated: ${r.migrationName}`
        : `migration ${r.status}: ${r.migrationName}`,
    );
  }
  if (error) throw error;
  if (results?.length === 0) say("migrations: up to date");
}

if (isMain(import.meta.url)) await runWithDatabase((db) => migrateToLatest(db));
