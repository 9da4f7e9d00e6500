// The open data (/api/offers, /api/offers/:id, /api/municipalities, /offers.csv,
// /feed.xml) on a real database: the right offers in pages and filters, nothing
// unpublished, and no private value (contact person, e-mail, phone, role, staff
// note, account e-mail) anywhere in any answer, for visitors and signed-in
// users alike: open data is the same for everyone and shared by caches.
import { today } from "~/domain/dates";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createOffer, transitionOffer } from "~/models/offer.server";
import { transitionMunicipality } from "~/models/municipality.server";
import { addStaffNote } from "~/models/staff-note.server";
import {
  OFFER_CSV_COLUMNS,
  type ApiMunicipality,
  type ApiOffer,
} from "~/features/open-data/records";
import { UTF8_BOM } from "~/utils/csv";
import {
  cookieCache,
  makeMunicipality,
  makeOffer,
  makeUser,
  offerInput,
  tag,
  type TestUser,
} from "../support/factories";
import { csvRecords } from "../support/csv";
import { get, useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";
import { child, children, parseXml, textOf, type XmlElement } from "../support/xml";

type Loader = (args: LoaderFunctionArgs) => Promise<Response>;

interface Envelope<T> {
  data: T[];
  page: number;
  per_page: number;
  total: number;
  pages: number;
  links: { self: string; first: string; last: string; prev: string | null; next: string | null };
  attribution?: string;
}

const UNPUBLISHED = [
  "draft",
  "pending",
  "changes_requested",
  "rejected",
  "expired",
  "closed",
  "past_date",
] as const;

describe(`open data on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let foreign: TestUser;
  let cookieOf: ReturnType<typeof cookieCache>;
  const k = tag();
  const published = { pl: 0, de: 0, at: 0 };
  const unpublished = new Map<(typeof UNPUBLISHED)[number], number>();
  const municipalities = { published: 0, pending: 0, rejected: 0 };
  /** Every private value this test planted, with the phone numbers' digits alone. */
  const planted: string[] = [];
  let routes: {
    offers: { loader: Loader };
    offer: { loader: Loader };
    municipalities: { loader: Loader };
    csv: { loader: Loader };
    feed: { loader: Loader };
  };

  async function fetchRoute(
    route: { loader: Loader },
    url: string,
    options: { params?: Record<string, string>; user?: TestUser } = {},
  ): Promise<Response> {
    const cookie = options.user ? await cookieOf(options.user) : undefined;
    return route.loader({ request: get(url, cookie), params: options.params ?? {}, context: {} });
  }

  async function json<T>(route: { loader: Loader }, url: string, params?: Record<string, string>) {
    const response = await fetchRoute(route, url, { params });
    return { status: response.status, body: (await response.json()) as T, response };
  }

  /** The CSV's records; its bytes must start with the UTF-8 BOM (Response.text() would hide it). */
  async function csvOf(response: Response): Promise<Record<string, string>[]> {
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.slice(1).split("\r\n")[0]).toBe(OFFER_CSV_COLUMNS.join(","));
    return csvRecords(text.slice(1));
  }

  /** Every offer of the API, page by page, following the links as a client would. */
  async function allApiOffers(): Promise<ApiOffer[]> {
    const offers: ApiOffer[] = [];
    let url: string | null = "/api/offers?per_page=100";
    while (url) {
      const page: { status: number; body: Envelope<ApiOffer> } = await json<Envelope<ApiOffer>>(
        routes.offers,
        url,
      );
      expect(page.status).toBe(200);
      offers.push(...page.body.data);
      const next: string | null = page.body.links.next;
      url = next ? new URL(next).pathname + new URL(next).search : null;
    }
    return offers;
  }

  function secretsFor(n: string, kind: "o" | "m") {
    const phone = `+420 7${String(Math.floor(Math.random() * 1e8))
      .padStart(8, "0")
      .replace(/(\d{2})(\d{3})(\d{3})/, "$1 $2 $3")}`;
    const secrets = {
      contactName: `Tajná Osoba ${kind}${n}`,
      contactEmail: `tajny-${kind}${n}@secret-${k}.example`,
      contactPhone: phone,
    };
    planted.push(secrets.contactName, secrets.contactEmail, phone, phone.replace(/\D/g, ""));
    return secrets;
  }

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    cookieOf = cookieCache(t);
    staff = await makeUser(t, "staff");
    foreign = await makeUser(t, "foreign", { email: `author-${k}@secret-${k}.example` });
    planted.push(foreign.email);
    routes = {
      offers: (await import("~/routes/api.offers._index")) as { loader: Loader },
      offer: (await import("~/routes/api.offers.$id")) as { loader: Loader },
      municipalities: (await import("~/routes/api.municipalities")) as { loader: Loader },
      csv: (await import("~/routes/offers[.]csv")) as { loader: Loader },
      feed: (await import("~/routes/feed[.]xml")) as { loader: Loader },
    };

    published.pl = await makeOffer(t, foreign.id, staff.id, {
      town: `Wołomin Łuck ${k}`,
      country: "PL",
      region: "Mazowieckie",
      population: 53_000,
      topics: ["culture"],
      languages: ["pl", "cs"],
      description: "Szukamy partnera, może Žďár nad Sázavou.",
      descriptionLang: "pl",
      descriptionCs: "Hledáme partnera — Žďár nad Sázavou, Wołomin, Łuck; čeština „uvnitř“.",
      ...secretsFor("pl", "o"),
    });
    published.de = await makeOffer(t, null, staff.id, {
      town: `Görlitz ${k}`,
      country: "DE",
      population: 8_000,
      topics: ["sport"],
      ...secretsFor("de", "o"),
    });
    published.at = await makeOffer(t, null, staff.id, {
      town: `Gmünd ${k}`,
      country: "AT",
      population: 150_000,
      topics: [],
      openToAnyTopic: true,
      partnerMin: 1_000,
      partnerMax: 5_000,
      ...secretsFor("at", "o"),
    });
    for (const id of Object.values(published)) {
      const note = `Interní poznámka nabídky ${id} ${k}`;
      await addStaffNote(t.db, "offer", id, staff.id, note);
      planted.push(note);
    }

    const system = { user: null, as: "system" as const };
    const asStaff = { user: { id: staff.id, role: "staff" as const }, as: "staff" as const };
    for (const state of UNPUBLISHED) {
      const overrides = {
        town: `Hidden ${state.replace("_", " ")} ${k}`,
        country: "PL",
        topics: ["culture"],
        ...secretsFor(state, "o"),
        ...(state === "past_date" ? { expiresOn: "2020-01-31" } : {}),
      };
      let id: number;
      if (state === "draft") {
        id = await createOffer(t.db, offerInput(overrides), {
          actor: { id: foreign.id, role: "foreign" },
          authorId: foreign.id,
          source: "self",
          sourceDate: null,
          submit: false,
        });
      } else {
        const publish = !["pending", "rejected"].includes(state);
        id = await makeOffer(t, foreign.id, staff.id, overrides, { publish });
        if (state === "changes_requested")
          await transitionOffer(t.db, id, "request_changes", asStaff, "Doplňte prosím text.");
        if (state === "rejected") await transitionOffer(t.db, id, "reject", asStaff, "Duplicitní.");
        if (state === "expired") await transitionOffer(t.db, id, "expire", system);
        if (state === "closed") await transitionOffer(t.db, id, "close", asStaff);
      }
      unpublished.set(state, id);
    }

    const profile = (name: string, kraj: string, n: string) => ({
      name,
      kraj,
      ...secretsFor(n, "m"),
      contactRole: `Tajná funkce ${n} ${k}`,
    });
    municipalities.published = await makeMunicipality(
      t,
      null,
      staff.id,
      profile(`Žďár Opendata ${k}`, "CZ-63", "mp"),
    );
    municipalities.pending = await makeMunicipality(
      t,
      null,
      staff.id,
      profile(`Čekající Opendata ${k}`, "CZ-64", "mq"),
      { approve: false },
    );
    municipalities.rejected = await makeMunicipality(
      t,
      null,
      staff.id,
      profile(`Odmítnutá Opendata ${k}`, "CZ-63", "mr"),
      { approve: false },
    );
    await transitionMunicipality(
      t.db,
      municipalities.rejected,
      "reject",
      { id: staff.id, as: "staff" },
      "Není to obec.",
    );
    for (const n of ["mp", "mq", "mr"]) planted.push(`Tajná funkce ${n} ${k}`);
    for (const id of Object.values(municipalities)) {
      const note = `Interní poznámka obce ${id} ${k}`;
      await addStaffNote(t.db, "municipality", id, staff.id, note);
      planted.push(note);
    }
  });

  afterAll(async () => {
    await t.cleanup();
  });

  describe("GET /api/offers", () => {
    it("lists published offers only, page by page, following the links", async () => {
      const first = await json<Envelope<ApiOffer>>(routes.offers, `/api/offers?q=${k}&per_page=2`);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ page: 1, per_page: 2, total: 3, pages: 2 });
      expect(first.body.data).toHaveLength(2);
      expect(first.body.links.prev).toBeNull();
      const next = new URL(first.body.links.next!);
      expect(next.searchParams.get("q")).toBe(k);
      const second = await json<Envelope<ApiOffer>>(routes.offers, next.pathname + next.search);
      expect(second.body.data).toHaveLength(1);
      expect(second.body.links.next).toBeNull();
      const ids = [...first.body.data, ...second.body.data].map((o) => o.id);
      expect(ids.sort()).toEqual(Object.values(published).sort());
    });

    it("gives every published offer of the database and none other", async () => {
      const offers = await allApiOffers();
      const ids = new Set(offers.map((o) => o.id));
      expect(ids.size).toBe(offers.length);
      const live = await t.db
        .selectFrom("offers")
        .select("id")
        .where("status", "=", "published")
        .where("expires_on", ">=", today())
        .execute();
      expect([...ids].sort()).toEqual(live.map((r) => r.id).sort());
      for (const id of unpublished.values()) expect(ids.has(id)).toBe(false);
      expect(JSON.stringify(offers)).not.toContain("Hidden");
    });

    it.each([
      ["country=PL", ["pl"]],
      ["country=pl&country=DE", ["pl", "de"]],
      ["topic=sport", ["de", "at"]], // Gmünd is open to any topic
      ["topic=culture", ["pl", "at"]],
      ["population=3000", ["pl", "de", "at"]], // only Gmünd wishes a size, 1,000–5,000
      ["population=50000", ["pl", "de"]],
      ["size=gt100k", ["at"]],
      ["size=5k-20k", ["de"]],
      ["q=zdar%20nad%20sazavou", ["pl"]],
    ] as const)("filters as /offers does: %s", async (query, expected) => {
      // Every query is narrowed to this test's offers by their tag (q words must all match).
      const url = query.startsWith("q=")
        ? `/api/offers?q=${k}%20${query.slice(2)}`
        : `/api/offers?q=${k}&${query}`;
      const { status, body } = await json<Envelope<ApiOffer>>(routes.offers, url);
      expect(status).toBe(200);
      expect(body.data.map((o) => o.id).sort()).toEqual(
        expected.map((key) => published[key]).sort(),
      );
      expect(body.total).toBe(expected.length);
    });

    it("describes an offer with the documented fields and absolute links", async () => {
      const { body } = await json<Envelope<ApiOffer>>(routes.offers, `/api/offers?q=gmund%20${k}`);
      expect(body.data).toHaveLength(1);
      const offer = body.data[0]!;
      expect(Object.keys(offer)).toEqual([...OFFER_CSV_COLUMNS]);
      expect(offer).toMatchObject({
        id: published.at,
        url: `http://localhost/offers/${published.at}`,
        town: `Gmünd ${k}`,
        country: "AT",
        population: 150_000,
        topics: [],
        open_to_any_topic: true,
        partner_population_min: 1_000,
        partner_population_max: 5_000,
        expires_on: "2099-12-31",
        source: "news",
        is_demo: false,
      });
      expect(offer.published_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    it.each([
      ["page=0", ["page"]],
      ["page=abc", ["page"]],
      ["per_page=101", ["per_page"]],
      ["per_page=-5&page=2.5", ["page", "per_page"]],
      ["population=abc", ["population"]],
      ["country=XX&country=PL", ["country"]],
      ["topic=nonsense", ["topic"]],
      ["size=huge", ["size"]],
    ])("answers %s with 400 and field errors, not a 500", async (query, fields) => {
      const { status, body, response } = await json<{ errors: Record<string, string> }>(
        routes.offers,
        `/api/offers?${query}`,
      );
      expect(status).toBe(400);
      expect(Object.keys(body.errors).sort()).toEqual([...fields].sort());
      for (const message of Object.values(body.errors)) expect(message.length).toBeGreaterThan(5);
      expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("Cache-Control")).toBe("no-store");
    });

    it("answers errors in English with ?lang=en and ignores blank form fields", async () => {
      const en = await json<{ errors: Record<string, string> }>(
        routes.offers,
        "/api/offers?lang=en&per_page=0",
      );
      expect(en.body.errors.per_page).toMatch(/whole number from 1 to 100/);
      const blank = await json<Envelope<ApiOffer>>(
        routes.offers,
        "/api/offers?q=&country=&topic=&population=&size=&page=&per_page=",
      );
      expect(blank.status).toBe(200);
      expect(blank.body.per_page).toBe(20);
    });
  });

  describe("GET /api/offers/:id", () => {
    it("gives a published offer", async () => {
      const { status, body } = await json<{ data: ApiOffer }>(routes.offer, "/api/offers/x", {
        id: String(published.pl),
      });
      expect(status).toBe(200);
      expect(body.data).toMatchObject({ id: published.pl, town: `Wołomin Łuck ${k}` });
      expect(body.data.description_cs).toContain("Žďár nad Sázavou");
    });

    it("answers every unpublished offer exactly as an unknown one (404)", async () => {
      const unknown = await fetchRoute(routes.offer, "/api/offers/x", {
        params: { id: "2000000000" },
      });
      expect(unknown.status).toBe(404);
      const unknownBody = await unknown.text();
      expect(JSON.parse(unknownBody)).toEqual({ errors: { id: expect.any(String) } });
      for (const [state, id] of unpublished) {
        // Its own author and staff get the same answer: the API has no private view.
        for (const user of [undefined, foreign, staff]) {
          const response = await fetchRoute(routes.offer, "/api/offers/x", {
            params: { id: String(id) },
            user,
          });
          expect(response.status, `${state} for ${user?.role ?? "visitor"}`).toBe(404);
          expect(await response.text()).toBe(unknownBody);
        }
      }
      for (const id of ["abc", "0", "-1", "1.5", "99999999999"]) {
        const response = await fetchRoute(routes.offer, "/api/offers/x", { params: { id } });
        expect(response.status).toBe(404);
      }
    });
  });

  describe("GET /api/municipalities", () => {
    it("lists every municipality by Czech name order, a rejected profile as official data only", async () => {
      const { body } = await json<Envelope<ApiMunicipality>>(
        routes.municipalities,
        `/api/municipalities?q=opendata%20${k}`,
      );
      // Sorted by name in Czech: Č before O before Ž.
      expect(body.data.map((m) => m.name)).toEqual([
        `Čekající Opendata ${k}`,
        `Odmítnutá Opendata ${k}`,
        `Žďár Opendata ${k}`,
      ]);
      expect(body.attribution).toContain("ČÚZK");
      expect(body.data[2]).toMatchObject({
        id: municipalities.published,
        kraj: "CZ-63",
        url: `http://localhost/municipalities/${municipalities.published}`,
        has_profile: true,
        // Approving the texts is not verifying an owner (there is none).
        verified: false,
        profile: { interests: ["culture", "heritage"] },
      });
      expect(body.data[1]).toMatchObject({
        id: municipalities.rejected,
        has_profile: false,
        profile: null,
        partnerships: [],
      });
      expect(body.data[1]?.code).toMatch(/^\d{6}$/);
    });

    it("filters by kraj, profile and name without diacritics", async () => {
      const vysocina = await json<Envelope<ApiMunicipality>>(
        routes.municipalities,
        `/api/municipalities?kraj=cz-63&q=${k}`,
      );
      expect(vysocina.body.data.map((m) => m.id)).toEqual([
        municipalities.rejected,
        municipalities.published,
      ]);
      const withProfile = await json<Envelope<ApiMunicipality>>(
        routes.municipalities,
        `/api/municipalities?kraj=CZ-63&profile=1&q=${k}`,
      );
      expect(withProfile.body.data.map((m) => m.id)).toEqual([municipalities.published]);
      const folded = await json<Envelope<ApiMunicipality>>(
        routes.municipalities,
        `/api/municipalities?q=ZDAR%20opendata%20${k}`,
      );
      expect(folded.body.data.map((m) => m.id)).toEqual([municipalities.published]);
      const seeded = await json<Envelope<ApiMunicipality>>(
        routes.municipalities,
        "/api/municipalities?kraj=CZ-64&per_page=100",
      );
      expect(seeded.body.total).toBeGreaterThanOrEqual(672);
      for (const m of seeded.body.data) expect(m.kraj).toBe("CZ-64");
    });

    it("pages through every municipality of the register", async () => {
      const all = await json<Envelope<ApiMunicipality>>(
        routes.municipalities,
        "/api/municipalities?per_page=100",
      );
      const rows = await t.db
        .selectFrom("municipalities")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("code", "is not", null)
        .executeTakeFirstOrThrow();
      expect(all.body.total).toBe(Number(rows.n));
      expect(all.body.total).toBeGreaterThanOrEqual(6_254);
      const small = await json<Envelope<ApiMunicipality>>(
        routes.municipalities,
        "/api/municipalities?per_page=7&page=2",
      );
      expect(small.body.data.map((m) => m.id)).toEqual(all.body.data.slice(7, 14).map((m) => m.id));
    });

    it.each([
      ["kraj=CZ-99", ["kraj"]],
      ["kraj=Vysočina&page=x", ["kraj", "page"]],
      ["size=huge&kind=vesnice&sort=random&okres=Brno", ["kind", "okres", "size", "sort"]],
    ])("answers %s with 400", async (query, fields) => {
      const { status, body } = await json<{ errors: Record<string, string> }>(
        routes.municipalities,
        `/api/municipalities?${query}`,
      );
      expect(status).toBe(400);
      expect(Object.keys(body.errors).sort()).toEqual([...fields].sort());
    });
  });

  it("sends open-data headers on every endpoint", async () => {
    const answers: [Response, string][] = [
      [await fetchRoute(routes.offers, "/api/offers"), "application/json; charset=utf-8"],
      [
        await fetchRoute(routes.offer, "/api/offers/x", { params: { id: String(published.pl) } }),
        "application/json; charset=utf-8",
      ],
      [
        await fetchRoute(routes.municipalities, "/api/municipalities"),
        "application/json; charset=utf-8",
      ],
      [await fetchRoute(routes.csv, "/offers.csv"), "text/csv; charset=utf-8"],
      [await fetchRoute(routes.feed, "/feed.xml"), "application/atom+xml; charset=utf-8"],
    ];
    for (const [response, type] of answers) {
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe(type);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    }
  });

  describe("/offers.csv", () => {
    it("starts with the BOM and holds every matching published offer, Czech and Polish intact", async () => {
      const response = await fetchRoute(routes.csv, "/offers.csv");
      expect(response.headers.get("Content-Disposition")).toMatch(
        /^attachment; filename="spolu-offers-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const records = await csvOf(response);
      // Not paginated: every published offer, as many as the API counts.
      expect(records.map((r) => Number(r.id)).sort()).toEqual(
        (await allApiOffers()).map((o) => o.id).sort(),
      );
      const mine = records.find((r) => Number(r.id) === published.pl)!;
      expect(mine.town).toBe(`Wołomin Łuck ${k}`);
      expect(mine.description_cs).toBe(
        "Hledáme partnera — Žďár nad Sázavou, Wołomin, Łuck; čeština „uvnitř“.",
      );
      expect(mine.languages).toBe("pl|cs");
      expect(mine.url).toBe(`http://localhost/offers/${published.pl}`);
      expect(records.some((r) => r.town === "Kłodzko")).toBe(true);
    });

    it("applies the /offers filters, ignoring what the page ignores", async () => {
      const sport = await csvOf(
        await fetchRoute(routes.csv, `/offers.csv?q=${k}&topic=sport&page=3`),
      );
      expect(sport.map((r) => Number(r.id)).sort()).toEqual([published.de, published.at].sort());
      const lenient = await fetchRoute(routes.csv, `/offers.csv?q=${k}&country=XX&population=abc`);
      expect(lenient.status).toBe(200);
      expect(await csvOf(lenient)).toHaveLength(3);
    });
  });

  describe("/offers.csv?format=excel", () => {
    it("is the same file for Czech Excel: semicolons, decimal commas, a name of its own", async () => {
      const plain = await csvOf(await fetchRoute(routes.csv, `/offers.csv?q=${k}`));
      const response = await fetchRoute(routes.csv, `/offers.csv?q=${k}&format=excel`);
      expect(response.headers.get("Content-Disposition")).toMatch(
        /^attachment; filename="spolu-offers-\d{4}-\d{2}-\d{2}-excel\.csv"$/,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
      expect(text.split("\r\n")[0]).toBe(OFFER_CSV_COLUMNS.join(";"));
      const excel = csvRecords(text, ";");
      expect(excel).toHaveLength(plain.length);
      const mine = excel.find((r) => Number(r.id) === published.pl)!;
      const same = plain.find((r) => Number(r.id) === published.pl)!;
      expect(mine.description_cs).toBe(same.description_cs);
      expect(mine.town).toBe(same.town);
      // Coordinates with a decimal comma, the same number.
      expect(mine.lat).toMatch(/^\d+,\d+$/);
      expect(Number(mine.lat!.replace(",", "."))).toBe(Number(same.lat));
    });
  });

  describe("/feed.xml", () => {
    function entryIds(feed: XmlElement): string[] {
      return children(feed, "entry").map((e) => textOf(child(e, "id")));
    }

    it("is well-formed Atom with one entry per published offer, newest first", async () => {
      const response = await fetchRoute(routes.feed, "/feed.xml");
      const feed = parseXml(await response.text());
      expect(feed.name).toBe("feed");
      expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
      expect(feed.attributes["xml:lang"]).toBe("cs");
      expect(textOf(child(feed, "id"))).toBe("http://localhost/feed.xml");
      expect(textOf(child(feed, "title"))).toBe("Spolu — nové nabídky partnerství");
      const updated = textOf(child(feed, "updated"));
      expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const self = children(feed, "link").find((l) => l.attributes.rel === "self");
      expect(self?.attributes.href).toBe("http://localhost/feed.xml");

      const offers = await allApiOffers();
      expect(offers.length).toBeLessThanOrEqual(50); // the feed's size: all of them here
      const ids = entryIds(feed);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(offers.map((o) => o.url).sort());
      for (const entry of children(feed, "entry")) {
        expect(textOf(child(entry, "title")).length).toBeGreaterThan(0);
        expect(textOf(child(entry, "updated"))).toMatch(/Z$/);
        expect(child(entry, "link").attributes.href).toMatch(/^http:\/\/localhost\/offers\/\d+$/);
        expect(textOf(child(entry, "updated")) <= updated).toBe(true);
      }
      const mine = children(feed, "entry").find(
        (e) => textOf(child(e, "id")) === `http://localhost/offers/${published.pl}`,
      )!;
      expect(textOf(child(mine, "title"))).toBe(
        `Wołomin Łuck ${k} (Polsko) hledá partnerskou obec`,
      );
      expect(textOf(child(mine, "summary"))).toContain("Žďár nad Sázavou");
      expect(child(mine, "category").attributes).toEqual({ term: "culture", label: "Kultura" });
      for (const id of unpublished.values())
        expect(ids).not.toContain(`http://localhost/offers/${id}`);
    });

    it("speaks English with ?lang=en, with the same entry ids", async () => {
      const cs = parseXml(await (await fetchRoute(routes.feed, "/feed.xml")).text());
      const en = parseXml(await (await fetchRoute(routes.feed, "/feed.xml?lang=en")).text());
      expect(en.attributes["xml:lang"]).toBe("en");
      expect(textOf(child(en, "title"))).toBe("Spolu — new partnership requests");
      expect(entryIds(en)).toEqual(entryIds(cs));
      const mine = children(en, "entry").find(
        (e) => textOf(child(e, "id")) === `http://localhost/offers/${published.pl}`,
      )!;
      expect(textOf(child(mine, "title"))).toBe(
        `Wołomin Łuck ${k} (Poland) is looking for a partner municipality`,
      );
      expect(child(mine, "link").attributes.href).toBe(
        `http://localhost/offers/${published.pl}?lang=en`,
      );
    });
  });

  it("never shows a private value, to anyone, in any open-data answer", async () => {
    // Everything private in the database, seeded or planted: contacts, account e-mails, notes.
    const [offerRows, profileRows, users, notes] = await Promise.all([
      t.db
        .selectFrom("offers")
        .select(["contact_name", "contact_email", "contact_phone"])
        .execute(),
      t.db
        .selectFrom("municipalities")
        .select(["contact_name", "contact_email", "contact_phone"])
        .execute(),
      t.db.selectFrom("users").select("email").execute(),
      t.db.selectFrom("staff_notes").select("body").execute(),
    ]);
    const secrets = new Set(
      [
        ...planted,
        ...[...offerRows, ...profileRows].flatMap((r) => [
          r.contact_name,
          r.contact_email,
          r.contact_phone,
        ]),
        ...users.map((u) => u.email),
        ...notes.map((n) => n.body),
      ].filter((s): s is string => !!s && s.length >= 6),
    );
    expect(secrets.size).toBeGreaterThan(100); // the seed's contacts are in the sweep too
    expect(secrets).toContain(`tajny-opl@secret-${k}.example`);

    const offerIds = [...Object.values(published), ...unpublished.values()];
    const requests: [{ loader: Loader }, string, Record<string, string>?][] = [
      [routes.offers, "/api/offers?per_page=100"],
      [routes.offers, `/api/offers?q=${k}`],
      ...offerIds.map((id): [{ loader: Loader }, string, Record<string, string>] => [
        routes.offer,
        "/api/offers/x",
        { id: String(id) },
      ]),
      [routes.municipalities, "/api/municipalities?per_page=100"],
      [routes.municipalities, `/api/municipalities?q=${k}`],
      [routes.csv, "/offers.csv"],
      [routes.feed, "/feed.xml"],
      [routes.feed, "/feed.xml?lang=en"],
    ];
    const pages = await allApiOffers();
    expect(pages.length).toBeGreaterThan(40);
    for (const [route, url, params] of requests) {
      const visitor = await (await fetchRoute(route, url, { params })).text();
      // What staff or the author get is the very same text: no private view, nothing to cache wrongly.
      for (const user of [foreign, staff]) {
        const signedIn = await (await fetchRoute(route, url, { params, user })).text();
        expect(signedIn, `${url} for ${user.role}`).toBe(visitor);
      }
      // XML escapes quotes and apostrophes; the feed's text is read back to compare like with like.
      const readable = url.startsWith("/feed.xml") ? textOfDocument(parseXml(visitor)) : visitor;
      for (const secret of secrets) {
        expect(visitor.includes(secret), `${secret} in ${url}`).toBe(false);
        expect(readable.includes(secret), `${secret} in ${url}`).toBe(false);
      }
      for (const field of ["contact", "phone", "email", "note", "author", "owner"]) {
        if (!url.startsWith("/feed.xml"))
          expect(visitor, `field ${field} in ${url}`).not.toMatch(
            new RegExp(`"${field}\\w*"|\\b${field}_\\w+,`),
          );
      }
    }
  });
});

/** Every text and attribute value of a document, for searching. */
function textOfDocument(element: XmlElement): string {
  return [
    ...Object.values(element.attributes),
    ...element.children.map((c) => (typeof c === "string" ? c : textOfDocument(c))),
  ].join("\n");
}
