// Throttling: how many attempts of what, per whom, counted by rate-limiter-flexible in
// the app's own database (its SQLite store for the embedded default, its PostgreSQL
// store otherwise), so every instance shares the counters and a restart keeps them.
//
// Who is "whom": a client is the address the request came from (app/server.ts, which
// trusts X-Forwarded-For only from the proxies TRUST_PROXY names); an IPv6 client is its
// /64, which one household or server gets whole. Keys are hashed before they are stored:
// the table holds no e-mail address or IP address in the clear.
import crypto from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  RateLimiterPostgres,
  RateLimiterRes,
  RateLimiterSQLite,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { driverOf } from "../../db/dialect";
import type { Db } from "./db.server";

interface Policy {
  /** Attempts allowed in the window. */
  points: number;
  /** The window, from the first counted attempt. */
  seconds: number;
}

const HOUR = 60 * 60;

/** How much of what, per whom. */
export const POLICIES = {
  /** Failed sign-ins from one client, whatever the account. */
  "sign-in-client": { points: 100, seconds: HOUR },
  /** Failed sign-ins to one account from one client in a row; signing in resets it. */
  "sign-in-account-client": { points: 10, seconds: 15 * 60 },
  /**
   * Failed sign-ins to one account from anywhere. It refuses only clients the account has
   * not signed in from lately ("sign-in-known"): guessing from many addresses slows down,
   * and a stranger cannot lock the owner out at their usual address.
   */
  "sign-in-account": { points: 50, seconds: HOUR },
  /** Marks a client an account signed in from; kept 90 days. */
  "sign-in-known": { points: 1, seconds: 90 * 24 * HOUR },
  "sign-up-client": { points: 20, seconds: HOUR },
  "forgot-password-client": { points: 20, seconds: HOUR },
  /** Reset links sent to one address: silently none beyond this (no mailbox flooding). */
  "forgot-password-address": { points: 5, seconds: HOUR },
  "reset-password-client": { points: 60, seconds: 15 * 60 },
  "verify-email-client": { points: 60, seconds: 15 * 60 },
  "verify-resend-user": { points: 3, seconds: HOUR },
  /** New contact requests by one user: slows a script, never a mayor writing to a few towns. */
  "contact-new-user": { points: 30, seconds: HOUR },
  "contact-message-user": { points: 120, seconds: HOUR },
  /** Wrong passwords when deleting the account (a stolen session must not guess its way). */
  "delete-account-user": { points: 5, seconds: 15 * 60 },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const ALLOWED: Verdict = { allowed: true };
const TABLE = "rate_limits";

const limiters = new WeakMap<object, Map<PolicyName, RateLimiterAbstract>>();

function limiter(db: Db, name: PolicyName): RateLimiterAbstract {
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  let made = byName.get(name);
  if (made) return made;
  const { points, seconds } = POLICIES[name];
  const driver = driverOf(db);
  // The table comes from a migration (2026_12_08_rate_limits); expired rows are deleted
  // by the scheduler's "prune-rate-limits" job, not by a timer per limiter.
  const options = {
    keyPrefix: name,
    points,
    duration: seconds,
    tableName: TABLE,
    tableCreated: true,
    clearExpiredByTimeout: false,
  };
  made =
    driver.kind === "sqlite"
      ? new RateLimiterSQLite({
          ...options,
          storeClient: driver.database,
          storeType: "better-sqlite3",
        })
      : new RateLimiterPostgres({ ...options, storeClient: driver.pool, storeType: "pool" });
  byName.set(name, made);
  return made;
}

/** SHA-256, so the stored key holds nothing personal and always fits. */
const hashed = (key: string) => crypto.createHash("sha256").update(key).digest("base64url");

const refused = (res: RateLimiterRes): Verdict => ({
  allowed: false,
  retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/** Whether another attempt is allowed, without counting one (for counting failures only). */
export async function peek(db: Db, name: PolicyName, key: string): Promise<Verdict> {
  const res = await limiter(db, name).get(hashed(key));
  return res && res.consumedPoints >= POLICIES[name].points ? refused(res) : ALLOWED;
}

/** Counts one attempt; refused when it is one too many. */
export async function take(db: Db, name: PolicyName, key: string): Promise<Verdict> {
  try {
    await limiter(db, name).consume(hashed(key));
    return ALLOWED;
  } catch (error) {
    // The library rejects with its result when over the limit, with an Error when the store failed.
    if (error instanceof RateLimiterRes) return refused(error);
    throw error;
  }
}

/** Whether a key was counted and its window is still open ("sign-in-known"). */
export async function seen(db: Db, name: PolicyName, key: string): Promise<boolean> {
  return (await limiter(db, name).get(hashed(key))) !== null;
}

/** Starts the key's count afresh (after a successful sign-in). */
export async function forget(db: Db, name: PolicyName, key: string): Promise<void> {
  await limiter(db, name).delete(hashed(key));
}

/**
 * The client a request came from, as app/server.ts passes it in the load context: the
 * socket's address, or the one the trusted proxy saw. A loader called without one (a test,
 * a script) counts as one shared "unknown" client.
 */
export function clientOf(context: AppLoadContext | undefined): string {
  const address = (context as { clientAddress?: unknown } | undefined)?.clientAddress;
  return typeof address === "string" && address ? clientBucket(address) : "unknown";
}

/**
 * One bucket per IPv4 address and per IPv6 /64 (a household's or a server's whole range:
 * counting its single addresses would give an attacker 2^64 tries). IPv4-mapped IPv6
 * addresses ("::ffff:203.0.113.5") count as the IPv4 address.
 */
export function clientBucket(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("%")[0]!.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (Number.parseInt(g, 16) || 0).toString(16))
    .join(":")}::/64`;
}

/** A 429 answer with the form's error and when to try again. */
export function tooMany<T>(body: T, verdict: Verdict) {
  const seconds = verdict.allowed ? 60 : verdict.retryAfterSeconds;
  return data(body, { status: 429, headers: { "Retry-After": String(seconds) } });
}
