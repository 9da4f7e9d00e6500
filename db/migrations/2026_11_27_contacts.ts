// Frozen. The contact workflow (expressions of interest, their thread and
// partnership stages), e-mail (outbox, preferences, account tokens), staff
// settings, and the claims that keep scheduled jobs to one instance.
import { sql, type Kysely } from "kysely";
import { addIdColumn } from "../dialect";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addIdColumn(db, db.schema.createTable("contacts"))
    .addColumn("municipality_id", "integer", (c) =>
      c.notNull().references("municipalities.id").onDelete("cascade"),
    )
    .addColumn("offer_id", "integer", (c) =>
      c.notNull().references("offers.id").onDelete("cascade"),
    )
    // municipality: a mayor wrote to an offer; offer: a foreign town wrote to a
    // municipality; staff: the union introduced the two.
    .addColumn("initiator", "text", (c) => c.notNull())
    .addColumn("sender_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("topics", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("status", "text", (c) => c.notNull())
    // The reason of the latest reject or decline, shown to the sender.
    .addColumn("status_reason", "text")
    // Introductions: each side's answer (accepted / declined), null until given.
    .addColumn("municipality_answer", "text")
    .addColumn("offer_answer", "text")
    // When the request last started waiting for the recipient (reminder and expiry count from it).
    .addColumn("waiting_since", "text")
    .addColumn("reminded_at", "text")
    .addColumn("first_forwarded_at", "text")
    .addColumn("first_response_at", "text")
    .addColumn("accepted_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("contacts_offer")
    .on("contacts")
    .columns(["offer_id", "status"])
    .execute();
  await db.schema
    .createIndex("contacts_municipality")
    .on("contacts")
    .columns(["municipality_id", "status"])
    .execute();
  await db.schema
    .createIndex("contacts_waiting")
    .on("contacts")
    .columns(["status", "waiting_since"])
    .execute();

  await addIdColumn(db, db.schema.createTable("contact_messages"))
    .addColumn("contact_id", "integer", (c) =>
      c.notNull().references("contacts.id").onDelete("cascade"),
    )
    .addColumn("author_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    // message (thread after acceptance), info_request, info_answer.
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("contact_messages_contact")
    .on("contact_messages")
    .column("contact_id")
    .execute();

  await addIdColumn(db, db.schema.createTable("contact_stages"))
    .addColumn("contact_id", "integer", (c) =>
      c.notNull().references("contacts.id").onDelete("cascade"),
    )
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("happened_on", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("recorded_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("contact_stages_once", ["contact_id", "stage"])
    .execute();

  // No foreign key: SQLite cannot drop a referencing column again (down), and a
  // partnership outlives the contact that led to it.
  await db.schema.alterTable("partnerships").addColumn("contact_id", "integer").execute();
  await db.schema.alterTable("partnerships").addColumn("last_activity_at", "text").execute();
  await db.schema.alterTable("partnerships").addColumn("dormant_since", "text").execute();
  await db
    .updateTable("partnerships")
    .set({ last_activity_at: sql`created_at` })
    .execute();

  await db.schema.alterTable("users").addColumn("email_verified_at", "text").execute();
  // immediate | daily | none
  await db.schema
    .alterTable("users")
    .addColumn("email_pref", "text", (c) => c.notNull().defaultTo("immediate"))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("weekly_matches", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("users").addColumn("last_digest_on", "text").execute();
  await db.schema.alterTable("users").addColumn("last_weekly_on", "text").execute();
  // Accounts made before verification existed (demo, staff-created) count as verified.
  await db
    .updateTable("users")
    .set({ email_verified_at: sql`created_at` })
    .execute();

  // Null: not yet e-mailed (a daily digest will carry it).
  await db.schema.alterTable("notifications").addColumn("emailed_at", "text").execute();

  await addIdColumn(db, db.schema.createTable("emails"))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("body_html", "text", (c) => c.notNull())
    // outbox (no SMTP configured) | queued | sending | sent | failed
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema.createIndex("emails_status").on("emails").columns(["status", "id"]).execute();

  await addIdColumn(db, db.schema.createTable("user_tokens"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // verify_email | reset_password
    .addColumn("purpose", "text", (c) => c.notNull())
    // SHA-256 of the token: a leaked table does not yield working links.
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  // One row per job and time slot; whoever inserts it runs the job (several instances).
  await db.schema
    .createTable("job_runs")
    .addColumn("job", "text", (c) => c.notNull())
    .addColumn("slot", "text", (c) => c.notNull())
    .addColumn("instance", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("result", "text")
    .addPrimaryKeyConstraint("job_runs_pk", ["job", "slot"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["job_runs", "settings", "user_tokens", "emails"])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable("notifications").dropColumn("emailed_at").execute();
  for (const column of [
    "last_weekly_on",
    "last_digest_on",
    "weekly_matches",
    "email_pref",
    "email_verified_at",
  ])
    await db.schema.alterTable("users").dropColumn(column).execute();
  for (const column of ["dormant_since", "last_activity_at", "contact_id"])
    await db.schema.alterTable("partnerships").dropColumn(column).execute();
  for (const table of ["contact_stages", "contact_messages", "contacts"])
    await db.schema.dropTable(table).execute();
}
