// One-time links e-mailed to a user: confirm the e-mail address, choose a new
// password. The link carries 32 random bytes; only their SHA-256 is stored, so a
// leaked database does not hand out working links. A token is spent by one
// conditional UPDATE, so of two requests racing with one link only one wins.
import crypto from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Database, UserTokensTable } from "../../db/schema";
import { TOKEN_PATTERN } from "~/domain/forms/account.server";
import { deleteUserSessions } from "./session.server";
import { hashPassword } from "./user.server";

type Db = Kysely<Database> | Transaction<Database>;

export type TokenPurpose = UserTokensTable["purpose"];

const HOUR = 60 * 60_000;
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  verify_email: 48 * HOUR,
  reset_password: 1 * HOUR,
};

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** A new token for the user; returns the secret (for the link), which is not stored. */
export async function createUserToken(
  db: Db,
  userId: number,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<{ token: string; expiresAt: string }> {
  // Earlier links stay valid until one is used; spent and expired ones go, so the table stays small.
  await db
    .deleteFrom("user_tokens")
    .where("user_id", "=", userId)
    .where((eb) =>
      eb.or([eb("used_at", "is not", null), eb("expires_at", "<=", now.toISOString())]),
    )
    .execute();
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS[purpose]).toISOString();
  await db
    .insertInto("user_tokens")
    .values({
      user_id: userId,
      purpose,
      token_hash: hashToken(token),
      expires_at: expiresAt,
      used_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

/** The owner of a token that would still work now, without spending it (pages answering GET). */
export async function findUsableToken(
  db: Db,
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<{ userId: number; email: string } | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  return db
    .selectFrom("user_tokens")
    .innerJoin("users", "users.id", "user_tokens.user_id")
    .select(["users.id as userId", "users.email"])
    .where("user_tokens.token_hash", "=", hashToken(token))
    .where("user_tokens.purpose", "=", purpose)
    .where("user_tokens.used_at", "is", null)
    .where("user_tokens.expires_at", ">", now.toISOString())
    .executeTakeFirst();
}

/**
 * Spends the token: the user id when it was unused and unexpired, else undefined.
 * One UPDATE decides, so a token works exactly once even under concurrent requests.
 */
export async function consumeUserToken(
  db: Db,
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<number | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const row = await db
    .updateTable("user_tokens")
    .set({ used_at: now.toISOString() })
    .where("token_hash", "=", hashToken(token))
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id;
}

/** Spends every other open token of the purpose: one confirmation or reset closes them all. */
async function spendOpenTokens(db: Db, userId: number, purpose: TokenPurpose, now: Date) {
  await db
    .updateTable("user_tokens")
    .set({ used_at: now.toISOString() })
    .where("user_id", "=", userId)
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .execute();
}

/** Confirms the e-mail address of the token's user; the user id, or undefined for a dead link. */
export async function verifyEmailWithToken(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<number | undefined> {
  return db.transaction().execute(async (trx) => {
    const userId = await consumeUserToken(trx, token, "verify_email", now);
    if (userId === undefined) return undefined;
    await spendOpenTokens(trx, userId, "verify_email", now);
    await trx
      .updateTable("users")
      .set({ email_verified_at: now.toISOString() })
      .where("id", "=", userId)
      .where("email_verified_at", "is", null)
      .execute();
    return userId;
  });
}

/**
 * Sets a new password with a reset token and signs the user out everywhere (whoever
 * knew the old password loses their sessions). Opening the link proves the mailbox
 * is theirs, so an unconfirmed address counts as confirmed from now on.
 */
export async function resetPasswordWithToken(
  db: Kysely<Database>,
  token: string,
  password: string,
  now = new Date(),
): Promise<number | undefined> {
  // Hash first: bcrypt takes a while and must not hold SQLite's write lock.
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const userId = await consumeUserToken(trx, token, "reset_password", now);
    if (userId === undefined) return undefined;
    await spendOpenTokens(trx, userId, "reset_password", now);
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash })
      .where("id", "=", userId)
      .execute();
    await trx
      .updateTable("users")
      .set({ email_verified_at: now.toISOString() })
      .where("id", "=", userId)
      .where("email_verified_at", "is", null)
      .execute();
    await deleteUserSessions(trx, userId);
    return userId;
  });
}
