import { describe, expect, it } from "vitest";
import { decodeMapData, encodeMapData, type MapData } from "~/domain/map-data";
import { parseLayers, parseMapParams } from "~/features/map/params.server";

const params = (query: string) => new URLSearchParams(query);

describe("map layers from the URL", () => {
  it("shows every layer the viewer may see when none was chosen", () => {
    expect([...parseLayers(params(""), false)]).toEqual([
      "offers",
      "municipalities",
      "partnerships",
    ]);
    expect([...parseLayers(params(""), true)]).toContain("matches");
  });
  it("keeps only the ticked ones once the form was sent, and none when all are unticked", () => {
    expect([...parseLayers(params("layers=1&layer=offers&layer=bogus"), false)]).toEqual([
      "offers",
    ]);
    expect([...parseLayers(params("layers=1"), false)]).toEqual([]);
  });
  it("never gives a visitor the mayor's matches layer", () => {
    expect([...parseLayers(params("layers=1&layer=matches"), false)]).toEqual([]);
  });
});

describe("map filters", () => {
  it("reads the offer filters and reports a bad population and, for mayors, a bad minimum", () => {
    const visitor = parseMapParams(params("country=pl&topic=culture&min=abc"), "en", false);
    expect(visitor.filters.countries).toEqual(["PL"]);
    expect(visitor.filters.topics).toEqual(["culture"]);
    expect(visitor.errors.min).toBeNull();
    const mayor = parseMapParams(params("population=x&min=101"), "cs", true);
    expect(mayor.errors.population).toMatch(/celé číslo/);
    expect(mayor.errors.min).toMatch(/0 do 100/);
    expect(parseMapParams(params("min=75"), "cs", true).minScore).toBe(75);
  });
});

describe("the map's wire format", () => {
  it("decodes to exactly the rows it encoded: ids and coordinates as deltas", () => {
    const data: MapData = {
      v: 1,
      offers: [
        [3, 52.34, 21.242, 53_000, "PL", 1029, "Wołomin", -1],
        [12, 42.598, 12.764, 1_300, "IT", 16_384, "Montefranco", 71],
      ],
      municipalities: [[7, 48.99, 15.351, 2_706, 2, 5, "Slavonice", 1]],
      partnerships: [
        [7, 48.99, 15.351, 51.34, 12.37, "Slavonice", "Leipzig", "DE"],
        [7, 48.99, 15.351, 48.574, 13.461, "Slavonice", "Passau", "DE"],
        [9, 49.195, 16.608, 48.208, 16.372, "Brno", "Wien", "AT"],
      ],
      me: null,
    };
    const wire = encodeMapData(data);
    expect(wire.offers.id).toEqual([3, 9]);
    expect(wire.offers.lat).toEqual([52_340, -9_742]);
    // A municipality's later partnerships repeat neither its place nor its name.
    expect(wire.partnerships.id).toEqual([7, 0, 2]);
    expect(wire.partnerships.lat).toEqual([48_990, 0, 205]);
    expect(wire.partnerships.municipality).toEqual(["Slavonice", "", "Brno"]);
    expect(decodeMapData(JSON.parse(JSON.stringify(wire)) as typeof wire)).toEqual(data);
  });
});
