// The caches of public reads (app/models/data-version.server.ts) serve what they
// read only until the tables they depend on change: a write through the models, a
// new day, or another instance's write to the same database all show at once.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dataVersion, keyedVersionedCache, versionedCache } from "~/models/data-version.server";
import { matchableOffers } from "~/models/match.server";
import { cachedOfferFacets, transitionOffer } from "~/models/offer.server";
import { makeOffer, makeUser, type TestUser } from "../support/contact-fixtures";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";
import { createDatabase } from "../../db/dialect";

describe(`data-versioned caches on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createSeededDb();
    staff = await makeUser(t, "staff");
  });
  afterAll(() => t.cleanup());

  it("reads once while nothing changes, again after a change", async () => {
    const load = vi.fn(async () => (await t.db.selectFrom("offers").select("id").execute()).length);
    const cached = versionedCache(["offers"], load);
    const first = await cached(t.db);
    expect(await cached(t.db)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    await makeOffer(t, null, staff.id, { town: "Cache Town" });
    expect(await cached(t.db)).toBe(first + 1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("keeps one value per key, the most recently used ones", async () => {
    const load = vi.fn(async (_db: unknown, key: { n: number }) => key.n * 2);
    const cached = keyedVersionedCache(["offers"], 2, load);
    expect(await cached(t.db, { n: 1 })).toBe(2);
    expect(await cached(t.db, { n: 2 })).toBe(4);
    expect(await cached(t.db, { n: 1 })).toBe(2); // 1 is now the most recent
    expect(load).toHaveBeenCalledTimes(2);
    await cached(t.db, { n: 3 }); // drops 2, the least recently used
    await cached(t.db, { n: 1 });
    expect(load).toHaveBeenCalledTimes(3);
    await cached(t.db, { n: 2 });
    expect(load).toHaveBeenCalledTimes(4);
  });

  it("changes with the day", async () => {
    const today = await dataVersion(t.db, ["weights"]);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date(Date.now() + 86_400_000));
      expect(await dataVersion(t.db, ["weights"])).not.toBe(today);
    } finally {
      vi.useRealTimers();
    }
  });

  it("sees a write made through another connection (another instance)", async () => {
    const other = createDatabase(
      t.url.startsWith("postgres")
        ? { kind: "postgres", url: t.url }
        : { kind: "sqlite", file: t.url },
    );
    try {
      const id = await makeOffer(t, null, staff.id, { town: "Twin Instance", country: "SK" });
      expect((await matchableOffers(t.db)).some((o) => o.id === id)).toBe(true);
      const facets = await cachedOfferFacets(t.db, {});
      await transitionOffer(other, id, "close", {
        user: { id: staff.id, role: "staff" },
        as: "staff",
      });
      expect((await matchableOffers(t.db)).some((o) => o.id === id)).toBe(false);
      expect((await cachedOfferFacets(t.db, {})).countries.SK).toBe((facets.countries.SK ?? 0) - 1);
    } finally {
      await other.destroy();
    }
  });
});
