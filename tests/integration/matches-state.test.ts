// /matches for a mayor says where the municipality stands with each request: partners
// already, a contact under way, or nothing yet; and only the mayor's own contacts count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContact, transitionContact } from "~/models/contact.server";
import { makeMunicipality, makeOffer, makeUser } from "../support/factories";
import { cookieFor, get, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

interface Item {
  id: number;
  contact: { id: number; status: string } | null;
  partners: boolean;
}

describe(`the mayor's matches and where each pair stands on ${dialectName()}`, () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("marks partners, links a contact under way, and offers interest otherwise", async () => {
    const staff = await makeUser(t, "staff");
    const mayor = await makeUser(t, "mayor");
    const otherMayor = await makeUser(t, "mayor");
    const tag = Date.now().toString(36);
    const partnerTown = `Partnerby ${tag}`;
    const municipalityId = await makeMunicipality(
      t,
      mayor.id,
      staff.id,
      {
        interests: ["culture"],
        partnerships: [{ town: partnerTown, country: "IS", sinceYear: null }],
      },
      { verify: true },
    );
    const otherId = await makeMunicipality(t, otherMayor.id, staff.id, { interests: ["culture"] });
    // Iceland: no seeded request is there, so the country filter shows only these.
    const partner = await makeOffer(t, null, staff.id, {
      town: partnerTown,
      country: "IS",
      topics: ["culture"],
    });
    const written = await makeOffer(t, null, staff.id, {
      town: `Skrifað ${tag}`,
      country: "IS",
      topics: ["culture"],
    });
    const untouched = await makeOffer(t, null, staff.id, {
      town: `Ósnert ${tag}`,
      country: "IS",
      topics: ["culture"],
    });
    const message = "Rádi bychom spolupracovali v kultuře.";
    const contactId = await createContact(
      t.db,
      { municipalityId, offerId: written, message, topics: ["culture"] },
      { id: mayor.id, role: "mayor", emailVerified: true },
    );
    // Another municipality's contact with the untouched request is not this mayor's.
    await createContact(
      t.db,
      { municipalityId: otherId, offerId: untouched, message, topics: ["culture"] },
      { id: otherMayor.id, role: "mayor", emailVerified: true },
    );

    const route = await import("~/routes/matches");
    const page = async () => {
      const answer = await call(
        route.loader,
        get("/matches?country=IS", await cookieFor(t, mayor.id)),
      );
      expect(answer.status).toBe(200);
      const items = (answer.data as { items: Item[] }).items;
      return new Map(items.map((item) => [item.id, item]));
    };
    let items = await page();
    expect(items.get(partner)).toMatchObject({ partners: true });
    expect(items.get(written)).toMatchObject({
      partners: false,
      contact: { id: contactId, status: "pending_review" },
    });
    expect(items.get(untouched)).toMatchObject({ partners: false, contact: null });

    await transitionContact(t.db, contactId, "withdraw", { id: mayor.id, role: "mayor" }, {});
    items = await page();
    expect(items.get(written)!.contact).toEqual({ id: contactId, status: "withdrawn" });
  });
});
