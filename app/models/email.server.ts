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

/**
 * How long a failed e-mail waits before its next attempt: 1, 5, 30 minutes, 2 hours, then
 * every 12 hours. Ten attempts span about two and a half days, so an SMTP outage of a
 * day leaves every e-mail with attempts to spare.
 */
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 720].map((minutes) => minutes * 60_000);
export const MAX_ATTEMPTS = 10;

/** The wait after the n-th failed attempt (1-based). */
export function retryDelay(attempt: number): number {
  return RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length) - 1] ?? RETRY_DELAYS_MS[0]!;
}

/**
 * Whether the mail server refused this e-mail for good (an SMTP 5xx answer: no such
 * mailbox, rejected as spam): trying again will not help. Anything else, a connection
 * refused, a timeout, a 4xx "try later", means the server or the way to it is down.
 */
export function refusedForGood(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

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
 * Sends queued e-mails and failed ones whose wait is over, oldest first. Each row is
 * claimed by a conditional update before sending, so two processes never send one twice;
 * a row left "sending" by a process that died is taken over after STALE_CLAIM_MS. When
 * the server cannot be reached the pass stops at the first failure, so an outage costs
 * one attempt of one e-mail, not one of each.
 */
export async function deliverQueued(
  db: Kysely<Database>,
  send: (email: OutgoingEmail) => Promise<void>,
  limit = 50,
  now = new Date(),
): Promise<{ sent: number; failed: number }> {
  const at = now.toISOString();
  const stale = new Date(now.getTime() - STALE_CLAIM_MS).toISOString();
  const claimable = (eb: ExpressionBuilder<Database, "emails">) =>
    eb.or([
      eb("status", "=", "queued"),
      eb.and([eb("status", "=", "failed"), eb("next_attempt_at", "<=", at)]),
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
    const attempt = row.attempts + 1;
    const claim = await db
      .updateTable("emails")
      .set({ status: "sending", attempts: attempt, claimed_at: at })
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
        .set({
          status: "sent",
          sent_at: new Date().toISOString(),
          last_error: null,
          next_attempt_at: null,
        })
        .where("id", "=", row.id)
        .execute();
      sent++;
    } catch (error) {
      const final = refusedForGood(error) || attempt >= MAX_ATTEMPTS;
      await db
        .updateTable("emails")
        .set({
          status: "failed",
          last_error: String(error).slice(0, 500),
          // Given up: no next attempt; staff may send it again from the outbox.
          next_attempt_at: final
            ? null
            : new Date(now.getTime() + retryDelay(attempt)).toISOString(),
        })
        .where("id", "=", row.id)
        .execute();
      failed++;
      if (!refusedForGood(error)) break;
    }
  }
  return { sent, failed };
}

/**
 * Staff's "send again" for an e-mail that failed: queued afresh with all its attempts.
 * Only a failed one, so a click on a stale page cannot send an e-mail twice.
 */
export async function sendAgain(db: Db, id: number): Promise<boolean> {
  const result = await db
    .updateTable("emails")
    .set({ status: "queued", attempts: 0, next_attempt_at: null, claimed_at: null })
    .where("id", "=", id)
    .where("status", "=", "failed")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
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
  "next_attempt_at as nextAttemptAt",
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
