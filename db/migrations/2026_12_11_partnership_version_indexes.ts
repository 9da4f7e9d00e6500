// Frozen. The data version (app/models/data-version.server.ts) reads the newest
// confirmation and removal of a partnership on every page that ranks or maps: with an
// index each is its last entry; without, a scan of every partnership (~1,140 rows, and
// on PostgreSQL a scan per page view).
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("partnerships_confirmed_at")
    .on("partnerships")
    .column("confirmed_at")
    .execute();
  await db.schema
    .createIndex("partnerships_removed_at")
    .on("partnerships")
    .column("removed_at")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("partnerships_removed_at").execute();
  await db.schema.dropIndex("partnerships_confirmed_at").execute();
}
