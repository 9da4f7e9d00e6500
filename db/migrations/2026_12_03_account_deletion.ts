// Frozen. When an account was deleted: the row stays as an anonymous tombstone, so the
// audit history, threads and staff notes that point at it keep their shape without
// naming the person (docs/decisions/009-personal-data-export-and-deletion.md).
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("deleted_at", "text").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("deleted_at").execute();
}
