// A small fixed-window limiter for sign-in and sign-up. In memory, so each app
// instance counts on its own: enough to slow password guessing against one
// account; a shared store is a follow-up for multi-instance deployments.
const windows = new Map<string, { count: number; resetAt: number }>();

function current(key: string, now: number) {
  const entry = windows.get(key);
  return entry && entry.resetAt > now ? entry : undefined;
}

/** Whether the key has used up its attempts in the current window (does not count one). */
export function isRateLimited(key: string, limit: number, now = Date.now()): boolean {
  return (current(key, now)?.count ?? 0) >= limit;
}

/** Counts one attempt against the key. */
export function countAttempt(key: string, windowMs: number, now = Date.now()): void {
  const entry = current(key, now);
  if (entry) entry.count++;
  else windows.set(key, { count: 1, resetAt: now + windowMs });
  if (windows.size > 10_000) prune(now);
}

/** Counts an attempt and says whether it went over the limit (sign-up: every attempt counts). */
export function hitRateLimit(
  key: string,
  limit: number,
  windowMs: number,
  now = Date.now(),
): boolean {
  const limited = isRateLimited(key, limit, now);
  countAttempt(key, windowMs, now);
  return limited;
}

function prune(now: number): void {
  for (const [key, entry] of windows) if (entry.resetAt <= now) windows.delete(key);
}

/** The client as far as we can tell: the proxy's X-Forwarded-For, else one shared bucket. */
export function clientKey(request: Request): string {
  return request.headers.get("X-Forwarded-For")?.split(",")[0]?.trim() || "direct";
}
