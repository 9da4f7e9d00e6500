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

const DEFAULT_REDIRECT = "/";

/**
 * Only same-site paths: "//evil.example" and "https://evil.example" fall back
 * to the default, so a crafted ?redirectTo= cannot send people elsewhere.
 */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = DEFAULT_REDIRECT,
): string {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
