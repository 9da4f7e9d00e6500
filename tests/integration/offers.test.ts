import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countPublishedOffers,
  getPublishedOffer,
  listLatestPublishedOffers,
} from "~/models/offer.server";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const PRIVATE = /contact|email|phone|author/i;

describe(`public offers on ${dialectName()}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createSeededDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("never carry private contact fields", async () => {
    const offers = await listLatestPublishedOffers(t.db, { limit: 100 });
    expect(offers.length).toBeGreaterThan(3);
    for (const offer of offers) {
      expect(Object.keys(offer).filter((k) => PRIVATE.test(k))).toEqual([]);
      expect(JSON.stringify(offer)).not.toMatch(/@[a-z0-9-]+\.example/);
    }
    const withContact = await t.db
      .selectFrom("offers")
      .select("id")
      .where("contact_email", "is not", null)
      .executeTakeFirstOrThrow();
    const one = await getPublishedOffer(t.db, withContact.id);
    expect(one).toBeDefined();
    expect(JSON.stringify(one)).not.toMatch(/@[a-z0-9-]+\.example/);
  });

  it("hide offers that are not published or are past their expiry", async () => {
    const [first, second] = await listLatestPublishedOffers(t.db, { limit: 2 });
    const total = await countPublishedOffers(t.db);
    await t.db
      .updateTable("offers")
      .set({ status: "pending" })
      .where("id", "=", first!.id)
      .execute();
    await t.db
      .updateTable("offers")
      .set({ expires_on: "2020-01-01" })
      .where("id", "=", second!.id)
      .execute();
    expect(await getPublishedOffer(t.db, first!.id)).toBeUndefined();
    expect(await getPublishedOffer(t.db, second!.id)).toBeUndefined();
    expect(await countPublishedOffers(t.db)).toBe(total - 2);
    const listed = (await listLatestPublishedOffers(t.db, { limit: 1000 })).map((o) => o.id);
    expect(listed).not.toContain(first!.id);
    expect(listed).not.toContain(second!.id);
  });
});
