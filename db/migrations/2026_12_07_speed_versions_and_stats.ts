// Frozen. The rankings' caches check max(updated_at) of municipalities and offers on
// every page view (app/models/data-version.server.ts): an index answers that from its
// last entry instead of scanning 6,254 rows. The count of live offers (the home page,
// /offers, /admin) reads them by status and expiry. Staff's statistics read the first
// event of each kind per contact: an index holding the columns it reads saves the table.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("municipalities_updated_at")
    .on("municipalities")
    .column("updated_at")
    .execute();
  await db.schema.createIndex("offers_updated_at").on("offers").column("updated_at").execute();
  await db.schema
    .createIndex("offers_status_expires_on")
    .on("offers")
    .columns(["status", "expires_on"])
    .execute();
  await db.schema
    .createIndex("audit_events_entity_action")
    .on("audit_events")
    .columns(["entity", "action", "entity_id", "created_at"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_events_entity_action").execute();
  await db.schema.dropIndex("offers_status_expires_on").execute();
  await db.schema.dropIndex("offers_updated_at").execute();
  await db.schema.dropIndex("municipalities_updated_at").execute();
}
