import { describe, expect, it } from "vitest";
import type { MunicipalityPublic } from "~/models/municipality.server";
import type { PublicOffer } from "~/models/offer.server";
import { atomDate, buildAtomFeed, xmlText, type AtomFeed } from "~/features/open-data/atom";
import { toCsv } from "~/utils/csv";
import {
  MUNICIPALITY_CSV_COLUMNS,
  municipalityCsvRow,
  municipalityToApi,
  OFFER_CSV_COLUMNS,
  REGISTER_ATTRIBUTION,
  offerCsvRow,
  offerToApi,
  pageEnvelope,
  requestOrigin,
} from "~/features/open-data/records";
import { csvRecords, parseCsv } from "../support/csv";
import { child, children, parseXml, textOf, XmlError } from "../support/xml";

const ORIGIN = "https://spolu.example";

function offer(overrides: Partial<PublicOffer> = {}): PublicOffer {
  return {
    id: 7,
    placeId: null,
    town: "Wołomin",
    country: "PL",
    region: "Masovian Voivodeship",
    population: 53_000,
    lat: 52.34,
    lon: 21.24,
    topics: ["culture", "environment"],
    openToAnyTopic: false,
    partnerPopulation: [1_000, null],
    maxDistanceKm: 400,
    preferredKraje: ["CZ-63", "CZ-64"],
    languages: ["pl", "en"],
    description: "Miasto szuka partnera.",
    descriptionLang: "pl",
    descriptionCs: "Město hledá partnera, třeba Žďár nad Sázavou.",
    descriptionEn: null,
    status: "published",
    expiresOn: "2027-06-30",
    source: "news",
    sourceDate: "2019-08-09",
    isDemo: false,
    publishedAt: "2026-11-02T10:00:00.000Z",
    ...overrides,
  };
}

function municipality(): MunicipalityPublic {
  return {
    id: 3,
    code: "595209",
    name: "Žďár nad Sázavou",
    kind: "město",
    okres: "Žďár nad Sázavou",
    okresCode: "3714",
    orp: "Žďár nad Sázavou",
    kraj: "CZ-63",
    population: 20_000,
    populationDate: "2025-01-01",
    ico: "00295841",
    lat: 49.56,
    lon: 15.94,
    hasProfile: true,
    profileShown: true,
    claimed: true,
    interests: ["heritage"],
    languages: ["cs", "de"],
    description: "Zelená hora.",
    descriptionLang: "cs",
    seeksCountries: ["DE"],
    seeksAnyCountry: false,
    partnerPopulation: null,
    maxDistanceKm: null,
    status: "pending",
    verified: false,
    isDemo: true,
    updatedAt: "2026-11-01T08:00:00.000Z",
    partnerships: [
      {
        town: "Łuck",
        placeId: null,
        country: "UA",
        sinceYear: null,
        confirmed: true,
        confirmedBy: "union",
        sourceUrls: [],
      },
    ],
  };
}

describe("offerToApi", () => {
  it("publishes exactly the documented fields, in snake_case", () => {
    const api = offerToApi(offer(), ORIGIN);
    expect(Object.keys(api)).toEqual([...OFFER_CSV_COLUMNS]);
    expect(api).toMatchObject({
      id: 7,
      url: "https://spolu.example/offers/7",
      open_to_any_topic: false,
      partner_population_min: 1_000,
      partner_population_max: null,
      partner_max_distance_km: 400,
      preferred_kraje: ["CZ-63", "CZ-64"],
      description_cs: "Město hledá partnera, třeba Žďár nad Sázavou.",
      published_at: "2026-11-02T10:00:00.000Z",
    });
    // Moderation state is not open data: everything published is "published".
    expect(api).not.toHaveProperty("status");
  });

  it("never copies a field it does not name, even if the object carries one", () => {
    const leaky = { ...offer(), contactEmail: "secret@town.example", authorId: 12 };
    const text = JSON.stringify(offerToApi(leaky, ORIGIN));
    expect(text).not.toContain("secret@town.example");
    expect(text).not.toMatch(/author|contact/i);
  });

  it("writes no wished partner size as two nulls", () => {
    const api = offerToApi(offer({ partnerPopulation: null }), ORIGIN);
    expect([api.partner_population_min, api.partner_population_max]).toEqual([null, null]);
  });
});

describe("municipalityToApi", () => {
  it("keeps public facts and partnerships, and nothing private", () => {
    const leaky = {
      ...municipality(),
      contactName: "Jana Tajná",
      contactEmail: "starostka@obec.example",
      contactPhone: "+420 777 123 456",
      ownerId: 5,
    };
    const api = municipalityToApi(leaky, ORIGIN);
    expect(api).toMatchObject({
      url: "https://spolu.example/municipalities/3",
      code: "595209",
      name: "Žďár nad Sázavou",
      okres: "Žďár nad Sázavou",
      ico: "00295841",
      population_date: "2025-01-01",
      has_profile: true,
      profile: { interests: ["heritage"], seeks_countries: ["DE"] },
      partnerships: [{ town: "Łuck", country: "UA", since_year: null }],
      verified: false,
    });
    const text = JSON.stringify(api);
    for (const secret of ["Jana Tajná", "starostka@obec.example", "777 123 456", "owner"])
      expect(text).not.toContain(secret);
    expect(api).not.toHaveProperty("status");
  });

  it("gives a municipality without a public profile its official data and no profile", () => {
    const api = municipalityToApi(
      { ...municipality(), hasProfile: false, profileShown: false, interests: [], description: "" },
      ORIGIN,
    );
    expect(api.profile).toBeNull();
    expect(api).toMatchObject({ has_profile: false, kind: "město", orp: "Žďár nad Sázavou" });
  });
});

describe("municipalityCsvRow", () => {
  it("names the register as the source of every row taken from it", () => {
    const csv = toCsv(MUNICIPALITY_CSV_COLUMNS, [
      municipalityCsvRow({ ...municipality(), partners: 1 }, ORIGIN),
      municipalityCsvRow({ ...municipality(), id: 4, code: null, partners: 0 }, ORIGIN),
    ]);
    const [register, legacy] = csvRecords(csv.slice(1));
    expect(register).toMatchObject({
      code: "595209",
      has_profile: "1",
      partners: "1",
      source: REGISTER_ATTRIBUTION,
    });
    expect(legacy?.source).toBe("");
  });
});

describe("offerCsvRow", () => {
  it("joins lists with | and survives a CSV round trip with Czech and Polish letters", () => {
    const api = offerToApi(offer({ description: 'Wołomin, "Łuck" a Žďár' }), ORIGIN);
    const csv = toCsv(OFFER_CSV_COLUMNS, [offerCsvRow(api)]);
    const [record] = csvRecords(csv.slice(1));
    expect(record).toMatchObject({
      town: "Wołomin",
      topics: "culture|environment",
      preferred_kraje: "CZ-63|CZ-64",
      open_to_any_topic: "0",
      partner_population_max: "",
      description: 'Wołomin, "Łuck" a Žďár',
    });
  });
});

describe("pageEnvelope", () => {
  const url = new URL("https://spolu.example/api/offers?country=PL&topic=culture&page=2");

  it("counts pages and links neighbours, keeping the filters", () => {
    const envelope = pageEnvelope(["a", "b"], { page: 2, perPage: 2, total: 5 }, url);
    expect(envelope).toMatchObject({ data: ["a", "b"], page: 2, per_page: 2, total: 5, pages: 3 });
    const next = new URL(envelope.links.next!);
    expect(next.searchParams.getAll("country")).toEqual(["PL"]);
    expect(next.searchParams.get("topic")).toBe("culture");
    expect(next.searchParams.get("page")).toBe("3");
    expect(new URL(envelope.links.prev!).searchParams.get("page")).toBe("1");
    expect(new URL(envelope.links.last).searchParams.get("page")).toBe("3");
  });

  it("has no next on the last page and one page for an empty list", () => {
    expect(pageEnvelope([], { page: 1, perPage: 20, total: 0 }, url)).toMatchObject({
      pages: 1,
      links: { prev: null, next: null },
    });
    // Past the end: prev leads back to the last page that has items.
    const past = pageEnvelope([], { page: 9, perPage: 2, total: 5 }, url);
    expect(past.links.next).toBeNull();
    expect(new URL(past.links.prev!).searchParams.get("page")).toBe("3");
  });
});

describe("requestOrigin", () => {
  it("is the request's origin; a forwarded scheme alone changes nothing", () => {
    expect(requestOrigin(new Request("http://localhost:3141/api/offers?x=1"))).toBe(
      "http://localhost:3141",
    );
    // The server puts a trusted proxy's scheme into the URL itself.
    expect(requestOrigin(new Request("https://spolu.example/feed.xml"))).toBe(
      "https://spolu.example",
    );
    const spoofed = new Request("http://spolu.example/", {
      headers: { "X-Forwarded-Proto": "https" },
    });
    expect(requestOrigin(spoofed)).toBe("http://spolu.example");
  });
});

describe("xmlText", () => {
  it("escapes the five XML specials", () => {
    expect(xmlText(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });
  it("drops characters XML cannot carry and keeps the rest", () => {
    expect(xmlText("a\u0000b\u0007c\td\ne\uFFFEf\uD800g")).toBe("abc\td\nefg");
    expect(xmlText("Žďár 😀")).toBe("Žďár 😀");
  });
});

describe("buildAtomFeed", () => {
  const hostile = `Tom & "Jerry" <script>alert('x')</script> ]]> \u0001`;
  const feed: AtomFeed = {
    id: "https://spolu.example/feed.xml",
    title: "Spolu — nové nabídky <&>",
    subtitle: "Žďár, Wołomin",
    selfUrl: "https://spolu.example/feed.xml?a=1&b=2",
    alternateUrl: "https://spolu.example/offers",
    lang: "cs",
    author: "Svaz měst a obcí",
    updated: "2026-11-02T10:00:00Z",
    entries: [
      {
        id: "https://spolu.example/offers/7",
        title: hostile,
        url: "https://spolu.example/offers/7?lang=en&x=<y>",
        updated: "2026-11-02T10:00:00Z",
        published: "2026-11-02T10:00:00Z",
        summary: hostile,
        categories: [{ term: "culture", label: 'Kultura & "umění"' }],
      },
      {
        id: "https://spolu.example/offers/6",
        title: "Łuck",
        url: "https://spolu.example/offers/6",
        updated: "2026-11-01T10:00:00Z",
        summary: "",
      },
    ],
  };

  it("is well-formed Atom whose text reads back exactly as given", () => {
    const root = parseXml(buildAtomFeed(feed));
    expect(root.name).toBe("feed");
    expect(root.attributes).toEqual({ xmlns: "http://www.w3.org/2005/Atom", "xml:lang": "cs" });
    expect(textOf(child(root, "title"))).toBe("Spolu — nové nabídky <&>");
    expect(textOf(child(root, "id"))).toBe(feed.id);
    expect(textOf(child(root, "updated"))).toBe(feed.updated);
    expect(textOf(child(child(root, "author"), "name"))).toBe("Svaz měst a obcí");
    const self = children(root, "link").find((l) => l.attributes.rel === "self");
    expect(self?.attributes.href).toBe("https://spolu.example/feed.xml?a=1&b=2");
    const entries = children(root, "entry");
    expect(entries).toHaveLength(2);
    const first = entries[0]!;
    const readable = hostile.replace("\u0001", "");
    expect(textOf(child(first, "title"))).toBe(readable);
    expect(textOf(child(first, "summary"))).toBe(readable);
    expect(child(first, "link").attributes.href).toBe(
      "https://spolu.example/offers/7?lang=en&x=<y>",
    );
    expect(child(first, "category").attributes).toEqual({
      term: "culture",
      label: 'Kultura & "umění"',
    });
    expect(children(entries[1]!, "published")).toHaveLength(0);
  });

  it("writes dates as RFC 3339 timestamps", () => {
    expect(atomDate("2026-11-02T10:00:00.123Z")).toBe("2026-11-02T10:00:00Z");
    expect(atomDate("2019-08-09")).toBe("2019-08-09T12:00:00Z");
  });
});

// The test parsers must fail on broken input, or the tests above prove nothing.
describe("the test XML reader", () => {
  it.each([
    ["an unclosed tag", "<feed><id>x</feed>"],
    ["crossed tags", "<a><b></a></b>"],
    ["a raw ampersand", "<a>Tom & Jerry</a>"],
    ["a raw < in text", "<a>1 < 2</a>"],
    ["a raw < in an attribute", '<a b="<"/>'],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["an unquoted attribute", "<a b=c/>"],
    ["a duplicate attribute", '<a b="1" b="2"/>'],
    ["a control character", "<a>\u0001</a>"],
    ["two roots", "<a/><b/>"],
    ["no root", '<?xml version="1.0"?>'],
    ["text after the root", "<a/>tail"],
  ])("rejects %s", (_label, source) => {
    expect(() => parseXml(source)).toThrow(XmlError);
  });

  it("reads entities, CDATA, comments and self-closing tags", () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- c --><a x=\'1 &amp; 2\'>&lt;&#x17D;&#283;<![CDATA[<&>]]><b/></a>\n',
    );
    expect(root.attributes.x).toBe("1 & 2");
    expect(textOf(root)).toBe("<Žě<&>");
    expect(children(root, "b")).toHaveLength(1);
  });
});

describe("the test CSV reader", () => {
  it("reads quoted commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng"\r\n')).toEqual([["a", "b,c", 'd "e"', "f\r\ng"]]);
  });
  it.each([
    ["a stray quote", 'a,b"c\r\n'],
    ["an unclosed quote", 'a,"b\r\n'],
    ["a bare LF", "a,b\nc,d\r\n"],
  ])("rejects %s", (_label, text) => {
    expect(() => parseCsv(text)).toThrow();
  });
  it("rejects rows that do not fit the header", () => {
    expect(() => csvRecords("a,b\r\n1\r\n")).toThrow();
  });
});
