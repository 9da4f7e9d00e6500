// The caches of public reads (app/models/data-version.server.ts) serve what they
// read only until the tables they depend on change: a write through the models, a
// new day, or another instance's write to the same database all show at once.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  dataVersion,
  keyedVersionedCache,
  versionedCache,
  type VersionPart,
  VERSION_TTL_MS,
} from "~/models/data-version.server";
import { createContact } from "~/models/contact.server";
import { matchableOffers, saveWeights } from "~/models/match.server";
import { DEFAULT_WEIGHTS } from "~/domain/scoring";
import { cachedOfferFacets, transitionOffer } from "~/models/offer.server";
import {
  makeMunicipality,
  makeOffer,
  makePartnership,
  makeRegisterEntry,
  makeUser,
  type TestUser,
} from "../support/factories";
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

  // The fingerprint misses a write that commits after a later one, and a row deleted
  // outside the app: a cached value is trusted for VERSION_TTL_MS at most.
  it("reads again after VERSION_TTL_MS, even when nothing changed", async () => {
    const load = vi.fn(async () => 1);
    const cached = versionedCache(["weights"], load);
    const keyed = keyedVersionedCache(["weights"], 5, load);
    // At noon, so that no step crosses midnight (a new day is a new version).
    const noon = new Date("2026-06-01T12:00:00Z").getTime();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(noon);
      await cached(t.db);
      await keyed(t.db, "k");
      vi.setSystemTime(noon + VERSION_TTL_MS - 1_000);
      await cached(t.db);
      await keyed(t.db, "k");
      expect(load).toHaveBeenCalledTimes(2);
      vi.setSystemTime(noon + VERSION_TTL_MS + 1_000);
      await cached(t.db);
      await keyed(t.db, "k");
      expect(load).toHaveBeenCalledTimes(4);
    } finally {
      vi.useRealTimers();
    }
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

  // What each part's fingerprint must notice, whoever writes: a row added, a row changed
  // (its stamp), a row removed. Raw SQL stands in for another instance's or a script's writes.
  it("changes when a row of any part is added, changed or removed", async () => {
    // A stamp a moment after now, as a write makes it (a later one would outlast this test
    // and hide other tests' writes from the fingerprint, which reads the newest stamp).
    const stamp = () => new Date(Date.now() + 1).toISOString();
    const steps: [string, VersionPart, () => Promise<unknown>][] = [];
    const municipality = await makeRegisterEntry(t, {});
    steps.push(
      ["municipality added", "municipalities", () => makeRegisterEntry(t, {})],
      [
        "municipality changed",
        "municipalities",
        () =>
          t.db
            .updateTable("municipalities")
            .set({ updated_at: stamp() })
            .where("id", "=", municipality)
            .execute(),
      ],
    );
    let offer = 0;
    steps.push(
      [
        "offer added",
        "offers",
        async () => (offer = await makeOffer(t, null, staff.id, {}, { publish: false })),
      ],
      [
        "offer changed",
        "offers",
        () =>
          t.db.updateTable("offers").set({ updated_at: stamp() }).where("id", "=", offer).execute(),
      ],
    );
    let partnership = 0;
    steps.push(
      [
        "partnership added",
        "partnerships",
        async () =>
          (partnership = await makePartnership(t, municipality, staff.id, {
            town: "Versionsdorf",
            country: "DE",
            sinceYear: null,
          })),
      ],
      [
        "partnership confirmed again",
        "partnerships",
        () =>
          t.db
            .updateTable("partnerships")
            .set({ confirmed_at: stamp() })
            .where("id", "=", partnership)
            .execute(),
      ],
      [
        "partnership removed (marked, as the app removes them)",
        "partnerships",
        () =>
          t.db
            .updateTable("partnerships")
            .set({ removed_at: stamp() })
            .where("id", "=", partnership)
            .execute(),
      ],
    );
    const mayor = await makeUser(t, "mayor");
    const profiled = await makeMunicipality(t, mayor.id, staff.id, {}, { verify: true });
    const target = await makeOffer(t, null, staff.id);
    let contact = 0;
    steps.push(
      [
        "contact added",
        "contacts",
        async () =>
          (contact = await createContact(
            t.db,
            {
              municipalityId: profiled,
              offerId: target,
              message: "Dobrý den.",
              topics: ["culture"],
            },
            { id: mayor.id, role: "mayor", emailVerified: true },
          )),
      ],
      [
        "contact changed",
        "contacts",
        () =>
          t.db
            .updateTable("contacts")
            .set({ updated_at: stamp() })
            .where("id", "=", contact)
            .execute(),
      ],
      ["weights saved", "weights", () => saveWeights(t.db, DEFAULT_WEIGHTS, "test", staff.id)],
    );
    const all: VersionPart[] = ["municipalities", "offers", "partnerships", "contacts", "weights"];
    for (const [what, part, change] of steps) {
      const before = await dataVersion(t.db, [part]);
      const together = await dataVersion(t.db, all);
      await change();
      expect(await dataVersion(t.db, [part]), what).not.toBe(before);
      expect(await dataVersion(t.db, all), what).not.toBe(together);
    }
  });
});
