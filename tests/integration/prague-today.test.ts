// One "today" (app/domain/dates.ts): the Prague calendar day. At 23:30 UTC it is already
// tomorrow in Prague, so an offer that expired "today" is gone from the pages, from
// matching and, by the hourly job, from the published rows, where the UTC day would have
// kept it public until 01:00 (02:00 in summer).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { today } from "~/domain/dates";
import { JOBS } from "~/models/jobs.server";
import { matchableOffers } from "~/models/match.server";
import { getPublishedOffer, listMatchableOffers } from "~/models/offer.server";
import { makeOffer, makeUser } from "../support/factories";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

// A winter day (Prague is UTC+1): its last Prague hour starts at 22:00 UTC.
const DAY = "2031-01-15";

describe(`an offer's last day ends at Prague midnight on ${dialectName()}`, () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createSeededDb();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("is public at 22:30 UTC (23:30 in Prague) and gone at 23:30 UTC (00:30 the next day)", async () => {
    // Only the clock is faked: the database drivers keep their timers.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(`${DAY}T12:00:00Z`));
    const staff = await makeUser(t, "staff");
    const id = await makeOffer(t, null, staff.id, { expiresOn: DAY });

    vi.setSystemTime(new Date(`${DAY}T22:30:00Z`));
    expect(today()).toBe(DAY);
    expect(await getPublishedOffer(t.db, id)).toBeDefined();
    expect((await listMatchableOffers(t.db)).map((o) => o.id)).toContain(id);
    expect((await matchableOffers(t.db)).map((o) => o.id)).toContain(id);

    vi.setSystemTime(new Date(`${DAY}T23:30:00Z`));
    expect(new Date().toISOString().slice(0, 10)).toBe(DAY); // the UTC day is still the 15th
    expect(today()).toBe("2031-01-16");
    expect(await getPublishedOffer(t.db, id)).toBeUndefined();
    expect((await listMatchableOffers(t.db)).map((o) => o.id)).not.toContain(id);
    // The cached list of matching follows the day too (its data version holds the date).
    expect((await matchableOffers(t.db)).map((o) => o.id)).not.toContain(id);

    // The hourly job, as the scheduler runs it at that moment, moves it to expired.
    const expiry = JOBS.find((job) => job.name === "offer-expiry");
    await expiry!.run(t.db, new Date());
    const row = await t.db
      .selectFrom("offers")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("expired");
  });
});
