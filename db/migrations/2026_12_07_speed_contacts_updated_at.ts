// Frozen. Staff's /contacts lists every contact newest change first: with 20,000
// contacts at national scale the sort read the whole table on every page view.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("contacts_updated_at").on("contacts").column("updated_at").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("contacts_updated_at").execute();
}
