// Calling route loaders and actions directly, as a signed-in user, against the
// test database: permission checks are tested on the server, not through buttons.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { createStaticHandler, isRouteErrorResponse } from "@remix-run/router";
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

export type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<unknown>;

/** The one route's id in the static handler that `call` runs a handler in. */
const ROUTE_ID = "route";

export interface RouteResult {
  status: number;
  location: string | null;
  /** The answer's headers (Retry-After, Set-Cookie …). */
  headers: Headers;
  /** What the route answered with: the loader's data, a data() payload or a Response's body. */
  data: unknown;
  /** The whole answer serialised, to search for strings in. */
  text: string;
}

/**
 * Status, redirect target, headers and data of a loader or action, whether it returns or
 * throws, as Remix would answer: the handler runs as the only route of the router's own
 * static handler (createStaticHandler, the public API Remix's server builds on), which turns
 * `data(…, init)`, a returned or thrown Response and a redirect into what the client gets.
 * An error that is not a Response is thrown on, as the server would log it and answer 500.
 */
export async function call(
  handler: Handler,
  request: Request,
  params: Record<string, string> = {},
  /** What the server passes: the client's address (app/utils/http-server.server.ts). */
  context: { clientAddress?: string } = {},
): Promise<RouteResult> {
  const run = (args: { request: Request }) => handler({ request: args.request, params, context });
  const isAction = !["GET", "HEAD"].includes(request.method);
  const router = createStaticHandler([
    { id: ROUTE_ID, path: "*", ...(isAction ? { action: run } : { loader: run }) },
  ]);
  const answer = await router.query(request);
  if (answer instanceof Response) {
    // A redirect: the router hands it on as it is.
    const body = answer.body ? await answer.text() : "";
    return {
      status: answer.status,
      location: answer.headers.get("Location"),
      headers: answer.headers,
      data: body,
      text: body,
    };
  }
  const error: unknown = answer.errors?.[ROUTE_ID];
  if (error !== undefined && !isRouteErrorResponse(error)) throw error;
  const data = isRouteErrorResponse(error)
    ? error.data
    : isAction
      ? answer.actionData?.[ROUTE_ID]
      : answer.loaderData[ROUTE_ID];
  return {
    status: answer.statusCode,
    location: null,
    headers: new Headers(
      isAction ? answer.actionHeaders[ROUTE_ID] : answer.loaderHeaders[ROUTE_ID],
    ),
    data,
    text: typeof data === "string" ? data : (JSON.stringify(data) ?? ""),
  };
}

/** The field errors of a refused action ({ errors: { field: message } }). */
export function errorsOf(result: RouteResult): Record<string, string> {
  const data = result.data as { errors?: Record<string, string> } | null;
  return data?.errors ?? {};
}

/** The HTTP status a loader or action answers with, whether it returns or throws a Response. */
export async function statusOf(
  handler: Handler,
  request: Request,
  params: Record<string, string> = {},
): Promise<number> {
  return (await call(handler, request, params)).status;
}
