// A small fixed-window limiter for sign-in and sign-up. In memory, so each app
// instance counts on its own: enough to slow password guessing against one
// account; a shared store is a follow-up for multi-instance deployments.
const windows = new Map<string, { count: number; resetAt: number }>();

export function hitRateLimit(
  key: string,
  limit: number,
  windowMs: number,
  now = Date.now(),
): boolean {
  const entry = windows.get(key);
  if (!entry || entry.resetAt <= now) {
    windows.set(key, { count: 1, resetAt: now + windowMs });
    if (windows.size > 10_000) prune(now);
    return false;
  }
  entry.count++;
  return entry.count > limit;
}

function prune(now: number): void {
  for (const [key, entry] of windows) if (entry.resetAt <= now) windows.delete(key);
}

/** The client as far as we can tell: the proxy's X-Forwarded-For, else one shared bucket. */
export function clientKey(request: Request): string {
  return request.headers.get("X-Forwarded-For")?.split(",")[0]?.trim() || "direct";
}
