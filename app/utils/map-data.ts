// The shape of /map.json, shared by the server that writes it and the map that reads it.
import { INTEREST_CODES } from "~/domain/interests";

export const MAP_LAYERS = ["offers", "municipalities", "partnerships", "matches"] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/** Bit i of a topic mask: INTEREST_CODES[i]; this bit: open to any topic. */
export const OPEN_TO_ANY_BIT = 1 << INTEREST_CODES.length;

/**
 * Rows as arrays, not objects: the field names would be most of the bytes.
 * offers:         [id, lat, lon, population, country, topic bits, town, score | -1]
 * municipalities: [id, lat, lon, population, kraj index, topic bits, name, verified 0/1]
 * partnerships:   [municipality id, lat, lon, partner lat, partner lon, municipality,
 *                  partner town, partner country]
 */
export interface MapData {
  v: 1;
  offers: [number, number, number, number, string, number, string, number][];
  municipalities: [number, number, number, number, number, number, string, 0 | 1][];
  partnerships: [number, number, number, number, number, string, string, string][];
  me: { id: number; name: string; lat: number; lon: number; top: number[] } | null;
}
