// Frozen. A failed e-mail waits before its next attempt (1, 5, 30 minutes, 2 and 12
// hours): retried at once, an SMTP outage spent all five attempts in about a second.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("emails").addColumn("next_attempt_at", "text").execute();
  await db.schema
    .createIndex("emails_status_next_attempt")
    .on("emails")
    .columns(["status", "next_attempt_at"])
    .execute();
  // Failed e-mails with attempts left (five, then) are due at once.
  await db
    .updateTable("emails")
    .set({ next_attempt_at: "1970-01-01T00:00:00.000Z" })
    .where("status", "=", "failed")
    .where("attempts", "<", 5)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("emails_status_next_attempt").execute();
  await db.schema.alterTable("emails").dropColumn("next_attempt_at").execute();
}
