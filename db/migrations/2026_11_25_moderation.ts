// Frozen. History of every decision, staff notes, existing partnerships and
// in-app notifications. Runs unchanged on SQLite and PostgreSQL.
import type { Kysely } from "kysely";
import { addIdColumn } from "../dialect";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addIdColumn(db, db.schema.createTable("audit_events"))
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("actor_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("on_behalf", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("comment", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("audit_events_entity")
    .on("audit_events")
    .columns(["entity", "entity_id"])
    .execute();

  await addIdColumn(db, db.schema.createTable("staff_notes"))
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("staff_notes_entity")
    .on("staff_notes")
    .columns(["entity", "entity_id"])
    .execute();

  await addIdColumn(db, db.schema.createTable("partnerships"))
    .addColumn("municipality_id", "integer", (c) =>
      c.notNull().references("municipalities.id").onDelete("cascade"),
    )
    .addColumn("partner_town", "text", (c) => c.notNull())
    .addColumn("partner_country", "text", (c) => c.notNull())
    .addColumn("partner_place_id", "integer", (c) => c.references("places.id"))
    .addColumn("since_year", "integer")
    .addColumn("offer_id", "integer", (c) => c.references("offers.id").onDelete("set null"))
    .addColumn("source", "text", (c) => c.notNull().defaultTo("existing"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("partnerships_municipality_id")
    .on("partnerships")
    .column("municipality_id")
    .execute();

  await addIdColumn(db, db.schema.createTable("notifications"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("params", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("link", "text")
    // Makes scheduled notifications idempotent: one reminder per offer and threshold.
    .addColumn("dedupe_key", "text", (c) => c.unique())
    .addColumn("read_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("notifications_user_id")
    .on("notifications")
    .columns(["user_id", "read_at"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["notifications", "partnerships", "staff_notes", "audit_events"]) {
    await db.schema.dropTable(table).execute();
  }
}
