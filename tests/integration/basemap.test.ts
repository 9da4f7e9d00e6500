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
  const respond = (headers: Record<string, string> = {}, query = "") =>
    loader({
      request: new Request(`http://localhost/basemap.json${query}`, { headers }),
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

  describe("for a small map (?bbox=west,south,east,north)", () => {
    // Around Wołomin and Czechia, as the offer page's map asks for it.
    const BBOX = "?bbox=9,46,25,55";
    const box = { west: 9, south: 46, east: 25, north: 55 };

    it("has the countries reaching into the area and no others, cut to it", async () => {
      const map = (await respond({}, BBOX).json()) as Basemap;
      const names = map.features.map((f) => f.properties.name);
      for (const name of ["Czechia", "Poland", "Germany", "Slovakia", "Austria", "Ukraine"])
        expect(names).toContain(name);
      for (const name of ["Portugal", "Spain", "France", "Norway", "Turkey"])
        expect(names).not.toContain(name);
      expect(countryAt(map, 14.42, 50.09)).toEqual(["Czechia"]); // Praha
      expect(countryAt(map, 21.24, 52.35)).toEqual(["Poland"]); // Wołomin
      const points = map.features.flatMap((f) => f.geometry.coordinates.flat(2));
      for (const [x = 0, y = 0] of points) {
        expect(x).toBeGreaterThanOrEqual(box.west);
        expect(x).toBeLessThanOrEqual(box.east);
        expect(y).toBeGreaterThanOrEqual(box.south);
        expect(y).toBeLessThanOrEqual(box.north);
      }
    });

    it("is a small part of the whole basemap, on the wire too", async () => {
      const gzip = { "Accept-Encoding": "gzip" };
      const whole = (await respond(gzip).arrayBuffer()).byteLength;
      const region = respond(gzip, BBOX);
      expect(region.headers.get("Content-Encoding")).toBe("gzip");
      const part = (await region.arrayBuffer()).byteLength;
      expect(part).toBeLessThan(15_000);
      expect(part).toBeLessThan(whole / 10);
    });

    it("keeps Crimea in Ukraine", async () => {
      const map = (await respond({}, "?bbox=28,42,40,50").json()) as Basemap;
      expect(countryAt(map, 34.1, 44.95)).toEqual(["Ukraine"]); // Simferopol
    });

    it("is cacheable by area, and refuses an area that is not one", async () => {
      const first = respond({}, BBOX);
      const etag = first.headers.get("ETag");
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(etag).not.toBe(respond().headers.get("ETag"));
      expect(respond({ "If-None-Match": etag! }, BBOX).status).toBe(304);
      // Widened to whole degrees: the same area as BBOX.
      expect(respond({}, "?bbox=9.5,46.2,24.1,54.9").headers.get("ETag")).toBe(etag);
      for (const bad of [
        "?bbox=",
        "?bbox=1,2,3",
        "?bbox=20,40,10,50",
        "?bbox=a,b,c,d",
        "?bbox=1,,3,4",
      ])
        expect(respond({}, bad).status, bad).toBe(400);
    });
  });
});
