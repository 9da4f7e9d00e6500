import { describe, expect, it } from "vitest";
import { countAttempt, hitRateLimit, isRateLimited } from "~/utils/rate-limit.server";

describe("hitRateLimit", () => {
  it("allows the limit, refuses the next, and forgets after the window", () => {
    const key = `test:${Math.random()}`;
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(hitRateLimit(key, 3, 60_000, t0 + i)).toBe(false);
    expect(hitRateLimit(key, 3, 60_000, t0 + 10)).toBe(true);
    expect(hitRateLimit(key, 3, 60_000, t0 + 60_001)).toBe(false);
  });
  it("counts keys apart", () => {
    expect(hitRateLimit(`a:${Math.random()}`, 1, 60_000)).toBe(false);
    expect(hitRateLimit(`b:${Math.random()}`, 1, 60_000)).toBe(false);
  });
});

describe("isRateLimited and countAttempt", () => {
  it("limit only after the counted failures", () => {
    const key = `fail:${Math.random()}`;
    const t0 = 5_000_000;
    expect(isRateLimited(key, 2, t0)).toBe(false);
    countAttempt(key, 60_000, t0);
    expect(isRateLimited(key, 2, t0 + 1)).toBe(false);
    countAttempt(key, 60_000, t0 + 2);
    expect(isRateLimited(key, 2, t0 + 3)).toBe(true);
    expect(isRateLimited(key, 2, t0 + 60_001)).toBe(false);
  });
});
