// Frozen. Holds that the contacts migration left to the code: one live contact per
// pair of towns even under racing requests, and the time a sender claimed an e-mail,
// so a claim left by a process that died can be taken over.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("contacts_live_pair")
    .unique()
    .on("contacts")
    .columns(["municipality_id", "offer_id"])
    .where(sql.ref("status"), "not in", ["declined", "expired", "withdrawn", "rejected_by_staff"])
    .execute();
  await db.schema.alterTable("emails").addColumn("claimed_at", "text").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("emails").dropColumn("claimed_at").execute();
  await db.schema.dropIndex("contacts_live_pair").execute();
}
