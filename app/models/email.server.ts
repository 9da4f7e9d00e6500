// Every e-mail Spolu writes is first a row here, in the same transaction as the
// change it reports, so nothing is lost: with SMTP it is queued and delivered
// (retried on failure), without SMTP it stays in the outbox staff can read.
import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import type { Database, EmailStatus, Locale } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { getEnv } from "~/utils/env.server";

type Db = Kysely<Database> | Transaction<Database>;

export interface OutgoingEmail {
  id: number;
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  html: string;
}

export const MAX_ATTEMPTS = 5;

export async function enqueueEmail(
  db: Db,
  email: {
    userId: number | null;
    to: string;
    locale: Locale;
    kind: string;
    subject: string;
    text: string;
    html: string;
  },
): Promise<void> {
  await db
    .insertInto("emails")
    .values({
      user_id: email.userId,
      to_address: email.to,
      locale: email.locale,
      kind: email.kind,
      subject: email.subject,
      body_text: email.text,
      body_html: email.html,
      status: getEnv().SMTP_URL ? "queued" : "outbox",
      last_error: null,
      claimed_at: null,
      created_at: new Date().toISOString(),
      sent_at: null,
    })
    .execute();
}

/** Longer than any SMTP exchange takes (nodemailer gives up after minutes): the sender died. */
export const STALE_CLAIM_MS = 15 * 60_000;

/**
 * Sends queued (and earlier failed) e-mails, oldest first. Each row is claimed
 * by a conditional update before sending, so two processes never send one twice;
 * a row left "sending" by a process that died is taken over after STALE_CLAIM_MS.
 */
export async function deliverQueued(
  db: Kysely<Database>,
  send: (email: OutgoingEmail) => Promise<void>,
  limit = 50,
  now = new Date(),
): Promise<{ sent: number; failed: number }> {
  const stale = new Date(now.getTime() - STALE_CLAIM_MS).toISOString();
  const claimable = (eb: ExpressionBuilder<Database, "emails">) =>
    eb.or([
      eb("status", "in", ["queued", "failed"]),
      eb.and([eb("status", "=", "sending"), eb("claimed_at", "<", stale)]),
    ]);
  const candidates = await db
    .selectFrom("emails")
    .select(["id", "to_address", "locale", "subject", "body_text", "body_html", "attempts"])
    .where(claimable)
    .where("attempts", "<", MAX_ATTEMPTS)
    .orderBy("id")
    .limit(limit)
    .execute();
  let sent = 0;
  let failed = 0;
  for (const row of candidates) {
    const claim = await db
      .updateTable("emails")
      .set({ status: "sending", attempts: row.attempts + 1, claimed_at: now.toISOString() })
      .where("id", "=", row.id)
      .where(claimable)
      .where("attempts", "=", row.attempts)
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;
    try {
      await send({
        id: row.id,
        to: row.to_address,
        locale: row.locale,
        subject: row.subject,
        text: row.body_text,
        html: row.body_html,
      });
      await db
        .updateTable("emails")
        .set({ status: "sent", sent_at: new Date().toISOString(), last_error: null })
        .where("id", "=", row.id)
        .execute();
      sent++;
    } catch (error) {
      await db
        .updateTable("emails")
        .set({ status: "failed", last_error: String(error).slice(0, 500) })
        .where("id", "=", row.id)
        .execute();
      failed++;
    }
  }
  return { sent, failed };
}

const LIST_COLUMNS = [
  "id",
  "to_address as to",
  "locale",
  "kind",
  "subject",
  "status",
  "attempts",
  "last_error as lastError",
  "created_at as createdAt",
  "sent_at as sentAt",
] as const;

/** Staff's outbox, newest first. */
export async function listEmails(
  db: Db,
  options: { status?: EmailStatus; limit: number; offset: number },
) {
  let q = db.selectFrom("emails").select(LIST_COLUMNS).orderBy("id", "desc");
  if (options.status) q = q.where("status", "=", options.status);
  return q.limit(options.limit).offset(options.offset).execute();
}

export async function countEmails(db: Db, status?: EmailStatus): Promise<number> {
  let q = db.selectFrom("emails").select((eb) => eb.fn.countAll().as("n"));
  if (status) q = q.where("status", "=", status);
  return toCount((await q.executeTakeFirstOrThrow()).n);
}

export async function getEmail(db: Db, id: number) {
  return db
    .selectFrom("emails")
    .select([...LIST_COLUMNS, "body_text as text", "body_html as html"])
    .where("id", "=", id)
    .executeTakeFirst();
}
