// Frozen. An offer's names (town and region in every language) apart from the rest of its
// search text, so that a search ranks offers whose name it matches first (issue 18).
// Setup writes the names of offers written before (refreshOfferSearchText).
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("offers")
    .addColumn("search_names", "text", (c) => c.notNull().defaultTo(""))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("offers").dropColumn("search_names").execute();
}
