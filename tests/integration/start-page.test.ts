// The signed-in start page (/): what is new since the last visit, what waits on the
// person, and nothing of anybody else's. Model calls and the home route, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContact, transitionContact } from "~/models/contact.server";
import { startPageFor } from "~/models/start-page.server";
import { getUserById } from "~/models/user.server";
import { makeMunicipality, makeOffer, makeUser, type TestUser } from "../support/factories";
import { cookieFor, get, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`the start page on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createSeededDb();
    staff = await makeUser(t, "staff");
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const userOf = async (user: TestUser) => (await getUserById(t.db, user.id))!;
  const as = (user: TestUser) => ({ id: user.id, role: user.role });

  it("counts requests new since the last visit, best for the municipality first", async () => {
    const mayor = await makeUser(t, "mayor");
    await makeMunicipality(t, mayor.id, staff.id, { interests: ["culture"] }, { verify: true });
    // Visits a few seconds ago; the request below is published after them.
    const firstAt = new Date(Date.now() - 10_000);
    const first = await startPageFor(t.db, await userOf(mayor), "cs", firstAt);
    // The first visit counts from the account's creation.
    expect(first.since).toBe((await userOf(mayor)).created_at);
    expect(first.municipality).toMatchObject({ status: "published" });

    const later = new Date(Date.now() - 5_000);
    const second = await startPageFor(t.db, await userOf(mayor), "cs", later);
    expect(second.since).toBe(firstAt.toISOString());

    const town = `Nové Město ${Date.now()}`;
    const offerId = await makeOffer(t, null, staff.id, { town, topics: ["culture"] });
    const thirdAt = new Date(Date.now() + 1);
    const third = await startPageFor(t.db, await userOf(mayor), "cs", thirdAt);
    expect(third.since).toBe(later.toISOString());
    expect(third.newMatches!.total).toBeGreaterThanOrEqual(1);
    expect(third.newMatches!.top.map((m) => m.offer.id)).toContain(offerId);
    const scores = third.newMatches!.top.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // Seen: the next visit has nothing new.
    const fourth = await startPageFor(t.db, await userOf(mayor), "cs");
    expect(fourth.newMatches!.top.map((m) => m.offer.id)).not.toContain(offerId);
  });

  it("lists the contacts waiting on this person, and only theirs", async () => {
    const mayor = await makeUser(t, "mayor");
    const foreign = await makeUser(t, "foreign");
    const other = await makeUser(t, "foreign");
    const municipalityId = await makeMunicipality(t, mayor.id, staff.id, {
      interests: ["culture"],
    });
    const offerTown = `Partnerstadt ${foreign.id}`;
    const offerId = await makeOffer(t, foreign.id, staff.id, {
      town: offerTown,
      topics: ["culture"],
    });
    const contactId = await createContact(
      t.db,
      { municipalityId, offerId, message: "Rádi bychom spolupracovali.", topics: ["culture"] },
      { ...as(mayor), emailVerified: true },
    );
    // With staff: nobody's turn yet but the union's.
    expect((await startPageFor(t.db, await userOf(foreign), "cs")).waiting).toEqual([]);
    await transitionContact(t.db, contactId, "forward", as(staff), {});

    const town = await startPageFor(t.db, await userOf(foreign), "cs");
    expect(town.waiting).toEqual([
      { id: contactId, status: "forwarded", other: expect.any(String), ask: "answer" },
    ]);
    // The mayor wrote: it is not the mayor's turn.
    expect((await startPageFor(t.db, await userOf(mayor), "cs")).waiting).toEqual([]);
    // Another town sees nothing of it.
    expect((await startPageFor(t.db, await userOf(other), "cs")).waiting).toEqual([]);

    await transitionContact(t.db, contactId, "request_info", as(foreign), {
      text: "Kolik máte obyvatel?",
    });
    const mayorPage = await startPageFor(t.db, await userOf(mayor), "cs");
    expect(mayorPage.waiting).toEqual([
      { id: contactId, status: "info_requested", other: offerTown, ask: "info" },
    ]);
  });

  it("shows a town abroad its requests, the ones about to expire flagged", async () => {
    const foreign = await makeUser(t, "foreign");
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const late = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const soonId = await makeOffer(t, foreign.id, staff.id, { expiresOn: soon });
    const lateId = await makeOffer(t, foreign.id, staff.id, { expiresOn: late });
    const page = await startPageFor(t.db, await userOf(foreign), "cs");
    const byId = new Map(page.offers.map((o) => [o.id, o]));
    expect(byId.get(soonId)).toMatchObject({ status: "published", expiringSoon: true });
    expect(byId.get(lateId)).toMatchObject({ status: "published", expiringSoon: false });
    expect(page.newMatches).toBeNull();
  });

  it("is the home page of a signed-in person, and never a visitor's", async () => {
    await useTestDatabase(t);
    const route = await import("~/routes/_index");
    const visitor = await call(route.loader, get("/"));
    expect((visitor.data as { start: unknown }).start).toBeNull();

    const mayor = await makeUser(t, "mayor");
    const home = await call(route.loader, get("/", await cookieFor(t, mayor.id)));
    expect(home.status).toBe(200);
    expect((home.data as { start: { name: string; role: string } }).start).toMatchObject({
      name: mayor.name,
      role: "mayor",
      municipality: null,
    });
  });
});
