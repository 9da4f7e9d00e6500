// Frozen. A profile's description says which language it is in, as an offer's does
// (issue 17): pages label it, and readers' browsers and screen readers read it right.
// Profiles written before are Czech municipalities' own texts: Czech.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("municipalities")
    .addColumn("description_lang", "text", (c) => c.notNull().defaultTo("cs"))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("municipalities").dropColumn("description_lang").execute();
}
