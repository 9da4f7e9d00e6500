// The pages of the e2e run, written to E2E_HTML_DIR (chosen in playwright.config.ts) for the
// Nu HTML checker (valid-html.spec.ts runs it after the journeys): every HTML document the
// server sends a browser, as sent, and every page the accessibility check looks at, as the
// browser holds it then (pages reached by a client-side navigation are never sent whole).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page, Response } from "@playwright/test";

export function documentsDir(): string {
  const dir = process.env.E2E_HTML_DIR;
  if (!dir) throw new Error("E2E_HTML_DIR must be set (playwright.config.ts)");
  return dir;
}

function write(kind: string, url: URL, html: string): void {
  // The nonce differs on every answer; the same page in the same state is kept once.
  const digest = crypto
    .createHash("sha1")
    .update(html.replace(/nonce="[^"]*"/g, ""))
    .digest("hex")
    .slice(0, 12);
  const slug = `${kind}${url.pathname}${url.search}`.replace(/[^\w.-]+/g, "_");
  fs.writeFileSync(path.join(documentsDir(), `${slug.slice(0, 120)}.${digest}.html`), html);
}

async function keep(response: Response): Promise<void> {
  const request = response.request();
  if (request.resourceType() !== "document" || response.frame().parentFrame()) return;
  if (response.status() >= 300 && response.status() < 400) return;
  if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) return;
  let body: Buffer;
  try {
    body = await response.body();
  } catch {
    // The page navigated on (or the test ended) before its body was read.
    return;
  }
  write(request.method(), new URL(response.url()), body.toString("utf8"));
}

/** Keeps every document `context`'s pages load (see above). */
export function recordDocuments(context: BrowserContext): void {
  context.on("response", (response) => void keep(response));
}

/** Keeps the page as the browser holds it now (its DOM, serialised with the doctype). */
export async function recordRenderedPage(page: Page): Promise<void> {
  write("DOM", new URL(page.url()), await page.content());
}
