import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  listFilteredOfferIds,
  listPublishedOffersByIds,
  offerFacets,
  refreshOfferSearchText,
  searchPublishedOffers,
} from "~/models/offer.server";
import { makeMunicipality, makeOffer, makeUser } from "../support/factories";
import { cookieFor, get, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const ALL = { limit: 1000, offset: 0 };

describe(`offer search on ${dialectName()}`, () => {
  let t: TestDb;
  const towns = async (filters: Parameters<typeof searchPublishedOffers>[1]) =>
    (await searchPublishedOffers(t.db, filters, ALL)).offers.map((o) => o.town);

  beforeAll(async () => {
    t = await createSeededDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("finds towns and words without diacritics or case", async () => {
    expect(await towns({ q: "wolomin" })).toEqual(["Wołomin"]);
    expect(await towns({ q: "WOŁOMIN" })).toEqual(["Wołomin"]);
    expect(await towns({ q: "zivotni" })).toContain("Wołomin"); // "životního prostředí"
    expect(await towns({ q: "montefranco umbria" })).toEqual(["Montefranco"]);
    expect(await towns({ q: "nonexistenttownname" })).toEqual([]);
  });

  it("finds a town written in Cyrillic by its Latin names, and the other way round", async () => {
    const staff = await makeUser(t, "staff");
    const tag = Date.now().toString(36);
    const ukrainian = `Новоград ${tag}`;
    await makeOffer(t, null, staff.id, {
      town: ukrainian,
      country: "UA",
      description: "Громада шукає партнера в Чехії.",
    });
    await makeOffer(t, null, staff.id, { town: `Zhytomyr ${tag}`, country: "UA" });
    expect(await towns({ q: `novohrad ${tag}` })).toEqual([ukrainian]);
    expect(await towns({ q: `hromada ${tag}` })).toEqual([ukrainian]);
    // A query alone cannot tell whether г is h (Ukrainian) or g: both readings are searched.
    expect(await towns({ q: `Новоград ${tag}` })).toEqual([ukrainian]);
    expect(await towns({ q: `Житомир ${tag}` })).toEqual([`Zhytomyr ${tag}`]);
  });

  it("writes again, once, the search keys of offers saved before Cyrillic was spelled in Latin", async () => {
    const staff = await makeUser(t, "staff");
    const tag = Date.now().toString(36);
    const town = `Чернігів ${tag}`;
    const id = await makeOffer(t, null, staff.id, { town, country: "UA" });
    // As the offer was stored before: its Cyrillic letters kept.
    await t.db
      .updateTable("offers")
      .set({ search_text: `чернігів ${tag}`, updated_at: new Date().toISOString() })
      .where("id", "=", id)
      .execute();
    expect(await towns({ q: `chernihiv ${tag}` })).toEqual([]);
    expect(await refreshOfferSearchText(t.db)).toBeGreaterThanOrEqual(1);
    expect(await towns({ q: `chernihiv ${tag}` })).toEqual([town]);
    expect(await towns({ q: town })).toEqual([town]);
    expect(await refreshOfferSearchText(t.db)).toBe(0);
  });

  it("finds a town and its region by their names in every language", async () => {
    const staff = await makeUser(t, "staff");
    const tag = Date.now().toString(36);
    const town = `Warszawa ${tag}`;
    const id = await makeOffer(t, null, staff.id, {
      placeId: 756135, // GeoNames: Warszawa
      town,
      country: "PL",
      region: "Masovian Voivodeship",
    });
    expect(await towns({ q: `varšava ${tag}` })).toEqual([town]); // Czech
    expect(await towns({ q: `warschau ${tag}` })).toEqual([town]); // German
    expect(await towns({ q: `Варшава ${tag}` })).toEqual([town]); // Ukrainian
    expect(await towns({ q: `mazovske ${tag}` })).toEqual([town]); // Mazovské vojvodství

    // An offer saved before its search text held those names gets them at the next start.
    await t.db
      .updateTable("offers")
      .set({ search_text: `warszawa ${tag} masovian voivodeship` })
      .where("id", "=", id)
      .execute();
    expect(await towns({ q: `varšava ${tag}` })).toEqual([]);
    expect(await refreshOfferSearchText(t.db)).toBeGreaterThanOrEqual(1);
    expect(await towns({ q: `varšava ${tag}` })).toEqual([town]);
    expect(await refreshOfferSearchText(t.db)).toBe(0);
  });

  it("treats LIKE wildcards in the query as text", async () => {
    expect(await towns({ q: "%" })).toHaveLength((await towns({})).length);
    expect(await towns({ q: "_x_%" })).toEqual(await towns({ q: "x" }));
  });

  it("filters by countries", async () => {
    const result = await searchPublishedOffers(t.db, { countries: ["PL", "IT"] }, ALL);
    expect(result.total).toBeGreaterThanOrEqual(2);
    expect(new Set(result.offers.map((o) => o.country))).toEqual(new Set(["PL", "IT"]));
  });

  it("filters by topic, always including offers open to any topic", async () => {
    const result = await searchPublishedOffers(t.db, { topics: ["agriculture_land"] }, ALL);
    const names = result.offers.map((o) => o.town);
    expect(names).toContain("Wołomin");
    expect(names).toContain("Montefranco"); // open to any topic
    expect(names).not.toContain("Lutsk"); // culture only
    for (const o of result.offers)
      expect(o.openToAnyTopic || o.topics.includes("agriculture_land")).toBe(true);
  });

  it("keeps offers whose wished partner size admits the population", async () => {
    expect(await towns({ population: 2_400, q: "montefranco" })).toEqual(["Montefranco"]);
    expect(await towns({ population: 50_000, q: "montefranco" })).toEqual([]);
    // No wished size: every population fits.
    expect(await towns({ population: 50_000, q: "wolomin" })).toEqual(["Wołomin"]);
  });

  it("filters by the requesting town's own size", async () => {
    const small = await searchPublishedOffers(t.db, { townPopulation: { max: 4_999 } }, ALL);
    expect(small.offers.length).toBeGreaterThan(0);
    for (const o of small.offers) expect(o.population).toBeLessThan(5_000);
  });

  it("pages through results in a stable order", async () => {
    const all = await searchPublishedOffers(t.db, {}, ALL);
    const first = await searchPublishedOffers(t.db, {}, { limit: 10, offset: 0 });
    const second = await searchPublishedOffers(t.db, {}, { limit: 10, offset: 10 });
    expect(first.total).toBe(all.total);
    expect([...first.offers, ...second.offers].map((o) => o.id)).toEqual(
      all.offers.slice(0, 20).map((o) => o.id),
    );
  });

  it("counts facets consistently with the results they lead to", async () => {
    const facets = await offerFacets(t.db, {});
    expect(facets.countries.PL).toBe(
      (await searchPublishedOffers(t.db, { countries: ["PL"] }, ALL)).total,
    );
    expect(facets.topics.culture).toBe(
      (await searchPublishedOffers(t.db, { topics: ["culture"] }, ALL)).total,
    );
    // A facet does not narrow its own counts.
    const withCountry = await offerFacets(t.db, { countries: ["PL"] });
    expect(withCountry.countries.IT).toBe(facets.countries.IT);
  });

  it("finds topics and countries by their names in every UI language", async () => {
    const staff = await makeUser(t, "staff");
    const tag = Date.now().toString(36);
    const town = `Gmina ${tag}`;
    await makeOffer(t, null, staff.id, {
      town,
      country: "PL",
      topics: ["culture", "sport"],
      openToAnyTopic: false,
      description: "Szukamy partnera.",
    });
    expect(await towns({ q: `kultura ${tag}` })).toEqual([town]); // Czech, Polish
    expect(await towns({ q: `Polsko ${tag}` })).toEqual([town]); // Czech
    expect(await towns({ q: `Polen ${tag}` })).toEqual([town]); // German
    expect(await towns({ q: `Польща ${tag}` })).toEqual([town]); // Ukrainian
    expect(await towns({ q: `Poland culture ${tag}` })).toEqual([town]);
    expect(await towns({ q: `Italy ${tag}` })).toEqual([]);
    expect(await towns({ q: `vzdělávání ${tag}` })).toEqual([]); // not one of its topics
  });

  it("finds by a topic's name every offer the topic filter shows with that topic", async () => {
    const byTopic = await searchPublishedOffers(t.db, { topics: ["culture"] }, ALL);
    const withCulture = byTopic.offers.filter((o) => !o.openToAnyTopic).map((o) => o.id);
    expect(withCulture.length).toBeGreaterThan(0);
    const byWord = (await searchPublishedOffers(t.db, { q: "kultura" }, ALL)).offers.map(
      (o) => o.id,
    );
    expect(byWord).toEqual(expect.arrayContaining(withCulture));
  });

  it("ranks offers named by the query before offers that only mention it, then the newest", async () => {
    const staff = await makeUser(t, "staff");
    const tag = Date.now().toString(36);
    const named = `Sopotnica ${tag}`;
    const mentions = `Rybnik ${tag}`;
    await makeOffer(t, null, staff.id, { town: named, country: "PL" });
    await makeOffer(t, null, staff.id, {
      town: mentions,
      country: "PL",
      description: "Współpracujemy z miastem Sopotnica od lat.",
    });
    const relevance = await searchPublishedOffers(t.db, { q: `sopotnica ${tag}` }, ALL);
    expect(relevance.offers.map((o) => o.town)).toEqual([named, mentions]);
    const newest = await searchPublishedOffers(t.db, { q: `sopotnica ${tag}` }, ALL, "newest");
    expect(newest.offers.map((o) => o.town)).toEqual([mentions, named]);
  });

  it("sorts by the requesting town's population either way", async () => {
    const largest = await searchPublishedOffers(t.db, {}, ALL, "largest");
    const populations = largest.offers.map((o) => o.population);
    expect(populations.length).toBeGreaterThan(1);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    const smallest = await searchPublishedOffers(t.db, {}, ALL, "smallest");
    expect(smallest.offers.map((o) => o.population)).toEqual([...populations].reverse());
  });

  it("lists the filtered ids and reads offers back in the order asked", async () => {
    const ids = await listFilteredOfferIds(t.db, { countries: ["PL"] });
    expect(ids.length).toBe((await searchPublishedOffers(t.db, { countries: ["PL"] }, ALL)).total);
    const reversed = [...ids].reverse().slice(0, 5);
    const offers = await listPublishedOffersByIds(t.db, [...reversed, 2_000_000_000]);
    expect(offers.map((o) => o.id)).toEqual(reversed);
    expect(await listPublishedOffersByIds(t.db, [])).toEqual([]);
  });

  it("hides the demo data's sample requests with one filter, and counts them either way", async () => {
    const staff = await makeUser(t, "staff");
    const tag = Date.now().toString(36);
    const real = `Skutečné ${tag}`;
    const sample = `Ukázkové ${tag}`;
    await makeOffer(t, null, staff.id, { town: real });
    const demoId = await makeOffer(t, null, staff.id, { town: sample });
    await t.db.updateTable("offers").set({ is_demo: 1 }).where("id", "=", demoId).execute();
    expect(await towns({ q: tag })).toEqual([sample, real]);
    expect(await towns({ q: tag, hideDemo: true })).toEqual([real]);
    expect((await offerFacets(t.db, { q: tag })).demo).toBe(1);
    expect((await offerFacets(t.db, { q: tag, hideDemo: true })).demo).toBe(1);
    expect((await offerFacets(t.db, { q: real })).demo).toBe(0);
  });

  describe("the /offers page's order", () => {
    interface OffersBody {
      sort: string;
      sorts: string[];
      total: number;
      offers: { id: number; town: string; population: number; score?: number }[];
    }
    beforeAll(async () => {
      await useTestDatabase(t);
    });
    const offersPage = async (query: string, cookie?: string) => {
      const route = await import("~/routes/offers._index");
      const answer = await call(route.loader, get(`/offers${query}`, cookie));
      expect(answer.status).toBe(200);
      return answer.data as OffersBody;
    };

    it("reads demo=hide as the filter that hides sample requests", async () => {
      const staff = await makeUser(t, "staff");
      const demoId = await makeOffer(t, null, staff.id, { town: `Ukázka ${Date.now()}` });
      await t.db.updateTable("offers").set({ is_demo: 1 }).where("id", "=", demoId).execute();
      const all = await offersPage("");
      const real = await offersPage("?demo=hide");
      expect(all.total).toBeGreaterThan(real.total); // the seed's demo data
      expect((real as unknown as { demoCount: number }).demoCount).toBe(all.total - real.total);
    });

    it("offers relevance only with a query, and no score to a visitor", async () => {
      expect((await offersPage("")).sorts).toEqual(["newest", "largest", "smallest"]);
      const searched = await offersPage("?q=wolomin&sort=match");
      expect(searched.sorts).toEqual(["relevance", "newest", "largest", "smallest"]);
      expect(searched.sort).toBe("relevance"); // "match" is not a visitor's order
      expect(searched.offers.every((o) => o.score === undefined)).toBe(true);
      const largest = await offersPage("?sort=largest");
      const populations = largest.offers.map((o) => o.population);
      expect(populations).toEqual([...populations].sort((a, b) => b - a));
    });

    it("sorts a mayor's list by the score for their municipality, filters kept", async () => {
      const staff = await makeUser(t, "staff");
      const mayor = await makeUser(t, "mayor");
      await makeMunicipality(t, mayor.id, staff.id, {}, { verify: true });
      const cookie = await cookieFor(t, mayor.id);
      const page = await offersPage("?sort=match&country=PL", cookie);
      expect(page.sorts).toContain("match");
      expect(page.sort).toBe("match");
      expect(page.offers.length).toBeGreaterThan(1);
      expect(page.offers.every((o) => o.town && typeof o.score === "number")).toBe(true);
      const scores = page.offers.map((o) => o.score as number);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const plain = await offersPage("?country=PL", cookie);
      expect(page.total).toBe(plain.total);
      expect(new Set(page.offers.map((o) => o.id))).toEqual(new Set(plain.offers.map((o) => o.id)));
    });
  });
});
