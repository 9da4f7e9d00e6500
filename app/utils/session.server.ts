// Sign-in state: a signed cookie carries a random session id; the session row in
// the database is the truth, so signing out (or out everywhere) really revokes it.
import { createCookie, redirect } from "@remix-run/node";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";
import { safeRedirect } from "./http";
import {
  SESSION_DAYS,
  createSession,
  deleteSession,
  getSessionUserId,
} from "~/models/session.server";
import { getUserById, type PublicUser } from "~/models/user.server";

const sessionCookie = createCookie("spolu_session", {
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  maxAge: SESSION_DAYS * 86_400,
  secrets: getEnv().sessionSecrets,
});

/**
 * Secure whenever the request came over HTTPS (or COOKIE_SECURE says so). The URL's
 * scheme is the one the trusted proxy saw (TRUST_PROXY, app/utils/http-server.server.ts),
 * which also marks every other cookie of an https answer Secure.
 */
export function cookieSecure(request: Request): boolean {
  const forced = getEnv().COOKIE_SECURE;
  if (forced !== undefined) return forced;
  return new URL(request.url).protocol === "https:";
}

export async function getSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

// Cache per request: root and the route both ask for the user on every page.
const userCache = new WeakMap<Request, Promise<PublicUser | null>>();

export function getOptionalUser(request: Request): Promise<PublicUser | null> {
  let pending = userCache.get(request);
  if (!pending) {
    pending = (async () => {
      const sessionId = await getSessionId(request);
      if (!sessionId) return null;
      const db = getDb();
      const userId = await getSessionUserId(db, sessionId);
      return userId === undefined ? null : ((await getUserById(db, userId)) ?? null);
    })();
    userCache.set(request, pending);
  }
  return pending;
}

export async function requireUser(request: Request): Promise<PublicUser> {
  const user = await getOptionalUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
}

export async function requireAnonymous(request: Request): Promise<void> {
  if (await getOptionalUser(request)) throw redirect("/");
}

export async function startSession(request: Request, userId: number): Promise<string> {
  const session = await createSession(getDb(), userId, request.headers.get("User-Agent"));
  return sessionCookie.serialize(session.id, { secure: cookieSecure(request) });
}

export async function endSession(request: Request): Promise<string> {
  const sessionId = await getSessionId(request);
  if (sessionId) await deleteSession(getDb(), sessionId);
  return sessionCookie.serialize("", { maxAge: 0, secure: cookieSecure(request) });
}

export function redirectBack(formValue: FormDataEntryValue | null, fallback = "/"): string {
  return safeRedirect(formValue, fallback);
}
