// /api/openapi.json on a real database: a valid OpenAPI 3.1 document that describes
// every JSON route, names exactly the parameters the parsers read, and whose answer
// schemas hold for real answers of every endpoint — 200s on rows made here through
// the models and on the seed's, and every error status it documents.
import fs from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { LoaderFunctionArgs } from "@remix-run/node";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pragueDay } from "~/domain/dates";
import { parseDirectoryQuery } from "~/domain/forms/directory";
import { parsePartnershipQuery } from "~/domain/forms/partnership-query";
import { saveEvent, saveFundingCall } from "~/models/funding.server";
import { csvDialect } from "~/utils/csv";
import { parseOfferFilters } from "~/features/offers/filters.server";
import type {
  ApiMunicipality,
  ApiOffer,
  ApiPartnership,
  Envelope,
} from "~/features/open-data/records";
import { REGISTER_ATTRIBUTION } from "~/features/open-data/records";
import {
  parseApiOfferFilters,
  parseEventFilters,
  parseFundingFilters,
  parseMunicipalityFilters,
  parsePaging,
  parsePartnershipFilters,
} from "~/features/open-data/endpoint.server";
import {
  eventInput,
  fundingCallInput,
  cookieCache,
  makeMunicipality,
  makeOffer,
  makePartnership,
  makeUser,
  tag,
  type TestUser,
} from "../support/factories";
import { get, useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

type Loader = (args: LoaderFunctionArgs) => Promise<Response>;

interface Described {
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: object }>;
}
interface Operation {
  parameters?: { name: string; in: string; required: boolean }[];
  responses: Record<string, Described>;
  security?: Record<string, string[]>[];
}
interface OpenApi {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, object> };
}

/** The document's components, as ajv knows them; answers' schemas point here. */
const BASE = "https://spolu.test/openapi.json";

/** A query that remembers which parameters a parser asked it for. */
class ReadParams extends URLSearchParams {
  readonly names = new Set<string>();
  override get(name: string) {
    this.names.add(name);
    return super.get(name);
  }
  override getAll(name: string) {
    this.names.add(name);
    return super.getAll(name);
  }
  override has(name: string) {
    this.names.add(name);
    return super.has(name);
  }
}

function namesRead(...parsers: ((params: URLSearchParams) => unknown)[]): string[] {
  const params = new ReadParams();
  for (const parse of parsers) parse(params);
  return [...params.names].sort();
}

/** app/routes/api.offers.$id.ts → /api/offers/{id} (Remix's flat file names). */
function routePath(file: string): string {
  const segments = file
    .replace(/\.tsx?$/, "")
    .split(/(?<!\[)\.(?!\])/)
    .filter((s) => s !== "_index")
    .map((s) => s.replace("[.]", ".").replace(/^\$(\w+)$/, "{$1}"));
  return `/${segments.join("/")}`;
}

describe(`the OpenAPI document on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;
  let mayor: TestUser;
  let foreign: TestUser;
  let cookieOf: ReturnType<typeof cookieCache>;
  let doc: OpenApi;
  let ajv: Ajv2020;
  const k = tag();
  const mine = { offer: 0, municipality: 0, call: 0, event: 0 };
  let routes: Record<string, { loader: Loader }>;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    cookieOf = cookieCache(t);
    staff = await makeUser(t, "staff");
    mayor = await makeUser(t, "mayor");
    foreign = await makeUser(t, "foreign");
    routes = {
      "/api/offers": await import("~/routes/api.offers._index"),
      "/api/offers/{id}": await import("~/routes/api.offers.$id"),
      "/api/municipalities": await import("~/routes/api.municipalities"),
      "/api/partnerships": await import("~/routes/api.partnerships"),
      "/api/funding": await import("~/routes/api.funding"),
      "/api/events": await import("~/routes/api.events"),
      "/api/places": await import("~/routes/api.places"),
      "/api/match-preview": await import("~/routes/api.match-preview"),
      "/api/fit": await import("~/routes/api.fit"),
      "/api/openapi.json": await import("~/routes/api.openapi[.]json"),
      "/offers.csv": await import("~/routes/offers[.]csv"),
      "/municipalities.csv": await import("~/routes/municipalities[.]csv"),
      "/partnerships.csv": await import("~/routes/partnerships[.]csv"),
      "/feed.xml": await import("~/routes/feed[.]xml"),
      "/funding.ics": await import("~/routes/funding[.]ics"),
    };

    // One of everything, with every optional part filled, in a small kraj (CZ-41)
    // under a name that sorts first, so that the first page of each list holds it.
    mine.offer = await makeOffer(t, foreign.id, staff.id, {
      town: `Openapi Town ${k}`,
      country: "PL",
      topics: ["culture", "heritage"],
      preferredKraje: ["CZ-41"],
      partnerMin: 1_000,
      partnerMax: 20_000,
      maxDistance: 600,
      descriptionCs: "Hledáme partnera.",
      descriptionEn: "We are looking for a partner.",
    });
    mine.municipality = await makeMunicipality(
      t,
      mayor.id,
      staff.id,
      {
        name: `Aaa Openapi ${k}`,
        kraj: "CZ-41",
        lat: 50.23,
        lon: 12.87,
        partnerMin: 1_000,
        partnerMax: 50_000,
        seeksAnyCountry: false,
        seeksCountries: ["PL", "DE"],
        partnerships: [{ town: "Kłodzko", country: "PL", sinceYear: 1998 }],
      },
      { verify: true },
    );
    await makePartnership(t, mine.municipality, staff.id, {
      town: "Lubawka",
      country: "PL",
      sinceYear: null,
      source: "public_list",
    });
    const today = pragueDay();
    // Every part of the rules set, so the schema of each is checked against a real answer.
    mine.call = await saveFundingCall(
      t.db,
      null,
      fundingCallInput(today, {
        programme: `Openapi programme ${k}`,
        rules: {
          leadCountries: ["CZ"],
          partnerCountries: ["PL"],
          euMember: true,
          regions: ["central"],
          minCountries: 2,
          applicantTypes: ["municipality"],
        },
      }),
    );
    mine.event = await saveEvent(
      t.db,
      null,
      eventInput(today, { titleCs: `Fórum ${k}`, titleEn: `Forum ${k}` }),
    );

    const response = await routes["/api/openapi.json"]!.loader({
      request: get("/api/openapi.json"),
      params: {},
      context: {},
    });
    expect(response.status).toBe(200);
    doc = (await response.json()) as OpenApi;
    ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addKeyword("components");
    ajv.addSchema({ $id: BASE, components: { schemas: doc.components.schemas } });
  });

  afterAll(async () => {
    await t.cleanup();
  });

  const validators = new Map<string, ValidateFunction>();
  function validatorFor(schema: object): ValidateFunction {
    const text = JSON.stringify(schema).replaceAll('"#/components/', `"${BASE}#/components/`);
    let validate = validators.get(text);
    if (!validate) {
      validate = ajv.compile(JSON.parse(text) as object);
      validators.set(text, validate);
    }
    return validate;
  }

  interface Ask {
    url: string;
    params?: Record<string, string>;
    as?: TestUser;
  }

  /**
   * Calls the path's loader with each question and checks every answer against the
   * document: a documented status, content type and headers, a body its schema accepts.
   * Together the questions must meet every status the document gives the path.
   */
  async function askAll(path: string, asks: Ask[]): Promise<Map<number, unknown[]>> {
    const operation = doc.paths[path]?.get;
    expect(operation, path).toBeDefined();
    const seen = new Map<number, unknown[]>();
    for (const ask of asks) {
      const request = get(ask.url, ask.as ? await cookieOf(ask.as) : undefined);
      const response = await routes[path]!.loader({
        request,
        params: ask.params ?? {},
        context: {},
      });
      const where = `${ask.url} → ${response.status}`;
      const described = operation!.responses[String(response.status)];
      expect(described, `${where} is not documented`).toBeDefined();
      const type = (response.headers.get("Content-Type") ?? "").split(";")[0]!.trim();
      const content = described!.content?.[type];
      expect(content, `${where}: ${type} is not documented`).toBeDefined();
      if (described!.headers?.["Access-Control-Allow-Origin"]) {
        expect(response.headers.get("Access-Control-Allow-Origin"), where).toBe("*");
      }
      const body: unknown =
        type === "application/json" ? await response.json() : await response.text();
      const validate = validatorFor(content!.schema);
      expect(validate(body), `${where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      seen.set(response.status, [...(seen.get(response.status) ?? []), body]);
    }
    expect([...seen.keys()].map(String).sort(), path).toEqual(
      Object.keys(operation!.responses).sort(),
    );
    return seen;
  }

  it("is valid OpenAPI 3.1 whose schemas strict ajv compiles", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "http://localhost" }]);
    expect(doc.info.description).toContain(REGISTER_ATTRIBUTION);
    for (const name of Object.keys(doc.components.schemas)) {
      expect(ajv.getSchema(`${BASE}#/components/schemas/${name}`), name).toBeDefined();
    }
  });

  it("describes every JSON route of the app", () => {
    const files = fs.readdirSync("app/routes").filter((f) => /^api\..+\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(10);
    const described = Object.keys(doc.paths).filter((p) => p.startsWith("/api/"));
    expect(described.sort()).toEqual(files.map(routePath).sort());
    expect(doc.paths["/api/fit"]?.get.security).toEqual([{ session: [] }]);
  });

  it.each([
    ["/api/offers", [parsePaging, parseApiOfferFilters]],
    ["/api/municipalities", [parsePaging, parseMunicipalityFilters]],
    ["/api/partnerships", [parsePaging, parsePartnershipFilters]],
    ["/api/funding", [parsePaging, parseFundingFilters]],
    ["/api/events", [parsePaging, parseEventFilters]],
    ["/offers.csv", [parseOfferFilters, csvDialect]],
    ["/municipalities.csv", [parseDirectoryQuery, csvDialect]],
    ["/partnerships.csv", [parsePartnershipQuery, csvDialect]],
  ] as [string, ((params: URLSearchParams, locale: "cs") => unknown)[]][])(
    "names the parameters %s's parsers read, no more, no fewer",
    (path, parsers) => {
      const read = namesRead(
        ...parsers.map((parse) => (params: URLSearchParams) => parse(params, "cs")),
      );
      const documented = (doc.paths[path]?.get.parameters ?? [])
        .map((p) => p.name)
        .filter((name) => name !== "lang");
      expect(documented.sort()).toEqual(read);
    },
  );

  it("matches /api/offers and /api/offers/{id}", async () => {
    const list = await askAll("/api/offers", [
      { url: `/api/offers?q=${k}` },
      { url: "/api/offers?per_page=100" },
      { url: "/api/offers?per_page=100&page=2&demo=hide" },
      { url: "/api/offers?country=XX&per_page=0&size=huge" },
    ]);
    const [filtered] = list.get(200) as Envelope<ApiOffer>[];
    expect(filtered?.data.map((o) => o.id)).toEqual([mine.offer]);
    // The schemas name every field there is: a contact slipped into an answer would fail.
    const page = doc.paths["/api/offers"]!.get.responses["200"]!.content!["application/json"]!;
    const leaky = { ...filtered, data: [{ ...filtered!.data[0], contact_email: "a@b.example" }] };
    expect(validatorFor(page.schema)(leaky)).toBe(false);
    await askAll("/api/offers/{id}", [
      { url: "/api/offers/x", params: { id: String(mine.offer) } },
      { url: "/api/offers/x", params: { id: "abc" } },
      { url: "/api/offers/x?lang=en", params: { id: "2000000000" } },
    ]);
  });

  it("matches /api/municipalities, with and without a profile", async () => {
    const answers = await askAll("/api/municipalities", [
      { url: `/api/municipalities?q=openapi%20${k}` },
      { url: "/api/municipalities?kraj=CZ-64&per_page=100" },
      { url: "/api/municipalities?profile=1&per_page=100" },
      { url: "/api/municipalities?kraj=CZ-99&sort=random" },
    ]);
    const [filtered] = answers.get(200) as Envelope<ApiMunicipality>[];
    expect(filtered?.data[0]).toMatchObject({
      id: mine.municipality,
      verified: true,
      profile: { seeks_countries: ["PL", "DE"] },
    });
    expect(filtered?.data[0]?.partnerships).toHaveLength(2);
  });

  it("matches /api/partnerships, confirmed and imported", async () => {
    const answers = await askAll("/api/partnerships", [
      { url: "/api/partnerships?kraj=CZ-41&per_page=100" },
      { url: "/api/partnerships?per_page=100" },
      { url: "/api/partnerships?verified=maybe&country=CZ" },
    ]);
    const [kraj] = answers.get(200) as Envelope<ApiPartnership>[];
    const rows = kraj?.data.filter((p) => p.municipality_id === mine.municipality) ?? [];
    expect(rows.map((p) => p.source).sort()).toEqual(["existing", "public_list"]);
  });

  it("matches /api/funding and /api/events", async () => {
    const calls = await askAll("/api/funding", [
      { url: "/api/funding?per_page=100" },
      { url: "/api/funding?state=open&topic=culture&country=pl" },
      { url: "/api/funding?state=soon&topic=nonsense&country=XX" },
    ]);
    const [all] = calls.get(200) as Envelope<{ id: number }>[];
    expect(all?.data.map((c) => c.id)).toContain(mine.call);
    const events = await askAll("/api/events", [
      { url: "/api/events?per_page=100" },
      { url: "/api/events?when=upcoming" },
      { url: "/api/events?when=past" },
      { url: "/api/events?when=tomorrow" },
    ]);
    const [allEvents] = events.get(200) as Envelope<{ id: number }>[];
    expect(allEvents?.data.map((e) => e.id)).toContain(mine.event);
  });

  it("matches the app's /api/places, /api/match-preview and /api/fit", async () => {
    await askAll("/api/places", [
      { url: "/api/places?q=brno&country=CZ" },
      { url: `/api/places?q=aaa%20openapi%20${k}&country=cz` },
      { url: "/api/places?q=wolomin&lang=en" },
      { url: "/api/places?q=%20&country=Czechia" },
    ]);
    await askAll("/api/match-preview", [
      {
        url: "/api/match-preview?population=2400&interests=culture,heritage&languages=cs,de&kraj=CZ-41&lat=50.2&lon=12.9&country=PL",
      },
      {
        url: "/api/match-preview?side=foreign&town=Wo%C5%82omin&country=PL&population=53000&interests=culture&limit=5",
      },
      { url: "/api/match-preview?population=abc&lang=en" },
    ]);
    await askAll("/api/fit", [
      { url: `/api/fit?offer=${mine.offer}`, as: mayor },
      { url: "/api/fit?offer=abc", as: mayor },
      { url: `/api/fit?offer=${mine.offer}` },
      { url: `/api/fit?offer=${mine.offer}`, as: foreign },
      { url: "/api/fit?offer=2000000000", as: mayor },
    ]);
  });

  it("matches the exports and itself", async () => {
    await askAll("/offers.csv", [
      { url: `/offers.csv?q=${k}` },
      { url: "/offers.csv?format=excel" },
    ]);
    await askAll("/municipalities.csv", [{ url: "/municipalities.csv?kraj=CZ-41" }]);
    await askAll("/partnerships.csv", [{ url: "/partnerships.csv?kraj=CZ-41" }]);
    await askAll("/feed.xml", [{ url: "/feed.xml" }, { url: "/feed.xml?lang=en" }]);
    await askAll("/funding.ics", [{ url: "/funding.ics?lang=en" }]);
    await askAll("/api/openapi.json", [{ url: "/api/openapi.json" }]);
  });
});
