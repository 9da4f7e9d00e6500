// Frozen. Matching: an optional distance limit on both sides, and the history of
// the staff's scoring weights (the newest row is in force).
import type { Kysely } from "kysely";
import { addIdColumn } from "../dialect";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("municipalities")
    .addColumn("partner_max_distance_km", "integer")
    .execute();
  await db.schema.alterTable("offers").addColumn("partner_max_distance_km", "integer").execute();

  await addIdColumn(db, db.schema.createTable("scoring_weights"))
    .addColumn("weights", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("scoring_weights").execute();
  await db.schema.alterTable("offers").dropColumn("partner_max_distance_km").execute();
  await db.schema.alterTable("municipalities").dropColumn("partner_max_distance_km").execute();
}
