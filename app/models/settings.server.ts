// Small staff settings as key/value rows; each has a default in code.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { DEFAULT_OPEN_REQUEST_LIMIT } from "~/domain/contact-lifecycle";

type Db = Kysely<Database> | Transaction<Database>;

const OPEN_REQUEST_LIMIT = "contacts.open_request_limit";

export async function getSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.value;
}

/** Stores a setting; userId is null when the system (an import) writes it. */
export async function putSetting(
  db: Db,
  key: string,
  value: string,
  userId: number | null,
): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto("settings")
    .values({ key, value, updated_by: userId, updated_at: now })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({ value, updated_by: userId, updated_at: now }),
    )
    .execute();
}

/** How many open requests an offer takes before it says it is full (staff setting). */
export async function openRequestLimit(db: Db): Promise<number> {
  const value = Number(await getSetting(db, OPEN_REQUEST_LIMIT));
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_OPEN_REQUEST_LIMIT;
}

export async function setOpenRequestLimit(db: Db, limit: number, userId: number): Promise<void> {
  await putSetting(db, OPEN_REQUEST_LIMIT, String(limit), userId);
}
