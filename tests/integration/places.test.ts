import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countPlaces, getPlace, searchPlaces } from "~/models/place.server";
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

  it("returns nothing for an empty or punctuation-only query", async () => {
    expect(await searchPlaces(t.db, "")).toEqual([]);
    expect(await searchPlaces(t.db, "%_")).toEqual([]);
  });
});
