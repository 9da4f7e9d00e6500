// Calling route loaders and actions directly, as a signed-in user, against the
// test database: permission checks are tested on the server, not through buttons.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createSession } from "~/models/session.server";
import type { TestDb } from "./test-db";

export async function useTestDatabase(t: TestDb): Promise<void> {
  process.env.SESSION_SECRET ??= "integration-test-secret";
  const { setDbForTesting } = await import("~/utils/db.server");
  setDbForTesting(t.db);
}

/** A Cookie header for a fresh session of the user, signed as the app signs it. */
export async function cookieFor(t: TestDb, userId: number): Promise<string> {
  const { createCookie } = await import("@remix-run/node");
  const { getEnv } = await import("~/utils/env.server");
  const session = await createSession(t.db, userId, "vitest");
  const cookie = createCookie("spolu_session", { secrets: getEnv().sessionSecrets });
  return (await cookie.serialize(session.id)).split(";")[0]!;
}

export function get(url: string, cookie?: string): Request {
  return new Request(`http://localhost${url}`, { headers: cookie ? { Cookie: cookie } : {} });
}

export function post(
  url: string,
  fields: Record<string, string | string[]>,
  cookie?: string,
): Request {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return new Request(`http://localhost${url}`, {
    method: "POST",
    body,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      ...(cookie ? { Cookie: cookie } : {}),
    },
  });
}

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<unknown>;

/** The HTTP status a loader or action answers with, whether it returns or throws a Response. */
export async function statusOf(
  handler: Handler,
  request: Request,
  params: Record<string, string> = {},
): Promise<number> {
  try {
    const result = await handler({ request, params, context: {} });
    if (result instanceof Response) return result.status;
    const init = (result as { init?: { status?: number } } | null)?.init;
    return init?.status ?? 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}
