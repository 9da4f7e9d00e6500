// The map on the real database: what it selects (the same offers as /offers),
// the compact data and its ETag, the mayor's scores and the popup's reason,
// partnership lines from GeoNames places, that no contact ever reaches it, and the
// lists beside the map, which page through everything 20 at a time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as FitRoute from "~/routes/api.fit";
import type * as MapDataRoute from "~/routes/map[.]json";
import type * as MapRoute from "~/routes/map";
import { INTEREST_CODES } from "~/domain/interests";
import { selectForMap, toMapData, MATCH_LINES, type MapLayer } from "~/models/map.server";
import { saveMunicipality } from "~/models/municipality.server";
import {
  makeMunicipality,
  makeOffer,
  makeRegisterEntry,
  makeUser,
  tag,
} from "../support/factories";
import { searchPublishedOffers } from "~/models/offer.server";
import { findPlaceByName } from "~/models/place.server";
import { addPartnership } from "~/models/partnership.server";
import {
  decodeMapData,
  MAP_LAYERS,
  MUNICIPALITY_PROFILE,
  OPEN_TO_ANY_BIT,
  type MapWire,
} from "~/domain/map-data";
import { cookieFor, get, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const ALL_LAYERS = new Set<MapLayer>(MAP_LAYERS);

async function userId(t: TestDb, email: string): Promise<number> {
  const row = await t.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function contactSecrets(t: TestDb): Promise<string[]> {
  const rows = [
    ...(await t.db
      .selectFrom("municipalities")
      .select(["contact_name", "contact_email", "contact_phone"])
      .execute()),
    ...(await t.db
      .selectFrom("offers")
      .select(["contact_name", "contact_email", "contact_phone"])
      .execute()),
  ];
  return rows
    .flatMap((r) => [r.contact_name, r.contact_email, r.contact_phone])
    .filter((v): v is string => !!v && v.length > 4);
}

describe(`the map on ${dialectName()}`, () => {
  let t: TestDb;
  let mayorId: number;
  let cookies: { mayor: string; foreign: string };
  let routes: { data: typeof MapDataRoute; page: typeof MapRoute; fit: typeof FitRoute };

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    mayorId = await userId(t, "mayor@spolu.example");
    cookies = {
      mayor: await cookieFor(t, mayorId),
      foreign: await cookieFor(t, await userId(t, "foreign@spolu.example")),
    };
    routes = {
      data: await import("~/routes/map[.]json"),
      page: await import("~/routes/map"),
      fit: await import("~/routes/api.fit"),
    };
  });
  afterAll(async () => t?.cleanup());

  it("selects exactly the offers /offers lists for the same filters", async () => {
    for (const filters of [{}, { countries: ["PL"] }, { topics: ["culture"] }]) {
      const map = await selectForMap(t.db, {
        filters,
        minScore: 0,
        layers: ALL_LAYERS,
        profilesOnly: false,
        mayorId: null,
      });
      const list = await searchPublishedOffers(t.db, filters, { limit: 1000, offset: 0 });
      const located = list.offers.filter((o) => o.lat !== null).map((o) => o.id);
      expect(located.length).toBeGreaterThan(0);
      expect(map.offers.map((o) => o.id).sort((a, b) => a - b)).toEqual(
        located.sort((a, b) => a - b),
      );
      expect(map.scores).toBeNull();
      expect(map.me).toBeNull();
    }
  });

  it("shows every municipality, or those with a profile, narrowed by topic, and nothing of a layer that is off", async () => {
    const all = await selectForMap(t.db, {
      filters: {},
      minScore: 0,
      layers: ALL_LAYERS,
      profilesOnly: false,
      mayorId: null,
    });
    expect(all.municipalities.length).toBeGreaterThanOrEqual(6_254);
    const profiles = await selectForMap(t.db, {
      filters: {},
      minScore: 0,
      layers: ALL_LAYERS,
      profilesOnly: true,
      mayorId: null,
    });
    expect(profiles.municipalities.length).toBeGreaterThanOrEqual(30);
    expect(profiles.municipalities.length).toBeLessThan(all.municipalities.length);
    for (const m of profiles.municipalities) expect(m.hasProfile).toBe(true);
    const flags = toMapData(all).municipalities;
    expect(flags.filter((r) => r[7] & MUNICIPALITY_PROFILE)).toHaveLength(
      profiles.municipalities.length,
    );
    const culture = await selectForMap(t.db, {
      filters: { topics: ["culture"] },
      minScore: 0,
      layers: ALL_LAYERS,
      profilesOnly: false,
      mayorId: null,
    });
    expect(culture.municipalities.length).toBeGreaterThan(0);
    expect(culture.municipalities.length).toBeLessThan(all.municipalities.length);
    for (const m of culture.municipalities) expect(m.interests).toContain("culture");

    const none = await selectForMap(t.db, {
      filters: {},
      minScore: 0,
      layers: new Set(),
      profilesOnly: false,
      mayorId: null,
    });
    expect(none.offers).toEqual([]);
    expect(none.municipalities).toEqual([]);
    expect(none.partnerships).toEqual([]);
  });

  it("draws partnerships between two known places, Brno–Leipzig among them", async () => {
    const { partnerships } = await selectForMap(t.db, {
      filters: {},
      minScore: 0,
      layers: new Set(["partnerships"]),
      profilesOnly: false,
      mayorId: null,
    });
    const leipzig = partnerships.find((p) => p.partnerTown === "Leipzig");
    expect(leipzig?.municipality).toBe("Brno");
    expect(leipzig?.partnerLat).toBeCloseTo(51.34, 1);
    expect(leipzig?.partnerLon).toBeCloseTo(12.37, 1);
    expect(partnerships.length).toBeGreaterThanOrEqual(10);
  });

  it("gives a mayor scores, a minimum score and lines to their best matches", async () => {
    const all = await selectForMap(t.db, {
      filters: {},
      minScore: 0,
      layers: ALL_LAYERS,
      profilesOnly: false,
      mayorId,
    });
    expect(all.scores?.size).toBe(all.offers.length);
    expect(all.me?.name).toBe("Slavonice");
    expect(all.me?.top).toHaveLength(MATCH_LINES);
    const best = Math.max(...all.scores!.values());
    expect(all.scores!.get(all.me!.top[0]!)).toBe(best);

    const strong = await selectForMap(t.db, {
      filters: {},
      minScore: 60,
      layers: ALL_LAYERS,
      profilesOnly: false,
      mayorId,
    });
    expect(strong.offers.length).toBeGreaterThan(0);
    expect(strong.offers.length).toBeLessThan(all.offers.length);
    for (const o of strong.offers) expect(strong.scores!.get(o.id)).toBeGreaterThanOrEqual(60);
  });

  it("writes compact rows that decode to the offers, and no contact detail", async () => {
    const selection = await selectForMap(t.db, {
      filters: {},
      minScore: 0,
      layers: ALL_LAYERS,
      profilesOnly: false,
      mayorId: null,
    });
    const data = toMapData(selection);
    const wolomin = selection.offers.find((o) => o.town === "Wołomin")!;
    const row = data.offers.find((r) => r[0] === wolomin.id)!;
    expect(row[6]).toBe("Wołomin");
    expect(row[4]).toBe("PL");
    expect(row[3]).toBe(53_000);
    const topics = INTEREST_CODES.filter((_, i) => row[5] & (1 << i));
    expect(topics.sort()).toEqual([...wolomin.topics].sort());
    const montefranco = data.offers.find((r) => r[6] === "Montefranco")!;
    expect(montefranco[5] & OPEN_TO_ANY_BIT).toBe(OPEN_TO_ANY_BIT);
    expect(row[7]).toBe(-1);

    const json = JSON.stringify(data);
    for (const secret of await contactSecrets(t)) expect(json).not.toContain(secret);
  });

  it("serves /map.json with an ETag, 304 when unchanged, and 400 for a bad filter", async () => {
    const first = (await routes.data.loader({
      request: get("/map.json?country=PL"),
      params: {},
      context: {},
    })) as Response;
    expect(first.status).toBe(200);
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("Cache-Control")).toContain("private");
    const body = decodeMapData((await first.json()) as MapWire);
    expect(body.offers.length).toBeGreaterThan(0);
    expect(body.offers.every((r) => r[4] === "PL")).toBe(true);

    const again = new Request("http://localhost/map.json?country=PL", {
      headers: { "If-None-Match": etag! },
    });
    const cached = (await routes.data.loader({
      request: again,
      params: {},
      context: {},
    })) as Response;
    expect(cached.status).toBe(304);

    const bad = (await routes.data.loader({
      request: get("/map.json?population=abc"),
      params: {},
      context: {},
    })) as Response;
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { errors: Record<string, string> }).errors.population,
    ).toBeTruthy();

    // A mayor's copy carries scores, so it differs from a visitor's.
    const mine = (await routes.data.loader({
      request: get("/map.json?country=PL", cookies.mayor),
      params: {},
      context: {},
    })) as Response;
    expect(mine.headers.get("ETag")).not.toBe(etag);
    const scored = decodeMapData((await mine.json()) as MapWire);
    expect(scored.offers.every((r) => r[7] >= 0 && r[7] <= 100)).toBe(true);
    expect(scored.me?.name).toBe("Slavonice");
  });

  it("names foreign towns in the map data as the reader knows them", async () => {
    const staff = await makeUser(t, "staff");
    // Lutsk (GeoNames 702569): Luck to a Czech reader, Lutsk in English, Луцьк in Ukrainian.
    const id = await makeOffer(t, null, staff.id, {
      placeId: 702569,
      town: "Lutsk",
      country: "UA",
      lat: 50.76,
      lon: 25.34,
    });
    const lutsk = (url: string) => mapJson(url).then((d) => d.offers.find((r) => r[0] === id)?.[6]);
    expect(await lutsk("/map.json?country=UA&lang=cs")).toBe("Luck (Луцьк)");
    expect(await lutsk("/map.json?country=UA&lang=en")).toBe("Lutsk (Луцьк)");
    expect(await lutsk("/map.json?country=UA&lang=uk")).toBe("Луцьк");
  });

  it("lists on /map the same offers and count as the map data", async () => {
    const page = (await routes.page.loader({
      request: get("/map?topic=culture"),
      params: {},
      context: {},
    })) as { data: { offers: { total: number }; dataUrl: string } };
    const response = (await routes.data.loader({
      request: get(page.data.dataUrl),
      params: {},
      context: {},
    })) as Response;
    const data = decodeMapData((await response.json()) as MapWire);
    expect(page.data.dataUrl).toBe("/map.json?topic=culture");
    expect(page.data.offers.total).toBe(data.offers.length);
  });

  it("answers the popup's question only for a signed-in mayor", async () => {
    const call = (url: string, cookie?: string) =>
      routes.fit.loader({
        request: get(url, cookie),
        params: {},
        context: {},
      }) as Promise<Response>;
    const { offers } = await searchPublishedOffers(t.db, {}, { limit: 1, offset: 0 });
    const id = offers[0]!.id;
    expect((await call(`/api/fit?offer=${id}`)).status).toBe(401);
    expect((await call(`/api/fit?offer=${id}`, cookies.foreign)).status).toBe(403);
    expect((await call(`/api/fit?offer=abc`, cookies.mayor)).status).toBe(400);
    expect((await call(`/api/fit?offer=999999`, cookies.mayor)).status).toBe(404);
    const ok = await call(`/api/fit?offer=${id}`, cookies.mayor);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { score: number; reason: string };
    expect(body.score).toBeGreaterThanOrEqual(0);
    expect(body.score).toBeLessThanOrEqual(100);
    expect(body.reason.length).toBeGreaterThan(10);
  });

  it("finds a partner's place by name and country, and keeps it with the partnership", async () => {
    expect((await findPlaceByName(t.db, "leipzig", "DE"))?.lat).toBeCloseTo(51.34, 1);
    expect(await findPlaceByName(t.db, "Leipzig", "PL")).toBeUndefined();
    expect(await findPlaceByName(t.db, "Nowhere-upon-Nothing", "DE")).toBeUndefined();

    const id = await makeRegisterEntry(t, {
      name: "Partnerská",
      kraj: "CZ-31",
      population: 900,
      lat: 49.0,
      lon: 14.5,
    });
    await saveMunicipality(
      t.db,
      id,
      {
        interests: ["culture"],
        languages: ["cs"],
        description: "",
        seeksCountries: [],
        seeksAnyCountry: true,
        contactName: "Test",
        contactRole: "",
        contactEmail: "partnerska@private.example",
        contactPhone: "",
      },
      { id: mayorId, role: "staff" },
    );
    for (const [town, country, sinceYear] of [
      ["Passau", "DE", 1995],
      ["Nowhere-upon-Nothing", "AT", null],
    ] as const)
      await addPartnership(t.db, id, { town, country, sinceYear }, { id: mayorId, role: "staff" });
    const rows = await t.db
      .selectFrom("partnerships")
      .select(["partner_town", "partner_place_id"])
      .where("municipality_id", "=", id)
      .orderBy("id")
      .execute();
    expect(rows[0]?.partner_place_id).not.toBeNull();
    expect(rows[1]?.partner_place_id).toBeNull();
  });

  it("scores a mayor's map anew as soon as requests on an offer change (saturation)", async () => {
    const etagOf = async () =>
      (
        (await routes.data.loader({
          request: get("/map.json", cookies.mayor),
          params: {},
          context: {},
        })) as Response
      ).headers.get("ETag");
    const before = await etagOf();
    expect(await etagOf()).toBe(before);
    // Ten other municipalities' open requests fill an offer: its saturation, so its score, moves.
    const offer = await t.db
      .selectFrom("offers")
      .select("id")
      .where("status", "=", "published")
      .where("lat", "is not", null)
      .executeTakeFirstOrThrow();
    const others = await t.db
      .selectFrom("municipalities")
      .select("id")
      .where("owner_id", "is", null)
      .limit(10)
      .execute();
    expect(others).toHaveLength(10);
    const now = new Date().toISOString();
    await t.db
      .insertInto("contacts")
      .values(
        others.map((other) => ({
          municipality_id: other.id,
          offer_id: offer.id,
          initiator: "municipality",
          sender_id: null,
          message: "Máme zájem.",
          topics: "[]",
          status: "pending_review",
          status_reason: null,
          municipality_answer: null,
          offer_answer: null,
          waiting_since: null,
          reminded_at: null,
          first_forwarded_at: null,
          first_response_at: null,
          accepted_at: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    expect(await etagOf()).not.toBe(before);
  });
});

/** What /map's loader gives the page (app/routes/map.tsx). */
interface MapPage {
  dataUrl: string;
  countries: { code: string }[];
  offers: ListPage<{ id: number; score: number | null }>;
  municipalities: ListPage<{ id: number; population: number; hasProfile: boolean }>;
  partnerships: ListPage<{ id: number; partner: string }>;
}
interface ListPage<T> {
  total: number;
  page: number;
  pages: number;
  items: T[];
}

const PAGE_SIZE = 20;

describe(`the lists beside the map on ${dialectName()}`, () => {
  let t: TestDb;
  let route: typeof MapRoute;
  let mayorCookie: string;
  /** In this test's offer towns only: `q` finds exactly them. */
  const word = `strankov${tag()}`;
  const offerIds: number[] = [];
  const partners = ["Passau", "Leipzig", "Dresden"];

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    route = await import("~/routes/map");
    mayorCookie = await cookieFor(t, await userId(t, "mayor@spolu.example"));
    const staff = await makeUser(t, "staff");
    // 45 offers: pages of 20, 20 and 5. Sizes differ, so a mayor's scores differ.
    for (let i = 0; i < 45; i++)
      offerIds.push(
        await makeOffer(t, null, staff.id, {
          town: `${word} ${i}`,
          population: 800 + i * 1_500,
          lat: 47.5 + (i % 9) * 0.4,
          lon: 13 + Math.floor(i / 9) * 0.8,
        }),
      );
    // The newest partnerships of all: they head the first page, newest first.
    await makeMunicipality(t, null, staff.id, {
      name: `Listová ${tag()}`,
      population: 3_100,
      partnerships: partners.map((town) => ({ town, country: "DE", sinceYear: 2001 })),
    });
  });
  afterAll(async () => t?.cleanup());

  async function load(query: string, cookie?: string): Promise<MapPage> {
    const result = await call(route.loader, get(`/map${query}`, cookie));
    expect(result.status).toBe(200);
    return result.data as MapPage;
  }

  /** Every page of one list, from the first to the last, as the page links walk them. */
  async function walk<K extends "offers" | "municipalities" | "partnerships">(
    list: K,
    param: string,
    query: string,
    cookie?: string,
  ): Promise<MapPage[K]["items"]> {
    const first = (await load(`${query}&${param}=1`, cookie))[list];
    const items: unknown[] = [];
    for (let n = 1; n <= first.pages; n++) {
      const page = (await load(`${query}&${param}=${n}`, cookie))[list];
      expect(page.page).toBe(n);
      expect(page.pages).toBe(first.pages);
      expect(page.total).toBe(first.total);
      expect(page.items.length).toBe(n < page.pages ? PAGE_SIZE : page.total - PAGE_SIZE * (n - 1));
      items.push(...page.items);
    }
    return items as MapPage[K]["items"];
  }

  it("pages the offers with `page`: 20 a page, in the order of /offers, none lost or repeated", async () => {
    const query = `?q=${word}`;
    const first = await load(query);
    expect(first.offers.total).toBe(45);
    expect(first.offers.pages).toBe(3);
    expect(first.offers.page).toBe(1);
    const listed = await walk("offers", "page", query);
    const { offers } = await searchPublishedOffers(t.db, { q: word }, { limit: 100, offset: 0 });
    expect(listed.map((o) => o.id)).toEqual(offers.map((o) => o.id));
    expect(new Set(listed.map((o) => o.id))).toEqual(new Set(offerIds));
    // Past the end, or nonsense: the nearest page there is.
    expect((await load(`${query}&page=99`)).offers).toMatchObject({ page: 3, pages: 3 });
    expect((await load(`${query}&page=abc`)).offers.page).toBe(1);
    // The map's data does not depend on the list's pages.
    expect((await load(`${query}&page=2&mpage=3&ppage=4`)).dataUrl).toBe(`/map.json${query}`);
  });

  it("pages a mayor's offers best score first, and the map's data carries the same scores", async () => {
    const listed = await walk("offers", "page", `?q=${word}`, mayorCookie);
    expect(listed).toHaveLength(45);
    const scores = listed.map((o) => o.score as number);
    for (const score of scores) expect(score).toEqual(expect.any(Number));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBeGreaterThan(1);
    const data = await mapJson(`/map.json?q=${word}`, mayorCookie);
    const byId = new Map(data.offers.map((o) => [o[0], o[7]]));
    for (const o of listed) expect(byId.get(o.id)).toBe(o.score);
  });

  it("pages the municipalities with `mpage`: those with a profile first, then the largest", async () => {
    const all = await load("?mpage=1");
    expect(all.municipalities.total).toBeGreaterThanOrEqual(6_254);
    expect(all.municipalities.pages).toBe(Math.ceil(all.municipalities.total / PAGE_SIZE));
    expect(all.municipalities.items[0]?.hasProfile).toBe(true);
    const last = (await load(`?mpage=${all.municipalities.pages + 5}`)).municipalities;
    expect(last.page).toBe(all.municipalities.pages);
    expect(last.items.length).toBe(all.municipalities.total - PAGE_SIZE * (last.pages - 1));
    expect(last.items.every((m) => !m.hasProfile)).toBe(true);

    // Those with a profile only: every page walked, each exactly once, largest first.
    const profiles = await walk("municipalities", "mpage", "?profiles=1");
    const selection = await selectForMap(t.db, {
      filters: {},
      minScore: 0,
      layers: ALL_LAYERS,
      profilesOnly: true,
      mayorId: null,
    });
    expect(profiles.length).toBeGreaterThan(PAGE_SIZE);
    expect(new Set(profiles.map((m) => m.id))).toEqual(
      new Set(selection.municipalities.map((m) => m.id)),
    );
    expect(profiles).toHaveLength(selection.municipalities.length);
    const sizes = profiles.map((m) => m.population);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("pages the partnerships with `ppage`: newest first, every line of the map once", async () => {
    const first = (await load("?ppage=1")).partnerships;
    expect(first.items.slice(0, partners.length).map((p) => p.partner)).toEqual(
      [...partners].reverse(),
    );
    const listed = await walk("partnerships", "ppage", "?layers=1&layer=partnerships");
    const ids = listed.map((p) => p.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const { partnerships } = await selectForMap(t.db, {
      filters: {},
      minScore: 0,
      layers: new Set(["partnerships"]),
      profilesOnly: false,
      mayorId: null,
    });
    expect(partnerships.length).toBeGreaterThan(PAGE_SIZE);
    expect(new Set(ids)).toEqual(new Set(partnerships.map((p) => p.id)));
    expect(ids).toHaveLength(partnerships.length);
  });

  it("puts only the lists' pages and the filter's options into the page, whatever the scale", async () => {
    const result = await call(route.loader, get("/map"));
    const page = result.data as MapPage;
    expect(page.offers.items.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(page.municipalities.items).toHaveLength(PAGE_SIZE);
    expect(page.partnerships.items).toHaveLength(PAGE_SIZE);
    expect(page.countries.length).toBeGreaterThan(0);
    // Thousands of municipalities and a thousand partnerships, a few kilobytes of data.
    expect(result.text.length).toBeLessThan(20_000);
  });
});

/** /map.json as the map reads it. */
async function mapJson(url: string, cookie?: string) {
  const route = await import("~/routes/map[.]json");
  const response = (await route.loader({
    request: get(url, cookie),
    params: {},
    context: {},
  })) as Response;
  expect(response.status).toBe(200);
  return decodeMapData((await response.json()) as MapWire);
}
