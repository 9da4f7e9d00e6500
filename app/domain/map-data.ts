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
// 2,000 offers went from 162 KB to about 120 KB gzip; the ~1,100 partnerships from
// 25.9 KB to 20.6 KB (docs/benchmarks.md).

type OfferRow = MapData["offers"][number];
type MunicipalityRow = MapData["municipalities"][number];
type PartnershipRow = MapData["partnerships"][number];

export interface MapWire {
  v: 3;
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
  /**
   * In the order the server gives them (by municipality): a municipality's id and place
   * repeat as zero deltas, its name as "" after its first partnership.
   */
  partnerships: {
    id: number[];
    lat: number[];
    lon: number[];
    partnerLat: number[];
    partnerLon: number[];
    municipality: string[];
    town: string[];
    country: string[];
  };
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
  const p = data.partnerships;
  return {
    v: 3,
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
    partnerships: {
      id: deltas(col(p, 0) as number[]),
      lat: deltas(col(p, 1) as number[], 1000),
      lon: deltas(col(p, 2) as number[], 1000),
      partnerLat: deltas(col(p, 3) as number[], 1000),
      partnerLon: deltas(col(p, 4) as number[], 1000),
      municipality: p.map((r, i) => (i > 0 && p[i - 1]?.[0] === r[0] ? "" : r[5])),
      town: col(p, 6) as string[],
      country: col(p, 7) as string[],
    },
    me: data.me,
  };
}

export function decodeMapData(wire: MapWire): MapData {
  const o = wire.offers;
  const m = wire.municipalities;
  const [oId, oLat, oLon] = [sums(o.id), sums(o.lat, 1000), sums(o.lon, 1000)];
  const [mId, mLat, mLon] = [sums(m.id), sums(m.lat, 1000), sums(m.lon, 1000)];
  const p = wire.partnerships;
  const [pId, pLat, pLon] = [sums(p.id), sums(p.lat, 1000), sums(p.lon, 1000)];
  const [partnerLat, partnerLon] = [sums(p.partnerLat, 1000), sums(p.partnerLon, 1000)];
  let name = "";
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
    partnerships: pId.map((id, i): PartnershipRow => {
      if (i === 0 || id !== pId[i - 1] || p.municipality[i]) name = p.municipality[i] as string;
      return [
        id,
        pLat[i] as number,
        pLon[i] as number,
        partnerLat[i] as number,
        partnerLon[i] as number,
        name,
        p.town[i] as string,
        p.country[i] as string,
      ];
    }),
    me: wire.me,
  };
}
