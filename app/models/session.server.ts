import crypto from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database, Session } from "../../db/schema";

type Db = Kysely<Database> | Transaction<Database>;

export const SESSION_DAYS = 30;

export async function createSession(
  db: Db,
  userId: number,
  userAgent: string | null,
): Promise<Session> {
  const now = new Date();
  const session = {
    id: crypto.randomBytes(32).toString("base64url"),
    user_id: userId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
    user_agent: userAgent?.slice(0, 300) ?? null,
  };
  await db.insertInto("sessions").values(session).execute();
  return session;
}

/** The session's user id when the session exists and has not expired. */
export async function getSessionUserId(db: Db, sessionId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("sessions")
    .select("user_id")
    .where("id", "=", sessionId)
    .where("expires_at", ">", new Date().toISOString())
    .executeTakeFirst();
  return row?.user_id;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function listSessions(db: Db, userId: number): Promise<Session[]> {
  return db
    .selectFrom("sessions")
    .selectAll()
    .where("user_id", "=", userId)
    .where("expires_at", ">", new Date().toISOString())
    .orderBy("created_at", "desc")
    .execute();
}

/** Sign out everywhere else: every session of the user but the one in use. */
export async function deleteOtherSessions(db: Db, userId: number, keepId: string): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where("user_id", "=", userId)
    .where("id", "!=", keepId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", new Date().toISOString()).execute();
}

/** Sign out everywhere (after a password reset); the number of sessions ended. */
export async function deleteUserSessions(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
