// What the map shows, chosen once for both the map's data (/map.json) and the
// list beside it (/map), so the two can never disagree.
import { today } from "~/domain/dates";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { INTEREST_CODES } from "~/domain/interests";
import { KRAJE } from "~/domain/kraje";
import {
  evaluate,
  prepareMunicipality,
  prepareOffer,
  weightTable,
  type PreparedMunicipality,
} from "~/domain/scoring";
import { openRequestsByOffer, othersOpenRequests } from "./contact.server";
import {
  currentWeights,
  municipalityForMatching,
  offerForMatching,
  preparedMunicipalities,
} from "./match.server";
import { dataVersion } from "./data-version.server";
import { getOwnedMunicipality, type MunicipalityPublic } from "./municipality.server";
import { publicPartnership } from "./partnership.server";
import {
  offerFacets,
  searchPublishedOffers,
  type OfferFilters,
  type PublicOffer,
} from "./offer.server";
import {
  MUNICIPALITY_PROFILE,
  MUNICIPALITY_VERIFIED,
  OPEN_TO_ANY_BIT,
  type MapData,
  type MapLayer,
} from "~/domain/map-data";

export { MAP_LAYERS, type MapData, type MapLayer } from "~/domain/map-data";

type Db = Kysely<Database>;

/** How many of a mayor's best matches get a line from their town. */
export const MATCH_LINES = 5;
/** More than any map needs; the offer search pages, the map wants them all. */
const ALL = 100_000;

export interface PartnershipLine {
  id: number;
  municipalityId: number;
  municipality: string;
  lat: number;
  lon: number;
  partnerTown: string;
  /** The partner's GeoNames place, when known (what names it in the reader's language). */
  partnerPlaceId: number | null;
  partnerCountry: string;
  partnerLat: number;
  partnerLon: number;
}

/** What the map's data depends on: the URL's filters and layers, and a mayor's account. */
export interface MapInput {
  filters: OfferFilters;
  minScore: number;
  layers: ReadonlySet<MapLayer>;
  /** Only municipalities with a public profile (else all of the register). */
  profilesOnly: boolean;
  mayorId: number | null;
}

export interface MapSelection {
  offers: PublicOffer[];
  /** A signed-in mayor's score for each selected offer. */
  scores: Map<number, number> | null;
  municipalities: MunicipalityPublic[];
  partnerships: PartnershipLine[];
  me: { id: number; name: string; lat: number; lon: number; top: number[] } | null;
}

/**
 * Offers by the /offers filters (and a minimum score for a mayor), public
 * profiles with any of the chosen topics, and partnerships whose both towns
 * are known places. Layers that are off are left empty.
 */
export async function selectForMap(db: Db, input: MapInput): Promise<MapSelection> {
  const { filters, layers } = input;
  const wantOffers = layers.has("offers") || layers.has("matches");
  const [found, municipalities, partnerships, own, { weights }] = await Promise.all([
    wantOffers
      ? searchPublishedOffers(db, filters, { limit: ALL, offset: 0 })
      : { offers: [], total: 0 },
    layers.has("municipalities")
      ? preparedMunicipalities(db).then((entries) => entries.map((e) => e.municipality))
      : [],
    layers.has("partnerships") ? listPartnershipLines(db) : [],
    input.mayorId !== null ? getOwnedMunicipality(db, input.mayorId) : undefined,
    currentWeights(db),
  ]);

  let offers = found.offers.filter((o) => o.lat !== null && o.lon !== null);
  let scores: Map<number, number> | null = null;
  let me: MapSelection["me"] = null;
  if (own) {
    const table = weightTable(weights);
    const date = today();
    const m: PreparedMunicipality = prepareMunicipality(municipalityForMatching(own));
    const open = await openRequestsByOffer(db);
    scores = new Map(
      offers.map((o) => [
        o.id,
        evaluate(
          m,
          prepareOffer(offerForMatching(o, othersOpenRequests(open, own.id, o.id)), date),
          table,
        ),
      ]),
    );
    offers = offers.filter((o) => (scores?.get(o.id) ?? 0) >= input.minScore);
    if (own.lat !== null && own.lon !== null) {
      const top = [...offers]
        .sort((a, b) => (scores?.get(b.id) ?? 0) - (scores?.get(a.id) ?? 0) || b.id - a.id)
        .slice(0, MATCH_LINES)
        .map((o) => o.id);
      me = { id: own.id, name: own.name, lat: own.lat, lon: own.lon, top };
    }
  }

  const topics = filters.topics?.length ? filters.topics : null;
  return {
    offers,
    scores,
    municipalities: municipalities.filter(
      (m) =>
        m.lat !== null &&
        m.lon !== null &&
        (!input.profilesOnly || m.hasProfile) &&
        (!topics || topics.some((t) => m.interests.includes(t))),
    ),
    partnerships,
    me,
  };
}

/** Partnerships others may see (as on /partnerships) where both towns have a place on the map. */
export async function listPartnershipLines(db: Db): Promise<PartnershipLine[]> {
  const rows = await db
    .selectFrom("partnerships as p")
    .innerJoin("municipalities as m", "m.id", "p.municipality_id")
    // The partner's place, or for a partnership made through Spolu the offer's own pin.
    .leftJoin("places as pl", "pl.id", "p.partner_place_id")
    .leftJoin("offers as o", "o.id", "p.offer_id")
    .select((eb) => [
      "p.id",
      "m.id as municipalityId",
      "m.name as municipality",
      "m.lat",
      "m.lon",
      "p.partner_town as partnerTown",
      "p.partner_place_id as partnerPlaceId",
      "p.partner_country as partnerCountry",
      eb.fn.coalesce("pl.lat", "o.lat").as("partnerLat"),
      eb.fn.coalesce("pl.lon", "o.lon").as("partnerLon"),
    ])
    .where((eb) => eb.or([eb("pl.id", "is not", null), eb("o.lat", "is not", null)]))
    .where(publicPartnership())
    .where("m.lat", "is not", null)
    .orderBy("m.id")
    .orderBy(sql`case when p.since_year is null then 1 else 0 end`)
    .orderBy("p.since_year")
    .orderBy("p.id")
    .execute();
  return rows.map((r) => ({
    ...r,
    lat: r.lat as number,
    lon: r.lon as number,
    partnerLat: r.partnerLat as number,
    partnerLon: r.partnerLon as number,
  }));
}

// ---- The compact JSON the map loads ---------------------------------------------------------

const TOPIC_BIT = new Map<string, number>(INTEREST_CODES.map((c, i) => [c, 1 << i]));
const KRAJ_INDEX = new Map<string, number>(KRAJE.map((k, i) => [k.code, i]));

function topicBits(codes: readonly string[], openToAny = false): number {
  let bits = openToAny ? OPEN_TO_ANY_BIT : 0;
  for (const c of codes) bits |= TOPIC_BIT.get(c) ?? 0;
  return bits;
}

/** ~100 m: plenty for a marker, and short numbers. */
const coord = (n: number) => Math.round(n * 1000) / 1000;

/** How a foreign town is named to the map's reader (its exonym: Luck for Lutsk). */
export type NameTown = (town: { placeId: number | null; name: string; country: string }) => string;

export function toMapData(selection: MapSelection, nameTown: NameTown = (t) => t.name): MapData {
  return {
    v: 1,
    offers: selection.offers.map((o) => [
      o.id,
      coord(o.lat as number),
      coord(o.lon as number),
      o.population,
      o.country,
      topicBits(o.topics, o.openToAnyTopic),
      nameTown({ placeId: o.placeId, name: o.town, country: o.country }),
      selection.scores?.get(o.id) ?? -1,
    ]),
    municipalities: selection.municipalities.map((m) => [
      m.id,
      coord(m.lat as number),
      coord(m.lon as number),
      m.population,
      KRAJ_INDEX.get(m.kraj) ?? -1,
      topicBits(m.interests),
      m.name,
      (m.verified ? MUNICIPALITY_VERIFIED : 0) | (m.hasProfile ? MUNICIPALITY_PROFILE : 0),
    ]),
    partnerships: selection.partnerships.map((p) => [
      p.municipalityId,
      coord(p.lat),
      coord(p.lon),
      coord(p.partnerLat),
      coord(p.partnerLon),
      p.municipality,
      nameTown({ placeId: p.partnerPlaceId, name: p.partnerTown, country: p.partnerCountry }),
      p.partnerCountry,
    ]),
    me: selection.me
      ? { ...selection.me, lat: coord(selection.me.lat), lon: coord(selection.me.lon) }
      : null,
  };
}

// ---- A short-lived cache: the page and its /map.json ask for the same selection -------------

/**
 * What the map's data depends on: any edit, publication, new partnership or new weights
 * changes it, and open requests on an offer lower its score (saturation), so every move of
 * a contact counts; the data version's date covers expiry.
 */
export async function mapDataVersion(db: Db): Promise<string> {
  return dataVersion(db, ["offers", "municipalities", "partnerships", "weights", "contacts"]);
}

const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 200;
const caches = new WeakMap<Db, Map<string, { at: number; value: Promise<unknown> }>>();

/**
 * `compute()` once per key and data version for a minute: the /map page and the
 * /map.json it triggers a moment later share one selection, and a busy server
 * answers repeated views of the map without redoing the work.
 */
export async function cachedForMap<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const full = `${await mapDataVersion(db)}|${key}`;
  const hit = cache.get(full);
  if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.value as Promise<T>;
  const value = compute();
  cache.set(full, { at: Date.now(), value });
  value.catch(() => cache.delete(full));
  while (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value as string);
  return value;
}

export function mapCacheKey(input: MapInput): string {
  return JSON.stringify([
    input.filters,
    input.minScore,
    [...input.layers].sort(),
    input.profilesOnly,
    input.mayorId,
  ]);
}

// ---- The list beside the map ----------------------------------------------------------------

/** The map's selection in the order of the list beside it, and the country filter's options. */
export interface MapListing {
  /** A mayor's best matches first; for others the order of /offers (newest first). */
  offers: PublicOffer[];
  scores: Map<number, number> | null;
  /** Those with a profile first, then the largest: the register's own order means nothing here. */
  municipalities: MunicipalityPublic[];
  /** Newest first, so a partnership just concluded through Spolu heads the list. */
  partnerships: PartnershipLine[];
  me: MapSelection["me"];
  /** Countries with offers for these filters, and those chosen: the filter's options. */
  countries: string[];
}

/**
 * The selection (shared with /map.json) sorted for the list, with the filter's
 * countries, once per data version and filters: a request for another page of a
 * list (page, mpage, ppage) only slices, instead of sorting 6,254 municipalities
 * and counting offers by country and topic again.
 */
export function listForMap(db: Db, input: MapInput): Promise<MapListing> {
  const key = mapCacheKey(input);
  return cachedForMap(db, `listing|${key}`, async () => {
    const [selection, facets] = await Promise.all([
      cachedForMap(db, `selection|${key}`, () => selectForMap(db, input)),
      offerFacets(db, input.filters),
    ]);
    const score = (id: number) => selection.scores?.get(id) ?? 0;
    return {
      // Array sort is stable: equal scores keep the order of /offers.
      offers: selection.scores
        ? [...selection.offers].sort((a, b) => score(b.id) - score(a.id))
        : selection.offers,
      scores: selection.scores,
      municipalities: [...selection.municipalities].sort(
        (a, b) => Number(b.hasProfile) - Number(a.hasProfile) || b.population - a.population,
      ),
      partnerships: [...selection.partnerships].sort((a, b) => b.id - a.id),
      me: selection.me,
      countries: [
        ...new Set([...Object.keys(facets.countries), ...(input.filters.countries ?? [])]),
      ],
    };
  });
}
