// Frozen. Two things a person's account now remembers (issue 18):
// - when they agreed to the terms of use at sign-up, and to which version: the record a
//   public service keeps of the consent (accounts made before, by staff or the seed, have none);
// - when they last opened their start page, so that it can say what is new since.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("terms_accepted_at", "text").execute();
  await db.schema.alterTable("users").addColumn("terms_version", "text").execute();
  await db.schema.alterTable("users").addColumn("start_seen_at", "text").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("start_seen_at").execute();
  await db.schema.alterTable("users").dropColumn("terms_version").execute();
  await db.schema.alterTable("users").dropColumn("terms_accepted_at").execute();
}
