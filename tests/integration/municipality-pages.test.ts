// The pages and endpoints around municipalities, called as each role would: a
// municipality's page, claiming it (its own page, sign-up, /me), staff deciding
// claims, foreign towns ranking all of them and writing to one without an account,
// and what private data each role may not see on any of them.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContact } from "~/models/contact.server";
import { listClaims } from "~/models/claim.server";
import { getUserByEmail } from "~/models/user.server";
import {
  cookieCache,
  countAll,
  makeMunicipality,
  makeOffer,
  makeRegisterEntry,
  makeUser,
  PASSWORD,
  tag,
  type TestUser,
} from "../support/factories";
import { get, post, useTestDatabase, call, errorsOf, type RouteResult } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<unknown>;
interface Route {
  loader?: Handler;
  action?: Handler;
}

describe(`municipality pages on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let cookieOf: ReturnType<typeof cookieCache>;
  let routes: Record<
    "page" | "claim" | "signup" | "me" | "claims" | "matches" | "preview" | "contact" | "places",
    Route
  >;
  const k = tag();
  /** What must never reach anyone but the owner and staff. */
  const secrets = {
    contactName: `Tajná Starostka ${k}`,
    contactEmail: `tajna-${k}@obec-private.example`,
    contactPhone: "+420 777 321 654",
    claimantRole: `Tajná funkce ${k}`,
    claimantPhone: "+420 603 999 111",
  };

  const run = async (
    route: Route,
    kind: "loader" | "action",
    request: Request,
    params: Record<string, string> = {},
  ): Promise<RouteResult> => call(route[kind] as Handler, request, params);
  const page = async (id: number, user: TestUser | null) =>
    run(routes.page, "loader", get(`/municipalities/${id}`, await cookieOf(user)), {
      id: String(id),
    });
  const expectNoSecret = (result: RouteResult, who: string) => {
    for (const secret of Object.values(secrets)) expect(result.text, who).not.toContain(secret);
  };

  let claimed: number;
  let owner: TestUser;
  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    cookieOf = cookieCache(t);
    staff = await makeUser(t, "staff");
    routes = {
      page: await import("~/routes/municipalities.$id"),
      claim: await import("~/routes/municipalities.$id_.claim"),
      signup: await import("~/routes/signup"),
      me: await import("~/routes/me"),
      claims: await import("~/routes/admin.claims"),
      matches: await import("~/routes/matches"),
      preview: await import("~/routes/api.match-preview"),
      contact: await import("~/routes/contacts.$id"),
      places: await import("~/routes/api.places"),
    };
    // A claimed municipality with a published profile and a claimant's private word.
    owner = await makeUser(t, "mayor");
    claimed = await makeRegisterEntry(t, { name: `Tajemná ${k}` });
    await run(
      routes.claim,
      "action",
      post(
        `/municipalities/${claimed}/claim`,
        { claimantRole: secrets.claimantRole, claimantPhone: secrets.claimantPhone, confirm: "on" },
        await cookieOf(owner),
      ),
      { id: String(claimed) },
    );
    const saved = await run(
      routes.me,
      "action",
      post(
        "/me",
        {
          intent: "profile",
          interests: ["culture"],
          contactName: secrets.contactName,
          contactEmail: secrets.contactEmail,
          contactPhone: secrets.contactPhone,
        },
        await cookieOf(owner),
      ),
    );
    expect(saved.status).toBe(302);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  describe("a municipality's page", () => {
    it("shows an entry without a profile with its official data, for anyone", async () => {
      const id = await makeRegisterEntry(t, { name: `Malá ${k}`, population: 101 });
      const visitor = await page(id, null);
      expect(visitor.status).toBe(200);
      expect(visitor.data).toMatchObject({
        municipality: {
          name: `Malá ${k}`,
          hasProfile: false,
          showProfile: false,
          claimed: false,
          official: { population: 101, kind: "obec", okres: "Žďár nad Sázavou" },
        },
        contact: null,
        staff: null,
        claim: { kind: "signUp", claimed: false },
        interest: { kind: "signIn" },
      });
      // A mayor without a municipality may claim it; a foreign town needs a published request.
      const mayor = await makeUser(t, "mayor");
      expect((await page(id, mayor)).data).toMatchObject({ claim: { kind: "claim" } });
      const foreign = await makeUser(t, "foreign");
      expect((await page(id, foreign)).data).toMatchObject({
        claim: null,
        interest: { kind: "noOffer" },
      });
      const offer = await makeOffer(t, foreign.id, staff.id);
      expect((await page(id, foreign)).data).toMatchObject({
        interest: { kind: "cta", href: `/contacts/new?municipality=${id}&offer=${offer}` },
      });
      expect((await page(999_999_999, null)).status).toBe(404);
    });

    it("keeps the contact person and the claimant's word from everyone but owner and staff", async () => {
      const foreign = await makeUser(t, "foreign");
      const otherMayor = await makeUser(t, "mayor");
      for (const [who, user] of [
        ["visitor", null],
        ["foreign", foreign],
        ["other mayor", otherMayor],
      ] as const) {
        const result = await page(claimed, user);
        expect(result.status).toBe(200);
        expectNoSecret(result, who);
        expect(result.data).toMatchObject({ contact: null, staff: null });
      }
      const own = await page(claimed, owner);
      expect(own.data).toMatchObject({
        contact: { email: secrets.contactEmail },
        claim: { kind: "yours" },
        staff: null,
      });
      expect(own.text).not.toContain(secrets.claimantPhone);
      // Staff see the claim on the page; the claimant's phone only in the claims' back office.
      const staffView = await page(claimed, staff);
      expect(staffView.data).toMatchObject({
        staff: { claims: [{ status: "pending", name: owner.name }] },
      });
      expect(staffView.text).not.toContain(secrets.claimantPhone);
    });
  });

  describe("the place search", () => {
    it("suggests Czech municipalities from the register, each with its okres", async () => {
      const answer = await run(
        routes.places,
        "loader",
        get("/api/places?q=nova%20ves&country=CZ&limit=20"),
      );
      expect(answer.status).toBe(200);
      const { results, attribution } = answer.data as {
        results: { name: string; okres: string; country: string; claimed: boolean }[];
        attribution: string;
      };
      expect(results.slice(0, 14).every((r) => r.name === "Nová Ves" && r.okres)).toBe(true);
      expect(new Set(results.slice(0, 14).map((r) => r.okres)).size).toBe(14);
      expect(results.every((r) => r.country === "CZ")).toBe(true);
      expect(attribution).toContain("RÚIAN");
      // The claimed one says so; nothing private comes with it.
      const mine = await run(
        routes.places,
        "loader",
        get(`/api/places?q=${encodeURIComponent(`Tajemná ${k}`)}&country=CZ`),
      );
      expect((mine.data as { results: { claimed: boolean }[] }).results).toMatchObject([
        { claimed: true },
      ]);
      expectNoSecret(mine, "places");
      expect((await run(routes.places, "loader", get("/api/places?q=&country=CZ"))).status).toBe(
        400,
      );
    });
  });

  describe("claiming", () => {
    it("sends a visitor to sign-up with the municipality chosen", async () => {
      const id = await makeRegisterEntry(t);
      const visitor = await run(routes.claim, "loader", get(`/municipalities/${id}/claim`), {
        id: String(id),
      });
      expect(visitor).toMatchObject({ status: 302, location: `/signup?municipality=${id}` });
      const signup = await run(routes.signup, "loader", get(`/signup?municipality=${id}`));
      expect(signup.data).toMatchObject({ role: "mayor", municipality: { id, claimed: false } });
      // A forged or unknown id simply preselects nothing.
      const forged = await run(routes.signup, "loader", get("/signup?municipality=abc"));
      expect(forged.data).toMatchObject({ municipality: null });
    });

    it("answers bad claims with 4xx and writes nothing", async () => {
      const id = await makeRegisterEntry(t);
      const claim = async (user: TestUser, fields: Record<string, string>, target = id) =>
        run(
          routes.claim,
          "action",
          post(`/municipalities/${target}/claim`, fields, await cookieOf(user)),
          { id: String(target) },
        );
      const before = await countAll(t, "municipality_claims");
      const mayor = await makeUser(t, "mayor");
      const empty = await claim(mayor, {});
      expect(empty.status).toBe(400);
      expect(Object.keys(errorsOf(empty)).sort()).toEqual(["claimantRole", "confirm"]);
      const badPhone = await claim(mayor, {
        claimantRole: "starosta",
        claimantPhone: "call me",
        confirm: "on",
      });
      expect(Object.keys(errorsOf(badPhone))).toEqual(["claimantPhone"]);
      const good = { claimantRole: "starosta", confirm: "on" };
      expect((await claim(await makeUser(t, "foreign"), good)).status).toBe(403);
      expect((await claim(mayor, good, 999_999_999)).status).toBe(404);
      expect(await countAll(t, "municipality_claims")).toBe(before);

      const done = await claim(mayor, good);
      expect(done).toMatchObject({ status: 302, location: "/me" });
      const again = await claim(mayor, good);
      expect(again.status).toBe(409);
      expect(await countAll(t, "municipality_claims")).toBe(before + 1);
    });

    it("signs a mayor up only with a municipality of the register, all errors at once", async () => {
      const email = `novy-${tag()}@signup-test.example`;
      // A municipality of this test's own that another mayor already owns.
      const taken = await makeMunicipality(t, (await makeUser(t, "mayor")).id, staff.id);
      const signup = async (fields: Record<string, string>) =>
        run(
          routes.signup,
          "action",
          post("/signup", {
            role: "mayor",
            name: "Nový Starosta",
            email,
            password: PASSWORD,
            terms: "on",
            ...fields,
          }),
        );
      const users = await countAll(t, "users");
      const missing = await signup({ password: "" });
      expect(missing.status).toBe(400);
      expect(Object.keys(errorsOf(missing)).sort()).toEqual(
        ["claimantRole", "confirm", "municipality", "password"].sort(),
      );
      // Fourteen Nová Ves: the page lists them to choose from.
      const ambiguous = await signup({
        municipalityName: "Nová Ves",
        claimantRole: "starosta",
        confirm: "on",
      });
      expect(ambiguous.status).toBe(400);
      expect((ambiguous.data as { candidates: unknown[] }).candidates).toHaveLength(14);
      const forged = await signup({ municipality: "999999999", claimantRole: "x", confirm: "on" });
      expect(errorsOf(forged).municipality).toBeTruthy();
      expect(await countAll(t, "users")).toBe(users);
      expect(await getUserByEmail(t.db, email)).toBeUndefined();

      // A municipality someone owns: the account is made, the claim goes to staff.
      const ok = await signup({
        municipality: String(taken),
        claimantRole: "tajemník",
        confirm: "on",
      });
      expect(ok).toMatchObject({ status: 302, location: "/me" });
      const user = (await getUserByEmail(t.db, email))!;
      const claims = await listClaims(t.db, { municipalityId: taken });
      expect(claims.find((c) => c.user?.id === user.id)?.status).toBe("conflict");
      const me = await run(
        routes.me,
        "loader",
        get("/me", await cookieOf({ ...user, role: "mayor" } as TestUser)),
      );
      expect(me.data).toMatchObject({
        profile: null,
        claim: { status: "conflict", municipalityId: taken },
      });
    });

    it("lets a mayor without a municipality claim one on /me", async () => {
      const mayor = await makeUser(t, "mayor");
      const cookie = await cookieOf(mayor);
      const before = await run(routes.me, "loader", get("/me", cookie));
      expect(before.data).toMatchObject({ profile: null, claim: null });
      const bad = await run(
        routes.me,
        "action",
        post("/me", { intent: "claim", municipalityName: "Atlantida" }, cookie),
      );
      expect(bad.status).toBe(400);
      expect(Object.keys((bad.data as { claimErrors: object }).claimErrors).sort()).toEqual([
        "claimantRole",
        "confirm",
        "municipality",
      ]);
      const id = await makeRegisterEntry(t, { population: 77 });
      const done = await run(
        routes.me,
        "action",
        post(
          "/me",
          { intent: "claim", municipality: String(id), claimantRole: "starosta", confirm: "on" },
          cookie,
        ),
      );
      expect(done).toMatchObject({ status: 302, location: "/me" });
      const after = await run(routes.me, "loader", get("/me", cookie));
      // The profile form starts from the register's data and the account's own contact.
      expect(after.data).toMatchObject({
        profile: {
          id,
          status: "none",
          verified: false,
          official: { population: 77 },
          values: { contactEmail: mayor.email, languages: ["cs"] },
        },
      });
    });
  });

  describe("staff deciding claims", () => {
    it("shows staff the claimant's details and refuses everyone else", async () => {
      const path = "/admin/claims";
      for (const user of [null, owner, await makeUser(t, "foreign")]) {
        const result = await run(routes.claims, "loader", get(path, await cookieOf(user)));
        expect(result.status).toBeGreaterThanOrEqual(300);
        expectNoSecret(result, "not staff");
      }
      const list = await run(routes.claims, "loader", get(path, await cookieOf(staff)));
      expect(list.status).toBe(200);
      expect(list.text).toContain(secrets.claimantPhone);
      expect(list.text).toContain(secrets.claimantRole);
      const mine = (
        list.data as { open: { id: number; municipality: { id: number } }[] }
      ).open.find((c) => c.municipality.id === claimed);
      expect(mine).toBeDefined();
    });

    it("answers a bad decision with 4xx, and verifies a good one", async () => {
      const mayor = await makeUser(t, "mayor");
      const id = await makeMunicipality(t, mayor.id, staff.id);
      const [claim] = await listClaims(t.db, { municipalityId: id });
      const decide = async (fields: Record<string, string>, user: TestUser = staff) =>
        run(routes.claims, "action", post("/admin/claims", fields, await cookieOf(user)));
      expect((await decide({ claim: "x", decision: "verify" })).status).toBe(400);
      expect((await decide({ claim: String(claim!.id), decision: "promote" })).status).toBe(400);
      // Turning down needs a reason.
      expect((await decide({ claim: String(claim!.id), decision: "reject" })).status).toBe(400);
      // Transfer is for conflicts only.
      expect((await decide({ claim: String(claim!.id), decision: "transfer" })).status).toBe(409);
      expect((await decide({ claim: String(claim!.id), decision: "verify" }, mayor)).status).toBe(
        403,
      );
      expect((await listClaims(t.db, { municipalityId: id }))[0]?.status).toBe("pending");
      const ok = await decide({ claim: String(claim!.id), decision: "verify" });
      expect(ok).toMatchObject({ status: 302, location: "/admin/claims" });
      expect((await page(id, null)).data).toMatchObject({ municipality: { verified: true } });
    });
  });

  describe("foreign towns and all municipalities", () => {
    it("ranks every municipality for a foreign town's request, marking those with a profile", async () => {
      const foreign = await makeUser(t, "foreign");
      await makeOffer(t, foreign.id, staff.id, {
        country: "PL",
        lat: 50.44,
        lon: 16.65,
        topics: ["culture"],
      });
      const cookie = await cookieOf(foreign);
      const all = await run(routes.matches, "loader", get("/matches", cookie));
      type Items = { total: number; items: { hasProfile: boolean; all: { text: string }[] }[] };
      const ranked = all.data as Items;
      expect(ranked.total).toBeGreaterThanOrEqual(6_254);
      const unprofiled = ranked.items.find((i) => !i.hasProfile);
      expect(unprofiled?.all.map((r) => r.text).join(" ")).toContain("nemá na Spolu profil");
      const profiles = await run(routes.matches, "loader", get("/matches?profiles=1", cookie));
      const only = profiles.data as Items;
      expect(only.total).toBeLessThan(ranked.total);
      expect(only.items.every((i) => i.hasProfile)).toBe(true);
      expectNoSecret(all, "foreign /matches");
    });

    it("previews, for a visitor abroad, all municipalities; bad questions get field errors", async () => {
      const preview = async (query: string) =>
        run(routes.preview, "loader", get(`/api/match-preview?${query}`));
      const bad = await preview("side=foreign&population=abc&country=CZ");
      expect(bad.status).toBe(400);
      expect(Object.keys(errorsOf(bad)).sort()).toEqual(["country", "population", "town"]);
      const ok = await preview(
        "side=foreign&town=Kłodzko&country=PL&population=26000&interests=culture,tourism&lat=50.44&lon=16.65&limit=50",
      );
      expect(ok.status).toBe(200);
      const body = ok.data as {
        total: number;
        attribution: string;
        results: {
          municipality: { has_profile: boolean };
          score: number;
          reasons: { text: string }[];
        }[];
      };
      expect(body.total).toBeGreaterThanOrEqual(6_254);
      expect(body.results).toHaveLength(50);
      expect(body.attribution).toContain("ČÚZK");
      const scores = body.results.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(body.results.some((r) => !r.municipality.has_profile)).toBe(true);
      // In the reader's language: Czech, as nothing asked for another, where Kłodzko is Kladsko.
      expect(JSON.stringify(body)).toContain("Kladsko má");
      expectNoSecret(ok, "preview");
    });

    it("lets a town abroad write to a municipality without an account; staff get the relay text", async () => {
      const foreign = await makeUser(t, "foreign");
      const town = `Partnerstadt ${k}`;
      const offer = await makeOffer(t, foreign.id, staff.id, { town, topics: ["sport", "youth"] });
      const village = await makeRegisterEntry(t, { name: `Zapadlá ${k}`, population: 37 });
      const id = await createContact(
        t.db,
        {
          municipalityId: village,
          offerId: offer,
          message: `Guten Tag aus ${town}.`,
          topics: ["youth"],
        },
        { id: foreign.id, role: "foreign", emailVerified: true },
      );
      const view = async (user: TestUser) =>
        run(routes.contact, "loader", get(`/contacts/${id}`, await cookieOf(user)), {
          id: String(id),
        });
      const forStaff = (await view(staff)).data as {
        relay: { claimUrl: string; text: string; ico: string } | null;
      };
      expect(forStaff.relay?.claimUrl).toMatch(new RegExp(`/signup\\?municipality=${village}$`));
      expect(forStaff.relay?.text).toContain(`zahraniční město ${town}`);
      expect(forStaff.relay?.text).toContain(`Guten Tag aus ${town}.`);
      expect(forStaff.relay?.text).toContain(forStaff.relay!.claimUrl);
      expect(forStaff.relay?.ico).toMatch(/^\d{8}$/);
      // The sender sees none of it.
      expect(((await view(foreign)).data as { relay: unknown }).relay).toBeNull();
    });
  });
});
