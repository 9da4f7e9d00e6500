import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KRAJE } from "~/domain/kraje";
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

  it("has at least 1,250 Czech towns and every kraj", async () => {
    expect(await countPlaces(t.db, "CZ")).toBeGreaterThanOrEqual(1_250);
    const kraje = await t.db
      .selectFrom("places")
      .select("kraj")
      .distinct()
      .where("country", "=", "CZ")
      .execute();
    expect(kraje.map((k) => k.kraj).sort()).toEqual(KRAJE.map((k) => k.code).sort());
  });

  it("drops parts of towns (PPLX) and shows Czech names", async () => {
    expect(await getPlace(t.db, 3071966)).toBeUndefined(); // Libeň, part of Praha
    expect((await getPlace(t.db, 3067696))?.name).toBe("Praha");
    expect((await getPlace(t.db, 3068160))?.name).toBe("Plzeň");
    expect((await getPlace(t.db, 3078610))?.kraj).toBe("CZ-64"); // Brno, Jihomoravský
  });

  it.each([
    ["wolomin", "Wołomin", "PL"],
    ["Wołomin", "Wołomin", "PL"],
    ["luck", "Lutsk", "UA"],
    ["praha", "Praha", "CZ"],
    ["plzen", "Plzeň", "CZ"],
    ["Prague", "Praha", "CZ"],
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
    const [praha] = await searchPlaces(t.db, "praha");
    expect(praha?.matchedName).toBeNull();
  });

  it("ranks by population among prefix matches and filters by country", async () => {
    const results = await searchPlaces(t.db, "stare mesto", { country: "CZ", limit: 20 });
    expect(results.length).toBeGreaterThan(1);
    for (const r of results) expect(r.country).toBe("CZ");
    const populations = results.map((r) => r.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    // Several towns share the name; the kraj tells them apart.
    expect(new Set(results.map((r) => r.kraj)).size).toBeGreaterThan(1);
  });

  it("returns nothing for an empty or punctuation-only query", async () => {
    expect(await searchPlaces(t.db, "")).toEqual([]);
    expect(await searchPlaces(t.db, "%_")).toEqual([]);
  });
});
