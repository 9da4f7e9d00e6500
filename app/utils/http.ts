// Small response helpers shared by routes (after epic-stack's misc.tsx).

/** Throw an HTTP error response unless the condition holds. */
export function invariantResponse(
  condition: unknown,
  message: string,
  init: { status: number } = { status: 400 },
): asserts condition {
  if (!condition) {
    throw new Response(message, {
      status: init.status,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}

/** A positive integer id from a route parameter; anything else is a 404. */
export function idParam(param: string | undefined): number {
  const id = Number(param);
  invariantResponse(Number.isInteger(id) && id > 0 && id <= 2_147_483_647, "Not found", {
    status: 404,
  });
  return id;
}

/** A `new` route parameter (null) or a record's id (404 for anything else). */
export function idOrNew(param: string | undefined): number | null {
  return param === "new" ? null : idParam(param);
}

const DEFAULT_REDIRECT = "/";

/** Where a redirect may not go: off this site, or anywhere a browser would read differently. */
const PLACEHOLDER_ORIGIN = "http://spolu.invalid";

/**
 * Only same-site paths: "//evil.example", "https://evil.example" and their disguises fall
 * back to the default, so a crafted ?redirectTo= cannot send people elsewhere. Browsers
 * drop tabs and line breaks from a URL and read "\" as "/", so "/\t/evil.example" would
 * become "//evil.example": any control character refuses the target. What stays is the path
 * as the URL parser reads it, percent-encoded, so it is always a valid Location header.
 */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = DEFAULT_REDIRECT,
): string {
  if (!to || typeof to !== "string") return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(to)) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  let url: URL;
  try {
    url = new URL(to, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  // The parser's reading must itself be a same-site path ("/\\x" becomes "//x").
  return path.startsWith("//") ? fallback : path;
}
