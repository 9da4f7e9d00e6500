// The shape of /map.json, shared by the server that writes it and the map that reads it.
import { INTEREST_CODES } from "~/domain/interests";

export const MAP_LAYERS = ["offers", "municipalities", "partnerships", "matches"] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** Bit i of a topic mask: INTEREST_CODES[i]; this bit: open to any topic. */
export const OPEN_TO_ANY_BIT = 1 << INTEREST_CODES.length;

/** Flags of a municipality on the map: staff verified its account; it has a public profile. */
export const MUNICIPALITY_VERIFIED = 1;
export const MUNICIPALITY_PROFILE = 2;

/**
 * The map's data as rows (decoded from the wire format below).
 * offers:         [id, lat, lon, population, country, topic bits, town, score | -1]
 * municipalities: [id, lat, lon, population, kraj index, topic bits, name, flags]
 *                  (flags: MUNICIPALITY_VERIFIED | MUNICIPALITY_PROFILE)
 * partnerships:   [municipality id, lat, lon, partner lat, partner lon, municipality,
 *                  partner town, partner country]
 */
export interface MapData {
  v: 1;
  offers: [number, number, number, number, string, number, string, number][];
  municipalities: [number, number, number, number, number, number, string, number][];
  partnerships: [number, number, number, number, number, string, string, string][];
  me: { id: number; name: string; lat: number; lon: number; top: number[] } | null;
}

// ---- On the wire: one array per field, ids and coordinates as deltas ------------------------
//
// Column arrays of small numbers compress far better than rows: 6,250 profiles and
// 2,000 offers went from 162 KB to about 120 KB gzip (docs/benchmarks.md).

type OfferRow = MapData["offers"][number];
type MunicipalityRow = MapData["municipalities"][number];

export interface MapWire {
  v: 2;
  offers: {
    id: number[];
    lat: number[];
    lon: number[];
    population: number[];
    country: string[];
    topics: number[];
    town: string[];
    score: number[];
  };
  municipalities: {
    id: number[];
    lat: number[];
    lon: number[];
    population: number[];
    kraj: number[];
    topics: number[];
    name: string[];
    flags: number[];
  };
  partnerships: MapData["partnerships"];
  me: MapData["me"];
}

/** Values as differences to the previous one (thousandths of a degree for coordinates). */
function deltas(values: number[], scale = 1): number[] {
  let previous = 0;
  return values.map((v) => {
    const n = Math.round(v * scale);
    const d = n - previous;
    previous = n;
    return d;
  });
}

function sums(ds: readonly number[], scale = 1): number[] {
  let total = 0;
  return ds.map((d) => {
    total += d;
    return total / scale;
  });
}

const col = <R extends unknown[], I extends number>(rows: R[], i: I) => rows.map((r) => r[i]);

export function encodeMapData(data: MapData): MapWire {
  const o = data.offers;
  const m = data.municipalities;
  return {
    v: 2,
    offers: {
      id: deltas(col(o, 0) as number[]),
      lat: deltas(col(o, 1) as number[], 1000),
      lon: deltas(col(o, 2) as number[], 1000),
      population: col(o, 3) as number[],
      country: col(o, 4) as string[],
      topics: col(o, 5) as number[],
      town: col(o, 6) as string[],
      score: col(o, 7) as number[],
    },
    municipalities: {
      id: deltas(col(m, 0) as number[]),
      lat: deltas(col(m, 1) as number[], 1000),
      lon: deltas(col(m, 2) as number[], 1000),
      population: col(m, 3) as number[],
      kraj: col(m, 4) as number[],
      topics: col(m, 5) as number[],
      name: col(m, 6) as string[],
      flags: col(m, 7) as number[],
    },
    partnerships: data.partnerships,
    me: data.me,
  };
}

export function decodeMapData(wire: MapWire): MapData {
  const o = wire.offers;
  const m = wire.municipalities;
  const [oId, oLat, oLon] = [sums(o.id), sums(o.lat, 1000), sums(o.lon, 1000)];
  const [mId, mLat, mLon] = [sums(m.id), sums(m.lat, 1000), sums(m.lon, 1000)];
  return {
    v: 1,
    offers: oId.map((id, i): OfferRow => [
      id,
      oLat[i] as number,
      oLon[i] as number,
      o.population[i] as number,
      o.country[i] as string,
      o.topics[i] as number,
      o.town[i] as string,
      o.score[i] as number,
    ]),
    municipalities: mId.map((id, i): MunicipalityRow => [
      id,
      mLat[i] as number,
      mLon[i] as number,
      m.population[i] as number,
      m.kraj[i] as number,
      m.topics[i] as number,
      m.name[i] as string,
      m.flags[i] as number,
    ]),
    partnerships: wire.partnerships,
    me: wire.me,
  };
}
