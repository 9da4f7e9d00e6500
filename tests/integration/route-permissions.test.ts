// Every refusal of the profiles issue, checked on the server: a person who may
// not do something gets 403 (or 404 for what they may not even know exists),
// and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as OfferRoute from "~/routes/offers.$id";
import type * as OfferEditRoute from "~/routes/offers.$id_.edit";
import type * as OfferNewRoute from "~/routes/offers.new";
import type * as MunicipalityRoute from "~/routes/municipalities.$id";
import type * as MunicipalityEditRoute from "~/routes/municipalities.$id_.edit";
import type * as MeRoute from "~/routes/me";
import type * as AdminImportRoute from "~/routes/admin.import";
import { createOffer, type OfferInput } from "~/models/offer.server";
import { cookieFor, get, post, statusOf, useTestDatabase } from "../support/routes";
import { claimMunicipality } from "~/models/claim.server";
import { makeRegisterEntry, makeUser, tag, offerInput as offerWith } from "../support/factories";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const offerInput: OfferInput = offerWith({
  town: "Zittau",
  country: "DE",
  region: "Saxony",
  population: 25_000,
  topics: ["culture"],
  languages: ["de"],
  description: "Zittau sucht Partner.",
  contactName: "Petra Schulz",
  contactEmail: "petra@zittau-private.example",
  expiresOn: "2027-06-30",
});

describe(`route permissions on ${dialectName()}`, () => {
  let t: TestDb;
  let cookies: Record<"author" | "otherForeign" | "mayor" | "staff", string>;
  let ids: Record<string, number>;
  let routes: {
    offer: typeof OfferRoute;
    offerEdit: typeof OfferEditRoute;
    offerNew: typeof OfferNewRoute;
    municipality: typeof MunicipalityRoute;
    municipalityEdit: typeof MunicipalityEditRoute;
    me: typeof MeRoute;
    adminImport: typeof AdminImportRoute;
  };

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    const make = async (email: string, role: "foreign" | "mayor" | "staff") =>
      (await makeUser(t, role, { email, name: email })).id;
    ids = {
      author: await make("author@perm.example", "foreign"),
      otherForeign: await make("other@perm.example", "foreign"),
      mayor: await make("mayor@perm.example", "mayor"),
      staff: await make("staff@perm.example", "staff"),
    };
    cookies = {
      author: await cookieFor(t, ids.author!),
      otherForeign: await cookieFor(t, ids.otherForeign!),
      mayor: await cookieFor(t, ids.mayor!),
      staff: await cookieFor(t, ids.staff!),
    };
    // The demo mayor's municipality belongs to someone else than these mayors.
    ids.municipality = (
      await t.db
        .selectFrom("municipalities")
        .select("id")
        .where("owner_id", "is not", null)
        .orderBy("id")
        .executeTakeFirstOrThrow()
    ).id;
    routes = {
      offer: await import("~/routes/offers.$id"),
      offerEdit: await import("~/routes/offers.$id_.edit"),
      offerNew: await import("~/routes/offers.new"),
      municipality: await import("~/routes/municipalities.$id"),
      municipalityEdit: await import("~/routes/municipalities.$id_.edit"),
      me: await import("~/routes/me"),
      adminImport: await import("~/routes/admin.import"),
    };
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** A fresh offer of the author's, submitted and waiting for staff: each test its own. */
  const submittedOffer = () =>
    createOffer(t.db, offerInput, {
      actor: { id: ids.author!, role: "foreign" },
      authorId: ids.author!,
      source: "self",
      sourceDate: null,
      submit: true,
    });
  const offerRow = (id: number) =>
    t.db.selectFrom("offers").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  /** A mayor of this test alone, with no municipality yet, and their cookie. */
  const freshMayor = async () => {
    const user = await makeUser(t, "mayor", { email: `mayor-${tag()}@perm.example` });
    return { id: user.id, cookie: await cookieFor(t, user.id) };
  };

  it("a foreign user cannot edit another town's offer", async () => {
    const draft = await submittedOffer();
    const before = await offerRow(draft);
    const params = { id: String(draft) };
    expect(
      await statusOf(
        routes.offerEdit.loader,
        get(`/offers/${draft}/edit`, cookies.otherForeign),
        params,
      ),
    ).toBe(403);
    const edit = post(
      `/offers/${draft}/edit`,
      { town: "Hacked", intent: "save" },
      cookies.otherForeign,
    );
    expect(await statusOf(routes.offerEdit.action, edit, params)).toBe(403);
    expect(
      await statusOf(
        routes.offer.action,
        post(`/offers/${draft}`, { intent: "close" }, cookies.otherForeign),
        params,
      ),
    ).toBe(403);
    expect(await offerRow(draft)).toEqual(before);
  });

  it("a foreign user cannot see another town's unpublished offer, nor its contact", async () => {
    const draft = await submittedOffer();
    expect((await offerRow(draft)).status).toBe("pending");
    const params = { id: String(draft) };
    expect(
      await statusOf(routes.offer.loader, get(`/offers/${draft}`, cookies.otherForeign), params),
    ).toBe(404);
    const own = await routes.offer.loader({
      request: get(`/offers/${draft}`, cookies.author),
      params,
      context: {},
    });
    expect(JSON.stringify(own)).toContain("petra@zittau-private.example");
  });

  it("nobody but the author and staff sees the contact of a published offer", async () => {
    const draft = await submittedOffer();
    const staffApprove = post(`/offers/${draft}`, { intent: "approve" }, cookies.staff);
    expect(await statusOf(routes.offer.action, staffApprove, { id: String(draft) })).toBe(302);
    expect((await offerRow(draft)).status).toBe("published");
    for (const cookie of [undefined, cookies.mayor, cookies.otherForeign]) {
      const page = await routes.offer.loader({
        request: get(`/offers/${draft}`, cookie),
        params: { id: String(draft) },
        context: {},
      });
      expect(JSON.stringify(page)).not.toContain("zittau-private");
      expect(JSON.stringify(page)).not.toContain("Petra Schulz");
    }
  });

  it("only staff moderate offers", async () => {
    const id = await submittedOffer();
    const params = { id: String(id) };
    for (const intent of ["approve", "request_changes", "reject"]) {
      const byAuthor = post(`/offers/${id}`, { intent, comment: "ok" }, cookies.author);
      expect(await statusOf(routes.offer.action, byAuthor, params), `author ${intent}`).toBe(403);
      const byMayor = post(`/offers/${id}`, { intent, comment: "ok" }, cookies.mayor);
      expect(await statusOf(routes.offer.action, byMayor, params), `mayor ${intent}`).toBe(403);
    }
    expect(
      (
        await t.db
          .selectFrom("offers")
          .select("status")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("pending");
    // A staff note by anyone else is refused too.
    expect(
      await statusOf(
        routes.offer.action,
        post(`/offers/${id}`, { intent: "note", comment: "x" }, cookies.author),
        params,
      ),
    ).toBe(403);
  });

  it("only foreign towns and staff create offers; mayors and visitors cannot", async () => {
    expect(await statusOf(routes.offerNew.loader, get("/offers/new", cookies.mayor))).toBe(403);
    expect(
      await statusOf(routes.offerNew.action, post("/offers/new", { town: "X" }, cookies.mayor)),
    ).toBe(403);
    expect(await statusOf(routes.offerNew.loader, get("/offers/new"))).toBe(302); // to sign in
    expect(
      await statusOf(
        routes.adminImport.action,
        post("/admin/import", { intent: "parse", announcement: "x" }, cookies.mayor),
      ),
    ).toBe(403);
  });

  it("a mayor cannot edit or moderate another municipality", async () => {
    const params = { id: String(ids.municipality) };
    expect(
      await statusOf(
        routes.municipalityEdit.loader,
        get(`/municipalities/${ids.municipality}/edit`, cookies.mayor),
        params,
      ),
    ).toBe(403);
    expect(
      await statusOf(
        routes.municipalityEdit.action,
        post(`/municipalities/${ids.municipality}/edit`, { name: "X" }, cookies.mayor),
        params,
      ),
    ).toBe(403);
    for (const intent of ["approve", "reject", "verify", "note"]) {
      const request = post(
        `/municipalities/${ids.municipality}`,
        { intent, comment: "x" },
        cookies.mayor,
      );
      expect(await statusOf(routes.municipality.action, request, params), intent).toBe(403);
    }
    const page = await routes.municipality.loader({
      request: get(`/municipalities/${ids.municipality}`, cookies.mayor),
      params,
      context: {},
    });
    expect(JSON.stringify(page)).not.toContain("@slavonice.example");
  });

  it("a foreign user cannot keep a municipality profile", async () => {
    expect(
      await statusOf(
        routes.me.action,
        post("/me", { intent: "profile", name: "X" }, cookies.author),
      ),
    ).toBe(403);
  });

  it("a mayor's profile save only ever touches their own municipality", async () => {
    const mayor = await freshMayor();
    // Without a municipality there is nothing to save to: 409, nothing written.
    const before = await t.db
      .selectFrom("municipalities")
      .select(["id", "updated_at"])
      .orderBy("id")
      .execute();
    const profile = {
      intent: "profile",
      interests: ["culture"],
      contactName: "Jan Novák",
      contactEmail: "jan@horni-dolni.example",
    };
    expect(await statusOf(routes.me.action, post("/me", profile, mayor.cookie))).toBe(409);
    expect(
      await t.db.selectFrom("municipalities").select(["id", "updated_at"]).orderBy("id").execute(),
    ).toEqual(before);

    const name = `Horní Dolní ${tag()}`;
    const own = await makeRegisterEntry(t, { name, population: 412 });
    await claimMunicipality(t.db, {
      municipalityId: own,
      user: { id: mayor.id, role: "mayor" },
      role: "starosta",
      phone: "",
    });
    const others = await t.db
      .selectFrom("municipalities")
      .select(["id", "updated_at"])
      .where("id", "!=", own)
      .orderBy("id")
      .execute();
    const forged = {
      ...profile,
      id: String(ids.municipality), // an attempt to aim at someone else's profile
      // and to rename, resize and move their own: the register's part is not the form's
      name: "Praha",
      kraj: "CZ-10",
      population: "1",
      lat: "0",
      lon: "0",
    };
    expect(await statusOf(routes.me.action, post("/me", forged, mayor.cookie))).toBe(302);
    const after = await t.db
      .selectFrom("municipalities")
      .select(["id", "updated_at"])
      .where(
        "id",
        "in",
        others.map((o) => o.id),
      )
      .orderBy("id")
      .execute();
    expect(after).toEqual(others);
    const row = await t.db
      .selectFrom("municipalities")
      .selectAll()
      .where("owner_id", "=", mayor.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      id: own,
      name,
      kraj: "CZ-63",
      status: "pending",
      population: 412,
      lat: 49.4,
    });
  });

  it("answers bad profile input with 400 and stores nothing", async () => {
    const mayor = await freshMayor();
    const own = await makeRegisterEntry(t);
    await claimMunicipality(t.db, {
      municipalityId: own,
      user: { id: mayor.id, role: "mayor" },
      role: "starosta",
      phone: "",
    });
    const read = () =>
      t.db.selectFrom("municipalities").selectAll().where("id", "=", own).executeTakeFirstOrThrow();
    const before = await read();
    const bad = post(
      "/me",
      {
        intent: "profile",
        interests: ["nonsense"],
        contactName: "",
        contactEmail: "not an address",
        partnerMin: "-3",
      },
      mayor.cookie,
    );
    expect(await statusOf(routes.me.action, bad)).toBe(400);
    expect(await read()).toEqual(before);
  });

  it("has no benchmark page unless the benchmark's server turns it on", async () => {
    // SPOLU_BENCH is unset here, as on every real instance: /bench/bare is an unknown URL.
    const bare = await import("~/routes/bench.bare");
    expect(await statusOf(bare.loader, get("/bench/bare"))).toBe(404);
    expect(await statusOf(bare.loader, get("/bench/bare", cookies.staff))).toBe(404);
  });
});
