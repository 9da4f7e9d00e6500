import { DEMO_MUNICIPALITIES } from "../../db/seed-data/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed, DEMO_ACCOUNTS } from "../../db/seed";
import { NEWS_EVENTS, NEWS_FUNDING_CALLS } from "../../db/seed-data/news";
import { countEvents, countFundingCalls } from "~/models/funding.server";
import { countMunicipalities } from "~/models/municipality.server";
import { countOffers, listLatestPublishedOffers } from "~/models/offer.server";
import { countUsers, verifyLogin } from "~/models/user.server";
import { parseList } from "~/utils/json-list";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const quiet = () => undefined;

async function counts(t: TestDb) {
  return {
    offers: await countOffers(t.db),
    users: await countUsers(t.db),
    municipalities: await countMunicipalities(t.db),
    calls: await countFundingCalls(t.db),
    events: await countEvents(t.db),
  };
}

/** Runs `body` on a seeded copy of its own, dropped afterwards: its changes reach no other test. */
async function withOwnCopy(body: (t: TestDb) => Promise<void>): Promise<void> {
  const own = await createSeededDb();
  try {
    await body(own);
  } finally {
    await own.cleanup();
  }
}

describe(`seed on ${dialectName()}`, () => {
  // The seeded copy the read-only tests share; tests that write use one of their own.
  let t: TestDb;
  beforeAll(async () => {
    t = await createSeededDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("seeds the news page, ~30 demo towns, ~40 demo offers and one account per role", async () => {
    const c = await counts(t);
    expect(c.offers).toBeGreaterThanOrEqual(3 + 35);
    expect(c.municipalities).toBeGreaterThanOrEqual(25);
    expect(c.users).toBe(3);
    expect(c.calls).toBe(NEWS_FUNDING_CALLS.length);
    expect(c.events).toBe(NEWS_EVENTS.length);
    for (const account of DEMO_ACCOUNTS) {
      expect((await verifyLogin(t.db, account.email, "spolu-demo-2026"))?.role).toBe(account.role);
    }
  });

  it("adds nothing when run again", async () => {
    await withOwnCopy(async (copy) => {
      const before = await counts(copy);
      const added = await seed(copy.db, { demo: true, say: quiet });
      expect(added).toEqual({ offers: 0, fundingCalls: 0, events: 0, users: 0, municipalities: 0 });
      expect(await counts(copy)).toEqual(before);
    });
  });

  it("keeps the facts of the three announcements, their own population winning over GeoNames", async () => {
    const rows = await t.db
      .selectFrom("offers")
      .selectAll()
      .where("source", "=", "news")
      .orderBy("source_date")
      .execute();
    const byTown = Object.fromEntries(rows.map((r) => [r.town, r]));
    expect(Object.keys(byTown).sort()).toEqual(["Lutsk", "Montefranco", "Wołomin"]);

    const wolomin = byTown["Wołomin"]!;
    expect(wolomin.population).toBe(53_000);
    expect(wolomin.country).toBe("PL");
    expect(parseList(wolomin.topics).sort()).toEqual([
      "agriculture_land",
      "culture",
      "environment",
    ]);
    expect(wolomin.source_date).toBe("2019-08-09");

    const montefranco = byTown["Montefranco"]!;
    expect(montefranco.population).toBe(1_300);
    expect(montefranco.open_to_any_topic).toBe(1);
    expect([montefranco.partner_population_min, montefranco.partner_population_max]).toEqual([
      1_000, 5_000,
    ]);
    expect(montefranco.source_date).toBe("2019-06-17");

    const lutsk = byTown["Lutsk"]!;
    expect(lutsk.country).toBe("UA");
    expect(parseList(lutsk.topics)).toEqual(["culture"]);
    expect(lutsk.population).toBeGreaterThan(200_000); // not stated: GeoNames
    expect(lutsk.source_date).toBe("2020-01-31");

    for (const row of rows) {
      expect(row.status).toBe("published");
      const days = (Date.parse(row.expires_on) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(360);
      expect(days).toBeLessThan(367);
    }
  });

  it("lists the three announcements as the latest published offers", async () => {
    const latest = await listLatestPublishedOffers(t.db, { limit: 3 });
    expect(latest.map((o) => o.town).sort()).toEqual(["Lutsk", "Montefranco", "Wołomin"]);
  });

  it("keeps the real dates of calls and events", async () => {
    const norway = await t.db
      .selectFrom("funding_calls")
      .selectAll()
      .where("slug", "=", "norway-grants-bilateral-fund-2020")
      .executeTakeFirstOrThrow();
    expect(norway.deadline).toBe("2020-06-25");
    const euki = await t.db
      .selectFrom("funding_calls")
      .selectAll()
      .where("slug", "=", "euki-2020")
      .executeTakeFirstOrThrow();
    expect(euki.deadline).toBe("2020-02-18");
    const cemr = await t.db
      .selectFrom("events")
      .selectAll()
      .where("slug", "=", "cemr-congress-innsbruck-2020")
      .executeTakeFirstOrThrow();
    expect([cemr.starts_on, cemr.ends_on, cemr.city]).toEqual([
      "2020-05-06",
      "2020-05-08",
      "Innsbruck",
    ]);
    const ryazan = await t.db
      .selectFrom("events")
      .selectAll()
      .where("slug", "=", "historic-cities-forum-ryazan-2020")
      .executeTakeFirstOrThrow();
    expect([ryazan.starts_on, ryazan.ends_on]).toEqual(["2020-08-19", "2020-08-23"]);
  });

  it("flags demo data and puts demo profiles on their register entries", async () => {
    const demo = await t.db
      .selectFrom("municipalities")
      .selectAll()
      .where("is_demo", "=", 1)
      .execute();
    expect(demo).toHaveLength(DEMO_MUNICIPALITIES.length);
    expect(new Set(demo.map((m) => m.kraj)).size).toBeGreaterThanOrEqual(13);
    for (const d of DEMO_MUNICIPALITIES) {
      const m = demo.find((row) => row.code === d.code);
      expect(m, d.name).toMatchObject({ name: d.name, kraj: d.kraj, status: "published" });
      expect(m?.population_date).toBe("2025-01-01");
    }
    // Slavonice is the demo mayor's, and staff verified that account.
    const slavonice = demo.find((m) => m.name === "Slavonice")!;
    expect(slavonice.owner_id).not.toBeNull();
    expect(slavonice.verified).toBe(1);
    const news = await t.db
      .selectFrom("offers")
      .select("is_demo")
      .where("source", "=", "news")
      .execute();
    expect(news.every((o) => o.is_demo === 0)).toBe(true);
  });

  it("skips demo data with demo: false", async () => {
    // Empties its own copy: the shared one keeps the demo data the other tests read.
    await withOwnCopy(async (copy) => {
      await copy.db.deleteFrom("offers").execute();
      await copy.db.deleteFrom("municipalities").execute();
      await copy.db.deleteFrom("users").execute();
      const added = await seed(copy.db, { demo: false, say: quiet });
      expect(added.offers).toBe(3);
      expect(await countUsers(copy.db)).toBe(0);
      expect(await countMunicipalities(copy.db)).toBe(0);
    });
  });
});
