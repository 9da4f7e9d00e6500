// Funding calls end to end on the server: staff forms (refusals write nothing),
// /funding's sections and filters, the calls that fit a pair on an offer page
// and a contact thread, and the iCalendar feed checked by parsing it.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pragueDay } from "~/domain/dates";
import type * as ApiEventsRoute from "~/routes/api.events";
import type * as ApiFundingRoute from "~/routes/api.funding";
import type * as AdminCallRoute from "~/routes/admin.funding.calls.$id";
import type * as AdminEventRoute from "~/routes/admin.funding.events.$id";
import type * as AdminListRoute from "~/routes/admin.funding._index";
import type * as ContactRoute from "~/routes/contacts.$id";
import type * as FundingRoute from "~/routes/funding";
import type * as MatchesRoute from "~/routes/matches";
import type * as IcsRoute from "~/routes/funding[.]ics";
import type * as OfferRoute from "~/routes/offers.$id";
import { createContact } from "~/models/contact.server";
import {
  addDays,
  cookieCache,
  makeMunicipality,
  makeOffer,
  makeUser,
  tag,
  type TestUser,
} from "../support/factories";
import { get, post, useTestDatabase, call, errorsOf } from "../support/routes";
import { toCount } from "../../db/dialect";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

type Card = { id: number; title: string; state: string; stateText: string };
type Fits = {
  pairLabel: string;
  calls: { id: number; title: string; checks: { text: string }[] }[];
};

describe(`funding calls on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let mayor: TestUser;
  let foreign: TestUser;
  let cookie: (user: TestUser | null) => Promise<string | undefined>;
  let routes: {
    api: typeof ApiFundingRoute;
    apiEvents: typeof ApiEventsRoute;
    call: typeof AdminCallRoute;
    event: typeof AdminEventRoute;
    list: typeof AdminListRoute;
    contact: typeof ContactRoute;
    funding: typeof FundingRoute;
    matches: typeof MatchesRoute;
    ics: typeof IcsRoute;
    offer: typeof OfferRoute;
  };
  const today = pragueDay();
  // A call open now for Czech–Polish pairs only: it must fit Wołomin and not Lutsk.
  // The staff-form tests save (and remove again) calls of these fields themselves.
  const polishCall = {
    programme: "Test programme",
    titleCs: "Česko-polská výzva Žďár",
    titleEn: "Czech–Polish call",
    summaryCs: "Shrnutí",
    summaryEn: "Summary",
    url: "https://example.org/call",
    opensOn: addDays(today, -10),
    deadline: addDays(today, 20),
    themes: ["culture"],
    applicantTypes: ["municipality"],
    leadCountries: "cz",
    partnerCountries: "PL",
    minCountries: "2",
  };
  // The same call as every listing, feed and pair below sees it, saved once before them
  // all (its own English title, so the form tests' copies never meet it).
  const listedCall = { ...polishCall, titleEn: "Czech–Polish call (listed)" };

  const countCalls = async () =>
    toCount(
      (
        await t.db
          .selectFrom("funding_calls")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** Removes the calls a test saved (by their English titles), so no other test sees them. */
  const removeCalls = async (...titlesEn: string[]) => {
    await t.db.deleteFrom("funding_calls").where("title_en", "in", titlesEn).execute();
  };
  const offerId = async (town: string) =>
    (
      await t.db
        .selectFrom("offers")
        .select("id")
        .where("town", "=", town)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    staff = await makeUser(t, "staff");
    mayor = await makeUser(t, "mayor", { name: "Starostka" });
    foreign = await makeUser(t, "foreign");
    cookie = cookieCache(t);
    routes = {
      api: await import("~/routes/api.funding"),
      apiEvents: await import("~/routes/api.events"),
      call: await import("~/routes/admin.funding.calls.$id"),
      event: await import("~/routes/admin.funding.events.$id"),
      list: await import("~/routes/admin.funding._index"),
      contact: await import("~/routes/contacts.$id"),
      funding: await import("~/routes/funding"),
      matches: await import("~/routes/matches"),
      ics: await import("~/routes/funding[.]ics"),
      offer: await import("~/routes/offers.$id"),
    };
    const saved = await call(
      routes.call.action,
      post("/admin/funding/calls/new", listedCall, await cookie(staff)),
      { id: "new" },
    );
    expect(saved.status).toBe(302);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  describe("staff forms", () => {
    it("refuses mayors, foreign towns and visitors, and writes nothing", async () => {
      const before = await countCalls();
      for (const user of [mayor, foreign, null]) {
        const c = await cookie(user);
        const load = await call(routes.list.loader, get("/admin/funding", c));
        expect(load.status === 403 || load.location?.startsWith("/login")).toBe(true);
        const save = await call(
          routes.call.action,
          post("/admin/funding/calls/new", polishCall, c),
          { id: "new" },
        );
        expect(save.status === 403 || save.location?.startsWith("/login")).toBe(true);
      }
      expect(await countCalls()).toBe(before);
    });

    it.each([
      [{ titleCs: "" }, "titleCs"],
      [{ leadCountries: "CZ, XX" }, "leadCountries"],
      [{ deadline: addDays(today, -20) }, "deadline"],
      [{ deadline: "2026-02-30" }, "deadline"],
      [{ url: "javascript:alert(1)" }, "url"],
      [{ minCountries: "eleven" }, "minCountries"],
      [{ regions: "atlantis" }, "regions"],
      [{ applicantTypes: "robots" }, "applicantTypes"],
      [{ themes: "gardening" }, "themes"],
      [{ titleEn: "x".repeat(301) }, "titleEn"],
    ])("answers %j with a field error and writes nothing", async (change, field) => {
      const before = await countCalls();
      const result = await call(
        routes.call.action,
        post("/admin/funding/calls/new", { ...polishCall, ...change }, await cookie(staff)),
        { id: "new" },
      );
      expect(result.status).toBe(400);
      expect(Object.keys(errorsOf(result))).toContain(field);
      expect(await countCalls()).toBe(before);
    });

    it("saves a call with its rules as data", async () => {
      try {
        const result = await call(
          routes.call.action,
          post("/admin/funding/calls/new", polishCall, await cookie(staff)),
          { id: "new" },
        );
        expect(result.status).toBe(302);
        expect(result.location).toBe("/admin/funding");
        const row = await t.db
          .selectFrom("funding_calls")
          .selectAll()
          .where("title_en", "=", "Czech–Polish call")
          .executeTakeFirstOrThrow();
        expect(JSON.parse(row.rules)).toEqual({
          leadCountries: ["CZ"],
          partnerCountries: ["PL"],
          euMember: false,
          regions: [],
          minCountries: 2,
          applicantTypes: ["municipality"],
        });
        expect(row.slug).toBe("test-programme-czech-polish-call");
        expect(row.deadline).toBe(polishCall.deadline);
      } finally {
        await removeCalls("Czech–Polish call");
      }
    });

    it("edits a call, refuses a bad edit, and a missing id is 404", async () => {
      // A call of its own to edit, removed again at the end.
      const own = { ...polishCall, titleEn: `Czech–Polish call ${tag()}` };
      try {
        const created = await call(
          routes.call.action,
          post("/admin/funding/calls/new", own, await cookie(staff)),
          { id: "new" },
        );
        expect(created.status).toBe(302);
        const id = (
          await t.db
            .selectFrom("funding_calls")
            .select("id")
            .where("title_en", "=", own.titleEn)
            .executeTakeFirstOrThrow()
        ).id;
        const load = await call(
          routes.call.loader,
          get(`/admin/funding/calls/${id}`, await cookie(staff)),
          { id: String(id) },
        );
        expect((load.data as { values: Record<string, unknown> }).values).toMatchObject({
          leadCountries: "CZ",
          partnerCountries: "PL",
          minCountries: "2",
        });
        const staffCookie = await cookie(staff);
        const edit = (fields: Record<string, string>) =>
          call(
            routes.call.action,
            post(`/admin/funding/calls/${id}`, { ...own, ...fields }, staffCookie),
            { id: String(id) },
          );
        expect((await edit({ summaryEn: "Edited", euMember: "on" })).status).toBe(302);
        const edited = await t.db
          .selectFrom("funding_calls")
          .select(["summary_en", "rules"])
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
        expect(edited.summary_en).toBe("Edited");
        expect(JSON.parse(edited.rules)).toMatchObject({
          euMember: true,
          partnerCountries: ["PL"],
        });
        // A refused edit leaves the stored call as it was.
        expect((await edit({ summaryEn: "Lost", partnerCountries: "PL, ZZ" })).status).toBe(400);
        expect(
          (
            await t.db
              .selectFrom("funding_calls")
              .select("summary_en")
              .where("id", "=", id)
              .executeTakeFirstOrThrow()
          ).summary_en,
        ).toBe("Edited");
        expect((await edit({})).status).toBe(302);
        const missing = await call(
          routes.call.action,
          post("/admin/funding/calls/99999", polishCall, await cookie(staff)),
          { id: "99999" },
        );
        expect(missing.status).toBe(404);
      } finally {
        await removeCalls(own.titleEn);
      }
    });

    it("deletes an event only when asked to, and refuses a bad one", async () => {
      const event = {
        titleCs: "Fórum měst",
        titleEn: "Town forum",
        startsOn: addDays(today, 30),
        endsOn: addDays(today, 29),
        city: "Kraków",
        country: "PL",
      };
      const staffCookie = await cookie(staff);
      const refused = await call(
        routes.event.action,
        post("/admin/funding/events/new", event, staffCookie),
        { id: "new" },
      );
      expect(refused.status).toBe(400);
      expect(Object.keys(errorsOf(refused))).toEqual(["endsOn"]);
      const saved = await call(
        routes.event.action,
        post("/admin/funding/events/new", { ...event, endsOn: addDays(today, 31) }, staffCookie),
        { id: "new" },
      );
      expect(saved.status).toBe(302);
      const row = await t.db
        .selectFrom("events")
        .selectAll()
        .where("title_en", "=", "Town forum")
        .executeTakeFirstOrThrow();
      const deleted = await call(
        routes.event.action,
        post(`/admin/funding/events/${row.id}`, { intent: "delete" }, staffCookie),
        { id: String(row.id) },
      );
      expect(deleted.status).toBe(302);
      expect(
        await t.db.selectFrom("events").select("id").where("id", "=", row.id).executeTakeFirst(),
      ).toBeUndefined();
    });
  });

  describe("/funding", () => {
    const load = async (query = "") =>
      (await call(routes.funding.loader, get(`/funding${query}`))).data as {
        open: Card[];
        archive: Card[];
        archiveTotal: number;
      };

    it("lists open calls first and keeps the 2020 calls in the archive", async () => {
      const page = await load();
      expect(page.open.map((c) => c.title)).toEqual([
        "Česko-polská výzva Žďár",
        "Europe Goes Local: podpora práce s mládeží na místní úrovni, nově také v ČR",
      ]);
      expect(page.open[0]?.stateText).toMatch(/zbývá 20 dní\.$/);
      expect(page.archive.map((c) => c.state)).toEqual(["closed", "closed", "closed"]);
      expect(page.archive[0]?.stateText).toBe("Uzavřeno: termín byl 25. června 2020.");
    });

    it("filters by partner country", async () => {
      const norway = await load("?country=NO");
      expect(norway.open.map((c) => c.title)).not.toContain("Česko-polská výzva Žďár");
      expect(norway.archive.map((c) => c.title)).toContain(
        "Norské fondy: druhá otevřená výzva Fondu pro bilaterální vztahy",
      );
      const poland = await load("?country=PL");
      expect(poland.open.map((c) => c.title)).toContain("Česko-polská výzva Žďár");
      expect(poland.archive.map((c) => c.title)).not.toContain(
        "Norské fondy: druhá otevřená výzva Fondu pro bilaterální vztahy",
      );
    });

    it("filters by theme, counting calls without themes as open to any", async () => {
      const youth = await load("?topic=youth");
      expect(youth.open.map((c) => c.title)).toEqual([
        "Europe Goes Local: podpora práce s mládeží na místní úrovni, nově také v ČR",
      ]);
      expect(youth.archive.map((c) => c.title)).toContain(
        "Norské fondy: druhá otevřená výzva Fondu pro bilaterální vztahy",
      );
    });

    it("ignores a hand-edited filter instead of failing", async () => {
      const result = await call(
        routes.funding.loader,
        get("/funding?country=XX&topic=<b>&page=-1"),
      );
      expect(result.status).toBe(200);
    });
  });

  describe("calls that fit a pair", () => {
    it("an offer page shows the Czech–Polish call for Wołomin, with reasons, but not for Lutsk", async () => {
      const fitsOf = async (town: string) =>
        (
          (
            await call(routes.offer.loader, get(`/offers/${await offerId(town)}`), {
              id: String(await offerId(town)),
            })
          ).data as { fits: Fits }
        ).fits;
      const wolomin = await fitsOf("Wołomin");
      expect(wolomin.pairLabel).toBe("Česká obec + Wołomin");
      const polish = wolomin.calls.find((c) => c.title === "Česko-polská výzva Žďár");
      expect(polish?.checks.map((c) => c.text)).toContain(
        "Wołomin (PL): partner ze země Polsko, podmínka splněna.",
      );
      const lutsk = await fitsOf("Lutsk");
      expect(lutsk.calls.map((c) => c.title)).not.toContain("Česko-polská výzva Žďár");
      // Closed calls are not offered to a pair.
      expect(lutsk.calls.map((c) => c.title)).not.toContain(
        "EUKI: mezinárodní projekty na zmírnění dopadů klimatických změn a posílení spolupráce v Evropě",
      );
    });

    it("a contact thread names the two towns and their calls", async () => {
      // A mayor of its own, whose municipality writes to a Polish town.
      const ownMayor = await makeUser(t, "mayor", { name: "Starostka" });
      const municipalityId = await makeMunicipality(t, ownMayor.id, staff.id, {
        name: "Horní Lhota",
      });
      const offer = await makeOffer(t, foreign.id, staff.id, {
        town: "Opole",
        country: "PL",
      });
      const contactId = await createContact(
        t.db,
        {
          municipalityId,
          offerId: offer,
          message: "Dobrý den, rádi bychom spolupracovali na kultuře.",
          topics: ["culture"],
        },
        { id: ownMayor.id, role: "mayor", emailVerified: true },
      );
      const result = await call(
        routes.contact.loader,
        get(`/contacts/${contactId}`, await cookie(ownMayor)),
        { id: String(contactId) },
      );
      const fits = (result.data as { fits: Fits }).fits;
      expect(fits.pairLabel).toBe("Horní Lhota + Opole");
      expect(fits.calls.find((c) => c.title === "Česko-polská výzva Žďár")?.checks[1]?.text).toBe(
        "Horní Lhota (CZ) může podat žádost (země žadatele: Česko): podmínka splněna.",
      );
    });

    it("ranked matches name the open calls of each pair", async () => {
      // A mayor of its own with a published profile: the ranking is of their municipality.
      const ownMayor = await makeUser(t, "mayor", { name: "Starosta" });
      await makeMunicipality(t, ownMayor.id, staff.id, { name: `Obec ${tag()}` });
      const items = async (country: string) =>
        (
          (
            await call(
              routes.matches.loader,
              get(`/matches?country=${country}`, await cookie(ownMayor)),
            )
          ).data as { items: { town: string; funding: string[] }[] }
        ).items;
      const polish = await items("PL");
      expect(polish.length).toBeGreaterThan(0);
      for (const item of polish) expect(item.funding).toContain("Česko-polská výzva Žďár");
      const ukrainian = await items("UA");
      // Lutsk, as a Czech reader knows it.
      expect(ukrainian.map((i) => i.town)).toContain("Luck (Луцьк)");
      for (const item of ukrainian) expect(item.funding).not.toContain("Česko-polská výzva Žďár");
    });
  });

  describe("/funding.ics", () => {
    it("is a valid calendar of every deadline and event", async () => {
      const response = await call(routes.ics.loader, get("/funding.ics"));
      expect(response.status).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(response.text));
      const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      const calls = await t.db.selectFrom("funding_calls").select(["deadline", "slug"]).execute();
      const stored = await t.db.selectFrom("events").select("slug").execute();
      expect(events).toHaveLength(calls.filter((c) => c.deadline).length + stored.length);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

      const norway = events.find((e) => e.uid === "call-norway-grants-bilateral-fund-2020@spolu");
      expect(norway?.summary).toBe(
        "Uzávěrka: Norské fondy: druhá otevřená výzva Fondu pro bilaterální vztahy",
      );
      expect(norway?.startDate.toString()).toBe("2020-06-25");
      expect(norway?.startDate.isDate).toBe(true);

      const innsbruck = events.find((e) => e.uid === "event-cemr-congress-innsbruck-2020@spolu");
      expect(innsbruck?.startDate.toString()).toBe("2020-05-06");
      // DTEND of an all-day event is exclusive: the congress ends on 8 May.
      expect(innsbruck?.endDate.toString()).toBe("2020-05-09");
      expect(innsbruck?.location).toBe("Innsbruck, Rakousko");
      // Long Czech text is folded and unfolded intact.
      const euki = events.find((e) => e.uid === "call-euki-2020@spolu");
      expect(euki?.description).toContain("Místní samosprávy, neziskové organizace, veřejné");
    });

    it("speaks English with ?lang=en", async () => {
      const response = await call(routes.ics.loader, get("/funding.ics?lang=en"));
      const calendar = new ICAL.Component(ICAL.parse(response.text));
      expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(
        "Spolu: funding calls and events",
      );
      expect(response.text).toContain("SUMMARY:Deadline: Norway Grants");
    });
  });

  describe("/api/funding and /api/events", () => {
    type ApiCall = { slug: string; state: string; days_left: number | null; rules: object };
    const api = async (query: string) => {
      const result = await call(routes.api.loader, get(`/api/funding${query}`));
      return { ...result, body: result.data as { data: ApiCall[]; total: number } };
    };

    it("lists calls open first, with their rules in stable names", async () => {
      const { status, body } = await api("");
      expect(status).toBe(200);
      expect(body.data.map((c) => c.state)).toEqual(["open", "open", "closed", "closed", "closed"]);
      expect(body.data[0]).toMatchObject({ state: "open", days_left: 20 });
      const norway = body.data.find((c) => c.slug === "norway-grants-bilateral-fund-2020");
      expect(norway?.rules).toEqual({
        applicant_countries: ["CZ"],
        partner_countries: ["NO"],
        eu_member_required: false,
        regions: [],
        min_countries: 2,
        applicant_types: [],
      });
    });

    it("filters by state and partner country", async () => {
      const closedNorway = await api("?state=closed&country=no");
      expect(closedNorway.body.data.map((c) => c.slug)).toEqual([
        "norway-grants-bilateral-fund-2020",
      ]);
      const poland = await api("?country=PL");
      expect(poland.body.data.map((c) => c.slug)).not.toContain(
        "norway-grants-bilateral-fund-2020",
      );
      expect(poland.body.data.map((c) => c.slug)).toContain("euki-2020");
    });

    it("answers bad parameters with 400 and one message each", async () => {
      const result = await api("?state=soon&topic=gardening&country=XX&per_page=1000");
      expect(result.status).toBe(400);
      expect(Object.keys((result.data as { errors: object }).errors).sort()).toEqual([
        "country",
        "per_page",
        "state",
        "topic",
      ]);
    });

    it("lists past events and refuses an unknown `when`", async () => {
      const past = await call(routes.apiEvents.loader, get("/api/events?when=past"));
      const slugs = (past.data as { data: { slug: string }[] }).data.map((e) => e.slug);
      expect(slugs).toEqual(["cemr-congress-innsbruck-2020", "historic-cities-forum-ryazan-2020"]);
      const bad = await call(routes.apiEvents.loader, get("/api/events?when=tomorrow"));
      expect(bad.status).toBe(400);
    });
  });
});
