import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offerFacets, refreshOfferSearchText, searchPublishedOffers } from "~/models/offer.server";
import { makeOffer, makeUser } from "../support/contact-fixtures";
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
});
