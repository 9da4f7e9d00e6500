import { describe, expect, it } from "vitest";
import { seedDemoFromEnv } from "../../db/seed";

describe("seedDemoFromEnv", () => {
  it("seeds no demo data in production unless SEED_DEMO=true says so", () => {
    expect(seedDemoFromEnv({ NODE_ENV: "production" })).toBe(false);
    // `npm start`'s setup runs before its server sets NODE_ENV: unset is production.
    expect(seedDemoFromEnv({})).toBe(false);
    expect(seedDemoFromEnv({ NODE_ENV: "production", SEED_DEMO: "true" })).toBe(true);
    expect(seedDemoFromEnv({ NODE_ENV: "production", SEED_DEMO: " YES " })).toBe(true);
  });

  it("seeds it outside production unless SEED_DEMO=false", () => {
    expect(seedDemoFromEnv({ NODE_ENV: "development" })).toBe(true);
    expect(seedDemoFromEnv({ NODE_ENV: "test" })).toBe(true);
    expect(seedDemoFromEnv({ NODE_ENV: "development", SEED_DEMO: "false" })).toBe(false);
    expect(seedDemoFromEnv({ NODE_ENV: "test", SEED_DEMO: "0" })).toBe(false);
  });
});
