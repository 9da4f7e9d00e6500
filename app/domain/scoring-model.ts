// The scoring's shapes and the constants its sentences quote: the two sides as matching
// reads them, each side prepared once, and the per-factor details of one pair.
// ./scoring.ts computes with them and ./scoring-text.ts explains them; both import
// from here, so neither imports the other's module for them.

export const POSITIVE_FACTORS = [
  "topics",
  "population",
  "language",
  "preferences",
  "distance",
  "proximity",
  "freshness",
] as const;
export type PositiveFactor = (typeof POSITIVE_FACTORS)[number];
export type Factor = PositiveFactor | "saturation" | "balance";

/** Open requests on an offer at which its saturation penalty is full. */
export const SATURATION_REQUESTS = 10;
/** Requests up to this age count as fresh; older ones fade out over a year. */
export const FRESH_DAYS = 60;
export const STALE_DAYS = 365;

export interface MatchMunicipality {
  name: string;
  /**
   * False for a register entry nobody has written a profile for: its topics and
   * working languages are unknown (it surely works in Czech) and count half.
   */
  hasProfile: boolean;
  population: number;
  /** ISO 3166-2 code of the kraj, e.g. CZ-31. */
  kraj: string | null;
  lat: number | null;
  lon: number | null;
  interests: readonly string[];
  languages: readonly string[];
  seeksCountries: readonly string[];
  seeksAnyCountry: boolean;
  partnerMin: number | null;
  partnerMax: number | null;
  maxDistanceKm: number | null;
  /** Countries of the municipality's existing partners, one entry per partner. */
  partnerCountries: readonly string[];
}

export interface MatchOffer {
  id: number;
  /** The GeoNames place of the town, when known: what names it in the reader's language. */
  placeId?: number | null;
  town: string;
  country: string;
  population: number;
  lat: number | null;
  lon: number | null;
  topics: readonly string[];
  openToAnyTopic: boolean;
  partnerMin: number | null;
  partnerMax: number | null;
  preferredKraje: readonly string[];
  languages: readonly string[];
  maxDistanceKm: number | null;
  /** YYYY-MM-DD of publication, or null when unknown. */
  publishedOn: string | null;
  /** Expressions of interest waiting for this offer. */
  openRequests: number;
  status: string;
  expiresOn: string;
}

export interface LanguageSet {
  lo: number;
  hi: number;
  other: readonly string[];
}

export interface Point {
  x: number;
  y: number;
  z: number;
}

export interface PreparedMunicipality {
  source: MatchMunicipality;
  /** False: topics and languages unknown (no profile), scored as UNKNOWN_FIT. */
  known: boolean;
  topics: number;
  topicCount: number;
  languages: LanguageSet;
  logPopulation: number;
  /** Log bounds of the wished partner size; NaN when no range is given. */
  logMin: number;
  logMax: number;
  hasRange: boolean;
  krajBit: number;
  /** Countries the municipality seeks; null when any country will do. */
  seeks: ReadonlySet<string> | null;
  /** The same as bit masks over the European countries (for the hot loop). */
  seeksLo: number;
  seeksHi: number;
  /** Existing partners per country index. */
  partnersByCountry: Uint8Array;
  hasPartners: boolean;
  /** -1: no distance limit. */
  maxDistanceKm: number;
  point: Point | null;
  /** The unit vector's coordinates as plain numbers for the hot loop; NaN when unknown. */
  x: number;
  y: number;
  z: number;
}

export interface PreparedOffer {
  source: MatchOffer;
  topics: number;
  topicCount: number;
  languages: LanguageSet;
  logPopulation: number;
  logMin: number;
  logMax: number;
  hasRange: boolean;
  /** Bit mask of preferred kraje; 0 when any kraj will do. */
  kraje: number;
  openToAnyTopic: boolean;
  /** Index into the European countries; -1 when not one of them. */
  countryIndex: number;
  /** -1: no distance limit. */
  maxDistanceKm: number;
  /** Share of the full saturation penalty its open requests carry (0–1). */
  requestLoad: number;
  point: Point | null;
  x: number;
  y: number;
  z: number;
  /** NaN when the publication date is unknown. */
  freshness: number;
  ageDays: number;
}

/**
 * Inside a wished size range a town of more similar size still earns a little
 * more: 1 − ε·(1 − size similarity). Outside the range the fall-off is scaled by
 * 1 − ε, so a town inside never scores below one outside.
 */
export const RANGE_TIE_BREAK = 0.1;

// Proximity, whether or not anyone set a limit: real partners are a median ~320 km
// apart, random towns of the same country ~420 km and of Europe ~940 km, and a
// quarter of real partners lie within 100 km (docs/decisions/006-matching.md).
// Full points up to 30 km, none from 1,000 km, linear in log(distance) between:
// half at √(30 · 1,000) ≈ 173 km.
export const PROXIMITY_FULL_KM = 30;
export const PROXIMITY_ZERO_KM = 1_000;

/** Per-factor fractions of one pair, filled by `evaluate` when asked for. */
export interface Details {
  /** Side A (municipality) and B (offer) fractions, NaN where the factor does not apply. */
  a: Float64Array;
  b: Float64Array;
  maxima: Float64Array;
  shared: number;
  /** Great-circle distance; NaN when a place is unknown. */
  distanceKm: number;
  partnersInCountry: number;
  saturationA: number;
  saturationB: number;
  sideA: number;
  sideB: number;
}
