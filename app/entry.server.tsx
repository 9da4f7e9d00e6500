import crypto from "node:crypto";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { htmlDocumentStream } from "./utils/html-stream.server";
import { NonceProvider } from "./utils/nonce";
import { getEnv, tileOrigin } from "./utils/env.server";
import { startScheduler } from "./utils/scheduler.server";

// Fail at start-up, not at the first request, when a setting is wrong.
getEnv();
startScheduler();

const ABORT_DELAY = 5_000;

const tiles = tileOrigin(getEnv());

function securityHeaders(headers: Headers, nonce: string): void {
  headers.set(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      // No 'strict-dynamic': Remix puts the nonce on its <script> tags but not on its
      // <link rel="modulepreload"> hints, which 'strict-dynamic' would silently block
      // (every page's modules then load one round trip later). 'self' allows them; the
      // nonce still covers the inline scripts, and nothing else inline may run.
      `script-src 'self' 'nonce-${nonce}'`,
      // React writes style attributes; no remote style sheets.
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ""}`,
      "font-src 'self'",
      "connect-src 'self'" + (process.env.NODE_ENV === "development" ? " ws:" : ""),
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  );
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  _loadContext: AppLoadContext,
) {
  const nonce = crypto.randomBytes(16).toString("base64");
  securityHeaders(responseHeaders, nonce);
  const readyEvent = isbot(request.headers.get("user-agent") || "") ? "onAllReady" : "onShellReady";

  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer
          context={remixContext}
          url={request.url}
          abortDelay={ABORT_DELAY}
          nonce={nonce}
        />
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = htmlDocumentStream();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged here; before it, Remix logs them.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
