import os from "node:os";
// Native bcrypt on libuv's thread pool: the pure-JS bcryptjs hashed on the main thread,
// so failed sign-ins slowed every page (bench:sign-in).
import { hash, verify } from "@node-rs/bcrypt";
import { limitConcurrency } from "~/utils/one-at-a-time";
import type { Kysely, Transaction } from "kysely";
import type { Database, EmailPref, Locale, Role, User } from "../../db/schema";

type Db = Kysely<Database> | Transaction<Database>;

/** What pages may know about a user: never the password hash. */
export type PublicUser = Omit<
  User,
  | "password_hash"
  | "last_digest_on"
  | "last_weekly_on"
  | "deleted_at"
  | "terms_accepted_at"
  | "terms_version"
  | "start_seen_at"
>;

const PUBLIC_COLUMNS = [
  "id",
  "email",
  "role",
  "name",
  "organisation",
  "locale",
  "is_demo",
  "created_at",
  "email_verified_at",
  "email_pref",
  "weekly_matches",
] as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Hashing is the costliest thing a request can ask for: many at once (a guessing attack
 * spread over many addresses) took every core from the pages. One core is kept for them;
 * the other checks wait their turn (bench:sign-in).
 */
const oneHashAtATime = limitConcurrency(Math.max(1, os.availableParallelism() - 1));

export async function hashPassword(password: string): Promise<string> {
  return oneHashAtATime(() => hash(password, 10));
}

/** Whether a password is the hash's; a malformed or unusable hash is simply no. */
function passwordMatches(password: string, passwordHash: string): Promise<boolean> {
  return oneHashAtATime(() => verify(password, passwordHash));
}

export async function getUserById(db: Db, id: number): Promise<PublicUser | undefined> {
  return db.selectFrom("users").select(PUBLIC_COLUMNS).where("id", "=", id).executeTakeFirst();
}

export async function getUserByEmail(db: Db, email: string): Promise<PublicUser | undefined> {
  return db
    .selectFrom("users")
    .select(PUBLIC_COLUMNS)
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

export async function createUser(
  db: Db,
  input: {
    email: string;
    password: string;
    role: Role;
    name: string;
    organisation: string;
    locale: Locale;
    isDemo?: boolean;
    /** Self-service sign-ups verify by e-mailed link; accounts made by staff or the seed are trusted. */
    emailVerified?: boolean;
    /** The version of the terms the person agreed to at sign-up (recorded with the time). */
    termsVersion?: string;
  },
): Promise<PublicUser> {
  const now = new Date().toISOString();
  const row = await db
    .insertInto("users")
    .values({
      email: normalizeEmail(input.email),
      password_hash: await hashPassword(input.password),
      role: input.role,
      name: input.name,
      organisation: input.organisation,
      locale: input.locale,
      is_demo: input.isDemo ? 1 : 0,
      created_at: now,
      email_verified_at: input.emailVerified === false ? null : now,
      terms_accepted_at: input.termsVersion ? now : null,
      terms_version: input.termsVersion ?? null,
    })
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirstOrThrow();
  return row;
}

/** The user when e-mail and password match; undefined for either mistake alike. */
export async function verifyLogin(
  db: Db,
  email: string,
  password: string,
): Promise<PublicUser | undefined> {
  const row = await db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
  // Compare against a dummy hash when the user is unknown, so timing does not tell which e-mails exist.
  const ok = await passwordMatches(password, row?.password_hash ?? DUMMY_HASH);
  // A deleted account's hash is already unusable; the check says so where it matters.
  if (!row || !ok || row.deleted_at !== null) return undefined;
  const {
    password_hash: _hash,
    last_digest_on: _d,
    last_weekly_on: _w,
    deleted_at: _deleted,
    ...user
  } = row;
  return user;
}

/** Whether the password is this account's (asked again before a destructive step). */
export async function verifyPassword(db: Db, id: number, password: string): Promise<boolean> {
  const row = await db
    .selectFrom("users")
    .select(["password_hash", "deleted_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  const ok = await passwordMatches(password, row?.password_hash ?? DUMMY_HASH);
  return ok && !!row && row.deleted_at === null;
}

const DUMMY_HASH = "$2b$10$zOxzTnXMF8n7Clr1OBRkRuqF27z9MeFcfubkctPLLVh7qkr7PRScO";

export async function listUsers(
  db: Db,
  options: { role?: Role; limit: number; offset: number },
): Promise<PublicUser[]> {
  let q = db
    .selectFrom("users")
    .select(PUBLIC_COLUMNS)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc");
  if (options.role) q = q.where("role", "=", options.role);
  return q.limit(options.limit).offset(options.offset).execute();
}

export async function countUsers(db: Db, role?: Role): Promise<number> {
  let q = db.selectFrom("users").select((eb) => eb.fn.countAll().as("n"));
  if (role) q = q.where("role", "=", role);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function setUserLocale(db: Db, id: number, locale: Locale): Promise<void> {
  await db.updateTable("users").set({ locale }).where("id", "=", id).execute();
}

/**
 * How and in which language the user wants notifications e-mailed; weeklyMatches
 * undefined leaves that flag as it is.
 */
export async function setEmailPreferences(
  db: Db,
  id: number,
  prefs: { emailPref: EmailPref; locale: Locale; weeklyMatches?: boolean },
): Promise<void> {
  await db
    .updateTable("users")
    .set({
      email_pref: prefs.emailPref,
      locale: prefs.locale,
      ...(prefs.weeklyMatches === undefined ? {} : { weekly_matches: prefs.weeklyMatches ? 1 : 0 }),
    })
    .where("id", "=", id)
    .execute();
}
