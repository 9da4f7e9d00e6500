import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { toCount } from "../../db/dialect";

type Db = Kysely<Database> | Transaction<Database>;

export type NotificationKind =
  | "offer_expiring"
  | "offer_expired"
  | "offer_approved"
  | "offer_changes_requested"
  | "offer_rejected"
  | "profile_approved"
  | "profile_changes_requested"
  | "profile_rejected";

/** In-app notice; a dedupe key makes repeated scheduled runs add it once. */
export async function notify(
  db: Db,
  input: {
    userId: number;
    kind: NotificationKind;
    params: Record<string, string | number>;
    link: string;
    dedupeKey?: string;
  },
): Promise<void> {
  await db
    .insertInto("notifications")
    .values({
      user_id: input.userId,
      kind: input.kind,
      params: JSON.stringify(input.params),
      link: input.link,
      dedupe_key: input.dedupeKey ?? null,
      read_at: null,
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .execute();
}

export async function listNotifications(db: Db, userId: number, limit = 50) {
  const rows = await db
    .selectFrom("notifications")
    .select(["id", "kind", "params", "link", "read_at", "created_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
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
