import type { Kysely, Transaction } from "kysely";
import type { Database, Locale } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { formatDate, translateStored } from "~/i18n";
import { appUrl } from "~/utils/env.server";
import { renderEmail } from "~/utils/email-template";
import { enqueueEmail } from "./email.server";

type Db = Kysely<Database> | Transaction<Database>;

export const NOTIFICATION_KINDS = [
  "offer_expiring",
  "offer_expired",
  "offer_approved",
  "offer_changes_requested",
  "offer_rejected",
  "profile_approved",
  "profile_changes_requested",
  "profile_rejected",
  // Claims of a municipality (app/models/claim.server.ts).
  "claim_verified",
  "claim_rejected",
  "claim_lost",
  // The contact workflow (app/models/contact.server.ts).
  "contact_submitted",
  "contact_forwarded",
  "contact_received",
  "contact_rejected",
  "contact_accepted",
  "contact_declined",
  "contact_info_requested",
  "contact_info_answered",
  "contact_withdrawn",
  "contact_reminder",
  "contact_expired",
  "contact_expired_recipient",
  "contact_introduction",
  "contact_message",
  "contact_stage",
  "contact_stage_proposed",
  "contact_stage_refused",
  "partnership_signed",
  "partnership_dormant",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Stages and dates are stored as codes (YYYY-MM-DD), so each reader gets them in their language. */
const STAGE_CODES = ["in_contact", "council_approved", "agreement_signed"];

export function notificationText(
  locale: Locale,
  kind: NotificationKind,
  params: Record<string, string | number>,
): string {
  const shown = { ...params };
  if (typeof params.stage === "string" && STAGE_CODES.includes(params.stage))
    shown.stage = translateStored(locale, `contact.stage.${params.stage}`) ?? params.stage;
  if (typeof params.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(params.date))
    shown.date = formatDate(params.date, locale);
  return translateStored(locale, `notifications.${kind}`, shown) ?? kind;
}

/**
 * In-app notice, and an e-mail for users who want each one at once (verified
 * addresses only). A dedupe key makes repeated scheduled runs add it once.
 * Params carry public facts only (town names, dates): never contact data.
 */
export async function notify(
  db: Db,
  input: {
    userId: number;
    kind: NotificationKind;
    params: Record<string, string | number>;
    link: string;
    dedupeKey?: string;
  },
): Promise<boolean> {
  const now = new Date().toISOString();
  const inserted = await db
    .insertInto("notifications")
    .values({
      user_id: input.userId,
      kind: input.kind,
      params: JSON.stringify(input.params),
      link: input.link,
      dedupe_key: input.dedupeKey ?? null,
      read_at: null,
      created_at: now,
      emailed_at: null,
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!inserted) return false;

  const user = await db
    .selectFrom("users")
    .select(["email", "name", "locale", "email_pref", "email_verified_at"])
    .where("id", "=", input.userId)
    .executeTakeFirst();
  if (user && user.email_pref === "immediate" && user.email_verified_at) {
    const sentence = notificationText(user.locale, input.kind, input.params);
    await enqueueEmail(db, {
      userId: input.userId,
      to: user.email,
      locale: user.locale,
      kind: input.kind,
      ...renderEmail({
        locale: user.locale,
        name: user.name,
        subject: `Spolu: ${truncate(sentence, 110)}`,
        lines: [{ text: sentence, link: input.link }],
        baseUrl: appUrl(),
      }),
    });
    await db
      .updateTable("notifications")
      .set({ emailed_at: now })
      .where("id", "=", inserted.id)
      .execute();
  }
  return true;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export async function listNotifications(
  db: Db,
  userId: number,
  options: { limit?: number; offset?: number; unreadOnly?: boolean } = {},
) {
  let q = db
    .selectFrom("notifications")
    .select(["id", "kind", "params", "link", "read_at", "created_at"])
    .where("user_id", "=", userId);
  if (options.unreadOnly) q = q.where("read_at", "is", null);
  const rows = await q
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as NotificationKind,
    params: JSON.parse(r.params) as Record<string, string | number>,
    link: r.link,
    read: r.read_at !== null,
    createdAt: r.created_at,
  }));
}

export async function countNotifications(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

export async function countUnread(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

export async function markAllRead(db: Db, userId: number): Promise<void> {
  await db
    .updateTable("notifications")
    .set({ read_at: new Date().toISOString() })
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .execute();
}

/** Opening a notice marks it read; scoped to its owner. */
export async function markRead(db: Db, userId: number, id: number): Promise<string | null> {
  const row = await db
    .selectFrom("notifications")
    .select("link")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (!row) return null;
  await db
    .updateTable("notifications")
    .set({ read_at: new Date().toISOString() })
    .where("id", "=", id)
    .where("read_at", "is", null)
    .execute();
  return row.link ?? "/notifications";
}

/** Opening the page a notice points to reads it, however the reader got there (e-mail, link). */
export async function markReadByLink(db: Db, userId: number, link: string): Promise<void> {
  await db
    .updateTable("notifications")
    .set({ read_at: new Date().toISOString() })
    .where("user_id", "=", userId)
    .where("link", "=", link)
    .where("read_at", "is", null)
    .execute();
}
