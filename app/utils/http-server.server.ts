// The HTTP server around Remix (express, as the Epic Stack has it), made by a factory so
// tests can run it with a stand-in for the Remix build. What it adds to every answer:
//
// - The client's address for throttling: the socket's, or behind TRUST_PROXY proxies the
//   one the nearest trusted proxy saw (express's "trust proxy" hop count). A header alone
//   never decides it, so sending a new X-Forwarded-For does not buy new attempts.
// - A request body of at most 1 MB (413); a body without a declared length is refused
//   (411) rather than read without bound. Browsers always declare it. Only URL-encoded
//   form data (415 otherwise), and no control character in any field or query parameter.
// - A cross-site form post (its Origin another host) is a 403 page, before Remix's own
//   check would answer it with a 500.
// - Over https: HSTS, and Secure on every cookie. Always: nosniff, and
//   `Cache-Control: private, no-store` on whatever answers a signed-in request or signs
//   someone in, so no cache keeps a page that belongs to one person.
import { createReadableStreamFromReadable, writeReadableStreamToWritable } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import morgan from "morgan";
import { withoutControlCharacters } from "~/domain/text-hygiene";
import { immutableAssets } from "./static-assets.server";

export const BODY_LIMIT_BYTES = 1024 * 1024;
/** The cookie whose presence makes a request signed in (app/utils/session.server.ts). */
export const SESSION_COOKIE = "spolu_session";
const HSTS = "max-age=31536000; includeSubDomains";

/** What Remix (or a test's stand-in) gets: the request and the client's address. */
// A type, not an interface: Remix's AppLoadContext wants an index signature.
export type LoadContext = {
  clientAddress: string;
};

export type FetchHandler = (
  request: globalThis.Request,
  context: LoadContext,
) => Promise<globalThis.Response>;

export interface ServerOptions {
  handler: FetchHandler;
  /** Proxies in front of the app whose X-Forwarded-* headers are believed (0: none). */
  trustProxy: number;
  /** Built browser assets (Remix's public/build), served for a year under publicPath. */
  assets?: { publicPath: string; directory: string };
  /** The public/ folder, served for an hour. */
  publicDirectory?: string;
  /** Morgan's "tiny" request log (the benchmarks read it). */
  log?: boolean;
}

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function plainPage(res: Response, status: number, cs: string, en: string) {
  res
    .status(status)
    .type("html")
    .send(
      `<!doctype html><html lang="cs"><meta charset="utf-8"><title>${status}</title>` +
        `<body><p>${cs}</p><p lang="en">${en}</p><p><a href="/">Spolu</a></p></body></html>`,
    );
}

/** A post whose Origin is another host than the one it was sent to (what Remix refuses). */
export function isCrossSite(headers: {
  origin?: string;
  host?: string;
  forwardedHost?: string;
  fetchSite?: string;
}): boolean {
  if (headers.fetchSite === "cross-site") return true;
  if (headers.origin === undefined) return false;
  const host = headers.forwardedHost?.split(",")[0]?.trim() || headers.host;
  if (!host || headers.origin === "null") return true;
  try {
    return new URL(headers.origin).host !== host;
  } catch {
    return true;
  }
}

function guard(req: Request, res: Response, next: NextFunction) {
  res.setHeader("X-Content-Type-Options", "nosniff");
  if (req.secure) res.setHeader("Strict-Transport-Security", HSTS);
  if (!BODY_METHODS.has(req.method)) return next();
  const length = req.headers["content-length"];
  if (length === undefined && req.headers["transfer-encoding"] !== undefined) {
    return plainPage(
      res,
      411,
      "Odeslaná data neuvádějí svou délku.",
      "The request body does not declare its length.",
    );
  }
  if (Number(length) > BODY_LIMIT_BYTES) {
    res.setHeader("Connection", "close");
    return plainPage(
      res,
      413,
      "Odeslaná data jsou příliš velká (nejvýše 1 MB).",
      "The request is too large (1 MB at most).",
    );
  }
  // Spolu's forms post URL-encoded fields; anything else would bypass the text hygiene.
  const typed = req.is("application/x-www-form-urlencoded");
  if (Number(length) > 0 && !typed) {
    return plainPage(
      res,
      415,
      "Spolu přijímá jen data formulářů.",
      "Spolu accepts form data only.",
    );
  }
  const crossSite = isCrossSite({
    origin: req.headers.origin,
    host: req.headers.host,
    forwardedHost: req.get("X-Forwarded-Host"),
    fetchSite: req.get("Sec-Fetch-Site"),
  });
  if (crossSite) {
    return plainPage(
      res,
      403,
      "Formulář byl odeslán z jiného webu, a proto jsme ho nepřijali. Otevřete stránku Spolu a odešlete ho znovu.",
      "The form was sent from another site, so it was not accepted. Open the Spolu page and send it again.",
    );
  }
  next();
}

function hasSessionCookie(cookieHeader: string | undefined): boolean {
  return !!cookieHeader && new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=`).test(cookieHeader);
}

/** Form fields or query parameters without control characters; null when there were none. */
export function cleanParams(encoded: string): string | null {
  const params = new URLSearchParams(encoded);
  let changed = false;
  const clean = new URLSearchParams();
  for (const [key, value] of params) {
    const [k, v] = [withoutControlCharacters(key), withoutControlCharacters(value)];
    changed ||= k !== key || v !== value;
    clean.append(k, v);
  }
  return changed ? clean.toString() : null;
}

async function readBody(req: Request): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The request as Remix takes it: the URL's scheme and host follow the trusted proxies, and
 * no form field or query parameter carries a control character (app/domain/text-hygiene.ts),
 * so both databases store the same text and NUL never reaches PostgreSQL.
 */
async function toFetchRequest(
  req: Request,
  res: Response,
  trustProxy: number,
): Promise<globalThis.Request> {
  const forwardedHost = trustProxy > 0 ? req.get("X-Forwarded-Host")?.split(",")[0]?.trim() : "";
  const host = forwardedHost || req.get("host") || "localhost";
  const url = new URL(`${req.protocol}://${host}${req.originalUrl}`);
  const query = url.search ? cleanParams(url.search) : null;
  if (query !== null) url.search = query;
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else if (value !== undefined) headers.set(key, value);
  }
  const controller = new AbortController();
  let finished = false;
  res.on("finish", () => (finished = true));
  res.on("close", () => finished || controller.abort());
  const init: RequestInit & { duplex?: "half" } = {
    method: req.method,
    headers,
    signal: controller.signal,
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    if (req.is("application/x-www-form-urlencoded")) {
      // At most 1 MB (the guard): read whole, cleaned, passed on.
      const body = await readBody(req);
      init.body = cleanParams(body) ?? body;
    } else {
      init.body = createReadableStreamFromReadable(req);
      init.duplex = "half";
    }
  }
  return new globalThis.Request(url, init);
}

async function send(req: Request, res: Response, answer: globalThis.Response) {
  const cookies = answer.headers.getSetCookie();
  const personal = hasSessionCookie(req.headers.cookie) || cookies.length > 0;
  res.statusMessage = answer.statusText;
  res.status(answer.status);
  // Set, not appended: Headers already joined repeated ones, and the guard's nosniff stays single.
  for (const [key, value] of answer.headers) if (key !== "set-cookie") res.setHeader(key, value);
  for (const cookie of cookies)
    res.append(
      "Set-Cookie",
      req.secure && !/;\s*secure\b/i.test(cookie) ? `${cookie}; Secure` : cookie,
    );
  if (personal) res.setHeader("Cache-Control", "private, no-store");
  // A page's language comes from ?lang=, the lang cookie or Accept-Language: a shared
  // cache must not give one reader's language to another.
  if (answer.headers.get("Content-Type")?.startsWith("text/html"))
    res.append("Vary", "Accept-Language, Cookie");
  if (answer.body) await writeReadableStreamToWritable(answer.body, res);
  else res.end();
}

export function createServer(options: ServerOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy);
  app.use(guard);
  if (options.assets) app.use(options.assets.publicPath, immutableAssets(options.assets.directory));
  app.use(compression());
  if (options.publicDirectory) app.use(express.static(options.publicDirectory, { maxAge: "1h" }));
  if (options.log) app.use(morgan("tiny"));
  app.all("*", (req, res, next) => {
    const context: LoadContext = { clientAddress: req.ip ?? req.socket.remoteAddress ?? "" };
    toFetchRequest(req, res, options.trustProxy)
      .then((request) => options.handler(request, context))
      .then((answer) => send(req, res, answer))
      .catch(next);
  });
  return app;
}
