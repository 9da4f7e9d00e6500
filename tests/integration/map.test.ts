// The map on the real database: what it selects (the same offers as /offers),
// the compact data and its ETag, the mayor's scores and the popup's reason,
// partnership lines from GeoNames places, and that no contact ever reaches it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as FitRoute from "~/routes/api.fit";
import type * as MapDataRoute from "~/routes/map[.]json";
import type * as MapRoute from "~/routes/map";
import { INTEREST_CODES } from "~/domain/interests";
import { selectForMap, toMapData, MATCH_LINES, type MapLayer } from "~/models/map.server";
import { saveMunicipality } from "~/models/municipality.server";
import { makeRegisterEntry } from "../support/contact-fixtures";
import { searchPublishedOffers } from "~/models/offer.server";
import { findPlaceByName } from "~/models/place.server";
import { addPartnership } from "~/models/partnership.server";
import {
  decodeMapData,
  MAP_LAYERS,
  MUNICIPALITY_PROFILE,
  OPEN_TO_ANY_BIT,
  type MapWire,
} from "~/utils/map-data";
import { cookieFor, get, useTestDatabase } from "../support/routes";
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
