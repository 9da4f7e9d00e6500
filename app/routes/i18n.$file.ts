// GET /i18n/cs-core.js, /i18n/en-more.js, …: one part of a language's messages as a
// JavaScript module, which a browser imports before it hydrates (app/i18n/index.ts).
// The browser computes the URL, so it carries no version: revalidated on every page
// load (a 304), in parallel with the page's other scripts, as root.tsx preloads it.
import { createHash } from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/i18n";
import { PARTS } from "~/i18n/bundled.server";

const FILE = /^([a-z]{2})-(core|more)\.js$/;
const modules = new Map<string, { body: string; etag: string }>();

function messagesModule(file: string): { body: string; etag: string } | null {
  const [, locale, part] = FILE.exec(file) ?? [];
  if (!isLocale(locale) || (part !== "core" && part !== "more")) return null;
  let module = modules.get(file);
  if (!module) {
    const body = `export default ${JSON.stringify(PARTS[locale][part])};\n`;
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    module = { body, etag };
    modules.set(file, module);
  }
  return module;
}

export function loader({ params, request }: LoaderFunctionArgs) {
  const module = messagesModule(params.file ?? "");
  if (!module) return new Response("Not found", { status: 404 });
  const headers = {
    "Content-Type": "text/javascript; charset=utf-8",
    "Cache-Control": "no-cache",
    ETag: module.etag,
  };
  const tags = (request.headers.get("If-None-Match") ?? "")
    .split(",")
    .map((t) => t.trim().replace(/^W\//, ""));
  if (tags.includes(module.etag)) return new Response(null, { status: 304, headers });
  return new Response(module.body, { headers });
}
