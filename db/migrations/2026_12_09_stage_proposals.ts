// Frozen. "Council approved" and "agreement signed" need both sides: one side proposes
// (with the resolution's number or a link), the other side or staff confirms, and only
// then does the contact move and, for a signed agreement, the partnership go public.
// Before, one side alone could record both within seconds.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // At most one proposal waits per contact: the next stage, by one side.
  await db.schema
    .createTable("stage_proposals")
    .addColumn("contact_id", "integer", (c) =>
      c.primaryKey().references("contacts.id").onDelete("cascade"),
    )
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("proposed_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("happened_on", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("reference", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable("contact_stages")
    .addColumn("reference", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  // Who confirmed a proposed milestone; null for stages one side records alone (in
  // contact) and for those recorded before confirmation existed.
  await db.schema.alterTable("contact_stages").addColumn("confirmed_by", "integer").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("contact_stages").dropColumn("confirmed_by").execute();
  await db.schema.alterTable("contact_stages").dropColumn("reference").execute();
  await db.schema.dropTable("stage_proposals").execute();
}
