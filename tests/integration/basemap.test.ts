import { describe, expect, it } from "vitest";
import { loader } from "~/routes/basemap[.]json";

type Position = number[];
interface Basemap {
  features: { properties: { name: string }; geometry: { coordinates: Position[][][] } }[];
}

function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!)
      inside = !inside;
  }
  return inside;
}

function countryAt(map: Basemap, lon: number, lat: number): string[] {
  return map.features
    .filter((f) =>
      f.geometry.coordinates.some((polygon) => polygon[0] && inRing([lon, lat], polygon[0])),
    )
    .map((f) => f.properties.name);
}

describe("the embedded basemap", () => {
  const respond = (headers: Record<string, string> = {}) =>
    loader({
      request: new Request("http://localhost/basemap.json", { headers }),
      params: {},
      context: {},
    }) as Response;

  it("draws Crimea as part of Ukraine and one Cyprus", async () => {
    const map = (await respond().json()) as Basemap;
    expect(countryAt(map, 34.1, 44.95)).toEqual(["Ukraine"]); // Simferopol
    expect(countryAt(map, 33.52, 44.6)).toEqual(["Ukraine"]); // Sevastopol
    expect(countryAt(map, 37.62, 55.75)).toEqual(["Russia"]); // Moscow
    expect(countryAt(map, 14.42, 50.09)).toEqual(["Czechia"]); // Praha
    expect(countryAt(map, 33.36, 35.19)).toEqual(["Cyprus"]); // Nicosia
    expect(map.features.map((f) => f.properties.name)).not.toContain("N. Cyprus");
  });

  it("is cacheable: a strong ETag and 304 when it matches", async () => {
    const first = respond();
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("Cache-Control")).toContain("max-age");
    expect(respond({ "If-None-Match": etag! }).status).toBe(304);
  });
});
