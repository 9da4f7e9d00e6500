// The explainable match score between a Czech municipality and a foreign offer.
// Pure: no I/O, no framework. See docs/decisions/006-matching.md for the model.
//
// Each factor gives two fractions in [0, 1]: how well the offer fits what the
// municipality seeks (side A) and how well the municipality fits what the offer
// seeks (side B). A side that states no wish for a factor agrees with the other
// side. Factor maxima are the staff weights scaled to 100 over the factors that
// apply to the pair; saturation subtracts a few points. The shown score is the
// geometric mean of the two sides, so a pair that suits one side only cannot
// rank first; the difference to the plain average is its own "balance" reason,
// so the reasons' points always add up to the score. The curves and default
// weights are checked against real twinnings by `npm run bench:realism`.
import { daysBetween } from "./dates";
import { EUROPEAN_COUNTRIES } from "./europe";
import { INTEREST_CODES } from "./interests";
import { KRAJE } from "./kraje";
import { WORKING_LANGUAGES } from "./languages";
import {
  POSITIVE_FACTORS,
  SATURATION_REQUESTS,
  FRESH_DAYS,
  STALE_DAYS,
  RANGE_TIE_BREAK,
  PROXIMITY_FULL_KM,
  PROXIMITY_ZERO_KM,
  type PositiveFactor,
  type Factor,
  type MatchMunicipality,
  type MatchOffer,
  type LanguageSet,
  type Point,
  type PreparedMunicipality,
  type PreparedOffer,
  type Details,
} from "./scoring-model";
import { explainFactor, explainBalance, type Explanation, type Perspective } from "./scoring-text";

export type { Explanation, Perspective, ReasonPhrase } from "./scoring-text";
export {
  POSITIVE_FACTORS,
  SATURATION_REQUESTS,
  FRESH_DAYS,
  STALE_DAYS,
  RANGE_TIE_BREAK,
  PROXIMITY_FULL_KM,
  PROXIMITY_ZERO_KM,
};
export type {
  PositiveFactor,
  Factor,
  MatchMunicipality,
  MatchOffer,
  PreparedMunicipality,
  PreparedOffer,
  Details,
};

/** Relative importance of each factor (0–100); saturation is in score points. */
export type ScoringWeights = Record<PositiveFactor | "saturation", number>;

// Chosen with bench:realism (docs/decisions/006-matching.md): proximity took its
// points mostly from population, and topics keep the share they had before it (40
// of the 100 points when neither preferences nor a distance limit apply).
export const DEFAULT_WEIGHTS: ScoringWeights = {
  topics: 40,
  population: 20,
  language: 15,
  preferences: 10,
  distance: 10,
  proximity: 20,
  freshness: 5,
  saturation: 6,
};

export const WEIGHT_KEYS = [...POSITIVE_FACTORS, "saturation"] as const;

/**
 * Partners already in a country at which half the saturation penalty applies: n
 * partners cost n / (n + 2) of it, so the first costs a third and no number the
 * whole. A second partner in a country is common (one partnership in nine of
 * czech-twinnings.csv): the penalty nudges towards a new country, it does not sink.
 */
export const SATURATION_HALF = 2;

/** Share of the saturation penalty for `partners` already in the offer's country. */
export function saturationShare(partners: number): number {
  return partners <= 0 ? 0 : partners / (partners + SATURATION_HALF);
}

export interface Reason {
  factor: Factor;
  points: number;
  max: number;
  text: Explanation;
}

export interface MatchResult {
  score: number;
  reasons: Reason[];
  /** How well each side is served, 0–100 (before rounding into the score). */
  sides: { municipality: number; offer: number };
}

/** Expired, closed or unpublished offers never match. */
export function isMatchable(offer: Pick<MatchOffer, "status" | "expiresOn">, today: string) {
  return offer.status === "published" && offer.expiresOn >= today;
}

// ---- Preparation: everything that depends on one side only ----------------------------------

const TOPIC_BIT = new Map<string, number>(INTEREST_CODES.map((code, i) => [code, 1 << i]));
const KRAJ_BIT = new Map<string, number>(KRAJE.map((k, i) => [k.code, 1 << i]));
// Working languages fit in two 30-bit words; anything else is compared by code.
const LANGUAGE_BIT = new Map<string, [number, number]>(
  WORKING_LANGUAGES.map((code, i) => [code, i < 30 ? [1 << i, 0] : [0, 1 << (i - 30)]]),
);
// Countries (57 in Europe) in two 30-bit words, like languages.
const COUNTRY_INDEX = new Map<string, number>(EUROPEAN_COUNTRIES.map((code, i) => [code, i]));
const POPCOUNT = new Uint8Array(1 << INTEREST_CODES.length);
for (let i = 1; i < POPCOUNT.length; i++) POPCOUNT[i] = (POPCOUNT[i >> 1] ?? 0) + (i & 1);

function languageSet(codes: readonly string[]): LanguageSet {
  // Czech and Slovak are mutually understood: either one counts as both.
  const all = new Set(codes);
  if (all.has("cs") || all.has("sk")) {
    all.add("cs");
    all.add("sk");
  }
  let lo = 0;
  let hi = 0;
  const other: string[] = [];
  for (const code of all) {
    const bit = LANGUAGE_BIT.get(code);
    if (bit) {
      lo |= bit[0];
      hi |= bit[1];
    } else other.push(code);
  }
  return { lo, hi, other };
}

function shareLanguage(a: LanguageSet, b: LanguageSet): boolean {
  if ((a.lo & b.lo) !== 0 || (a.hi & b.hi) !== 0) return true;
  return a.other.length > 0 && b.other.some((code) => a.other.includes(code));
}

function mask(codes: readonly string[], bits: Map<string, number>): number {
  let m = 0;
  for (const code of codes) m |= bits.get(code) ?? 0;
  return m;
}

function unitVector(lat: number | null, lon: number | null): Point | null {
  if (lat === null || lon === null) return null;
  const phi = (lat * Math.PI) / 180;
  const lambda = (lon * Math.PI) / 180;
  return {
    x: Math.cos(phi) * Math.cos(lambda),
    y: Math.cos(phi) * Math.sin(lambda),
    z: Math.sin(phi),
  };
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance from the chord (precise for short distances too, unlike acos). */
function arcKm(chord: number): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / (2 * EARTH_RADIUS_KM)));
}

const log10 = (n: number) => Math.log10(Math.max(1, n));

export function prepareMunicipality(m: MatchMunicipality): PreparedMunicipality {
  const topics = mask(m.interests, TOPIC_BIT);
  const point = unitVector(m.lat, m.lon);
  const partners = new Uint8Array(EUROPEAN_COUNTRIES.length);
  for (const c of m.partnerCountries) {
    const i = COUNTRY_INDEX.get(c);
    if (i !== undefined) partners[i] = Math.min(255, (partners[i] ?? 0) + 1);
  }
  const seeks =
    m.seeksAnyCountry || m.seeksCountries.length === 0 ? null : new Set(m.seeksCountries);
  let seeksLo = 0;
  let seeksHi = 0;
  for (const c of seeks ?? []) {
    const i = COUNTRY_INDEX.get(c);
    if (i === undefined) continue;
    if (i < 30) seeksLo |= 1 << i;
    else seeksHi |= 1 << (i - 30);
  }
  return {
    source: m,
    known: m.hasProfile,
    topics,
    topicCount: POPCOUNT[topics] ?? 0,
    // Without a profile the one language known for sure is Czech.
    languages: languageSet(m.hasProfile ? m.languages : ["cs"]),
    logPopulation: log10(m.population),
    logMin: m.partnerMin === null ? -Infinity : log10(m.partnerMin),
    logMax: m.partnerMax === null ? Infinity : log10(m.partnerMax),
    hasRange: m.partnerMin !== null || m.partnerMax !== null,
    krajBit: m.kraj ? (KRAJ_BIT.get(m.kraj) ?? 0) : 0,
    seeks,
    seeksLo,
    seeksHi,
    partnersByCountry: partners,
    hasPartners: m.partnerCountries.length > 0,
    maxDistanceKm: m.maxDistanceKm ?? -1,
    point,
    x: point?.x ?? NaN,
    y: point?.y ?? NaN,
    z: point?.z ?? NaN,
  };
}

export function freshnessOf(ageDays: number): number {
  if (ageDays <= FRESH_DAYS) return 1;
  if (ageDays >= STALE_DAYS) return 0;
  return 1 - (ageDays - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS);
}

export function prepareOffer(o: MatchOffer, today: string): PreparedOffer {
  const topics = mask(o.topics, TOPIC_BIT);
  const point = unitVector(o.lat, o.lon);
  const ageDays = o.publishedOn ? Math.max(0, daysBetween(o.publishedOn, today)) : NaN;
  return {
    source: o,
    topics,
    topicCount: POPCOUNT[topics] ?? 0,
    languages: languageSet(o.languages),
    logPopulation: log10(o.population),
    logMin: o.partnerMin === null ? -Infinity : log10(o.partnerMin),
    logMax: o.partnerMax === null ? Infinity : log10(o.partnerMax),
    hasRange: o.partnerMin !== null || o.partnerMax !== null,
    kraje: mask(o.preferredKraje, KRAJ_BIT),
    openToAnyTopic: o.openToAnyTopic,
    countryIndex: COUNTRY_INDEX.get(o.country) ?? -1,
    maxDistanceKm: o.maxDistanceKm ?? -1,
    requestLoad: Math.min(1, Math.max(0, o.openRequests) / SATURATION_REQUESTS),
    point,
    x: point?.x ?? NaN,
    y: point?.y ?? NaN,
    z: point?.z ?? NaN,
    freshness: Number.isNaN(ageDays) ? NaN : freshnessOf(ageDays),
    ageDays,
  };
}

// ---- Weights: integer maxima for each combination of optional factors -----------------------

const OPTIONAL = { preferences: 1, distance: 2, proximity: 4, freshness: 8 } as const;
const PATTERNS = 16;

/** Integer maxima per factor (summing to 100) for each of the 16 applicability patterns. */
export interface WeightTable {
  maxima: Float64Array[];
  saturation: number;
  /** The smallest topic maximum of any pattern (for scoreCeiling's bound). */
  topicMin: number;
}

export function weightTable(weights: ScoringWeights): WeightTable {
  const maxima: Float64Array[] = [];
  for (let pattern = 0; pattern < PATTERNS; pattern++) {
    const applies = POSITIVE_FACTORS.map((f) =>
      f in OPTIONAL ? (pattern & OPTIONAL[f as keyof typeof OPTIONAL]) !== 0 : true,
    );
    const raw = POSITIVE_FACTORS.map((f, i) => (applies[i] ? Math.max(0, weights[f]) : 0));
    maxima.push(Float64Array.from(apportion(raw, 100)));
  }
  return {
    maxima,
    saturation: Math.max(0, weights.saturation),
    topicMin: Math.min(...maxima.map((w) => w[0] as number)),
  };
}

/** Whole numbers proportional to `values` that add up to `total` (largest remainder). */
export function apportion(values: readonly number[], total: number): number[] {
  const sum = values.reduce((s, v) => s + v, 0);
  if (sum <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v / sum) * total);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((s, v) => s + v, 0);
  const order = exact
    .map((v, i) => ({ i, frac: v - Math.floor(v) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    left--;
  }
  return result;
}

// ---- The core: one pass that the ranking and the explanation share --------------------------

const TOPIC_PARTIAL = 0.5;
/** What an unknown topic list or language list earns: a municipality without a profile may fit. */
export const UNKNOWN_FIT = 0.5;
const RANGE_SIGMA = 0.4; // a factor of 2.5 outside the range still earns about half
const SIZE_SIGMA = 1.0; // without a range, a factor of 10 in size earns about a third
const TWO_POW = Array.from({ length: INTEREST_CODES.length + 1 }, (_, s) => 1 - 0.5 ** s);

function topicFit(shared: number, own: number): number {
  return own === 0 ? 0 : 0.6 * Math.sqrt(shared / own) + 0.4 * (TWO_POW[shared] ?? 1);
}
// Every (shared, own) pair is one of 15 × 15: look the fit up instead of computing it.
const TOPIC_SIDES = INTEREST_CODES.length + 1;
const TOPIC_FIT = new Float64Array(TOPIC_SIDES * TOPIC_SIDES);
for (let shared = 0; shared < TOPIC_SIDES; shared++) {
  for (let own = shared; own < TOPIC_SIDES; own++) {
    TOPIC_FIT[shared * TOPIC_SIDES + own] = topicFit(shared, own);
  }
}

// The smooth fall-offs are one bell curve, exp(−x²), read from a table in steps of
// 1/1024 (beyond x = 4 it is below 10⁻⁶, i.e. 0): exact to 0.1 % and monotone, and
// several times cheaper than Math.exp in the 12.5-million-pair cross-match.
const BELL_STEPS = 1024;
const BELL = Float64Array.from({ length: 4 * BELL_STEPS + 1 }, (_, i) =>
  Math.exp(-((i / BELL_STEPS) ** 2)),
);
function bell(x: number): number {
  const ax = x < 0 ? -x : x;
  return ax >= 4 ? 0 : (BELL[(ax * BELL_STEPS + 0.5) | 0] as number);
}

/**
 * How well a size fits a wished range; inside it, `similarity` (of the two towns'
 * sizes, see sizeSimilarity) breaks ties.
 */
export function rangeFit(
  logValue: number,
  logMin: number,
  logMax: number,
  similarity: number,
): number {
  const d = logValue < logMin ? logMin - logValue : logValue > logMax ? logValue - logMax : 0;
  return d === 0
    ? 1 - RANGE_TIE_BREAK * (1 - similarity)
    : (1 - RANGE_TIE_BREAK) * bell(d / RANGE_SIGMA);
}

export function sizeSimilarity(logA: number, logB: number): number {
  return bell((logA - logB) / SIZE_SIGMA);
}

export function distanceFit(km: number, maxKm: number): number {
  if (km <= maxKm) return 1;
  return bell((km - maxKm) / (0.5 * maxKm));
}

const PROXIMITY_LOG_SPAN = Math.log(PROXIMITY_ZERO_KM / PROXIMITY_FULL_KM);

/** The proximity curve: 1 near, 0 far, linear in log(km) between. */
export function proximityFit(km: number): number {
  if (km <= PROXIMITY_FULL_KM) return 1;
  if (km >= PROXIMITY_ZERO_KM) return 0;
  return 1 - Math.log(km / PROXIMITY_FULL_KM) / PROXIMITY_LOG_SPAN;
}

// The hot loop reads the curve from a table by chord length in steps of 1/2 km (a
// square root per pair, no acos, no log): within 0.003 of the curve, monotone, symmetric.
const PROXIMITY_STEPS_PER_KM = 2;
const PROXIMITY_TABLE = Float64Array.from(
  { length: PROXIMITY_ZERO_KM * PROXIMITY_STEPS_PER_KM + 1 },
  (_, i) => proximityFit(arcKm(i / PROXIMITY_STEPS_PER_KM)),
);
/** Squared chord on the unit sphere from which proximity is 0 (no square root needed there). */
const PROXIMITY_ZERO_CHORD2 = (PROXIMITY_ZERO_KM / EARTH_RADIUS_KM) ** 2;

function newDetails(): Details {
  const n = POSITIVE_FACTORS.length;
  return {
    a: new Float64Array(n),
    b: new Float64Array(n),
    maxima: new Float64Array(n),
    shared: 0,
    distanceKm: NaN,
    partnersInCountry: 0,
    saturationA: 0,
    saturationB: 0,
    sideA: 0,
    sideB: 0,
  };
}

/** One side's topic fit: the shared topics against its own count (unknown: UNKNOWN_FIT). */
function topicSide(m: PreparedMunicipality, o: PreparedOffer, shared: number, own: number): number {
  const fit = m.known ? (TOPIC_FIT[shared * TOPIC_SIDES + own] as number) : UNKNOWN_FIT;
  // An offer open to any topic gives every municipality at least a partial fit.
  return o.openToAnyTopic && fit < TOPIC_PARTIAL ? TOPIC_PARTIAL : fit;
}

/** A side's own fit, or the other side's when it has no wish of its own (NaN). */
function ownOrOther(own: number, other: number): number {
  return Number.isNaN(own) ? other : own;
}

/** 1 when the offer's country is one the municipality seeks, 0 when not, NaN when any will do. */
function countrySought(m: PreparedMunicipality, o: PreparedOffer): number {
  if (m.seeks === null) return NaN;
  const ci = o.countryIndex;
  return ci < 0 ? 0 : ci < 30 ? (m.seeksLo >>> ci) & 1 : (m.seeksHi >>> (ci - 30)) & 1;
}

/**
 * The score of one pair. Allocation-free unless `details` is given, because the
 * cross-match runs it 12.5 million times.
 */
export function evaluate(
  m: PreparedMunicipality,
  o: PreparedOffer,
  table: WeightTable,
  details?: Details,
): number {
  // topics
  const shared = POPCOUNT[m.topics & o.topics] as number;
  const topicsA = topicSide(m, o, shared, m.topicCount);
  const topicsB = topicSide(m, o, shared, o.topicCount);

  // population: a side without a range agrees with the other; neither → similar size
  const similar = sizeSimilarity(m.logPopulation, o.logPopulation);
  let popA: number;
  let popB: number;
  if (m.hasRange) {
    popA = rangeFit(o.logPopulation, m.logMin, m.logMax, similar);
    popB = o.hasRange ? rangeFit(m.logPopulation, o.logMin, o.logMax, similar) : popA;
  } else if (o.hasRange) {
    popA = popB = rangeFit(m.logPopulation, o.logMin, o.logMax, similar);
  } else {
    popA = popB = similar;
  }

  const ml = m.languages;
  const ol = o.languages;
  const language =
    (ml.lo & ol.lo) !== 0 || (ml.hi & ol.hi) !== 0
      ? 1
      : ml.other.length > 0 && shareLanguage(ml, ol)
        ? 1
        : m.known
          ? 0
          : UNKNOWN_FIT;

  // preferences: the municipality's countries, the offer's kraje
  let pattern = 0;
  let prefA = NaN;
  let prefB = NaN;
  // A municipality whose kraj is unknown (the try-it preview) is not judged by kraj.
  const byKraj = o.kraje !== 0 && m.krajBit !== 0;
  if (m.seeks !== null || byKraj) {
    pattern |= OPTIONAL.preferences;
    const countryOk = countrySought(m, o);
    const krajOk = byKraj ? ((o.kraje & m.krajBit) !== 0 ? 1 : 0) : NaN;
    // Each side is judged by its own wish; without one it agrees with the other's.
    prefA = ownOrOther(countryOk, krajOk);
    prefB = ownOrOther(krajOk, countryOk);
  }

  // proximity wherever both places are known; the distance limit only where a side sets one.
  // The squared chord between the unit vectors is NaN when a place is unknown; it is
  // symmetric, and its square root (km) is needed only for towns under 1,000 km apart.
  let prox = NaN;
  let distA = NaN;
  let distB = NaN;
  const dx = m.x - o.x;
  const dy = m.y - o.y;
  const dz = m.z - o.z;
  const chord2 = dx * dx + dy * dy + dz * dz;
  if (!Number.isNaN(chord2)) {
    pattern |= OPTIONAL.proximity;
    prox =
      chord2 >= PROXIMITY_ZERO_CHORD2
        ? 0
        : (PROXIMITY_TABLE[
            (EARTH_RADIUS_KM * PROXIMITY_STEPS_PER_KM * Math.sqrt(chord2) + 0.5) | 0
          ] as number);
    const mMax = m.maxDistanceKm;
    const oMax = o.maxDistanceKm;
    if (mMax > 0 || oMax > 0) {
      pattern |= OPTIONAL.distance;
      const km = arcKm(EARTH_RADIUS_KM * Math.sqrt(chord2));
      const fitA = mMax > 0 ? distanceFit(km, mMax) : NaN;
      const fitB = oMax > 0 ? distanceFit(km, oMax) : NaN;
      distA = Number.isNaN(fitA) ? fitB : fitA;
      distB = Number.isNaN(fitB) ? fitA : fitB;
    }
  }

  if (!Number.isNaN(o.freshness)) pattern |= OPTIONAL.freshness;
  const w = table.maxima[pattern] as Float64Array;
  const fresh = o.freshness;

  // Language, proximity and freshness count the same for both sides.
  let both = (w[2] as number) * language;
  if (pattern & OPTIONAL.proximity) both += (w[5] as number) * prox;
  if (pattern & OPTIONAL.freshness) both += (w[6] as number) * fresh;
  let sumA = (w[0] as number) * topicsA + (w[1] as number) * popA + both;
  let sumB = (w[0] as number) * topicsB + (w[1] as number) * popB + both;
  if (pattern & OPTIONAL.preferences) {
    sumA += (w[3] as number) * prefA;
    sumB += (w[3] as number) * prefB;
  }
  if (pattern & OPTIONAL.distance) {
    sumA += (w[4] as number) * distA;
    sumB += (w[4] as number) * distB;
  }

  // saturation lowers each side a little, never below zero
  const partners =
    m.hasPartners && o.countryIndex >= 0 ? (m.partnersByCountry[o.countryIndex] as number) : 0;
  let satA = partners === 0 ? 0 : table.saturation * saturationShare(partners);
  let satB = table.saturation * o.requestLoad;
  if (satA > sumA) satA = sumA;
  if (satB > sumB) satB = sumB;
  const sideA = (sumA - satA) / 100;
  const sideB = (sumB - satB) / 100;
  const score = Math.min(100, Math.round(100 * Math.sqrt(sideA * sideB)));

  if (details) {
    details.a.set([topicsA, popA, language, prefA, distA, prox, fresh]);
    details.b.set([topicsB, popB, language, prefB, distB, prox, fresh]);
    details.maxima.set(w);
    details.shared = shared;
    details.distanceKm = arcKm(EARTH_RADIUS_KM * Math.sqrt(chord2));
    details.partnersInCountry = partners;
    details.saturationA = satA;
    details.saturationB = satB;
    details.sideA = sideA;
    details.sideB = sideB;
  }
  return score;
}

/**
 * A bound no pair's score exceeds, from what is cheap to know: topics, language,
 * preferences, freshness and whether the towns lie beyond proximity's reach exactly;
 * size, distance limits and proximity at full. A fraction of `evaluate`'s work, so
 * the cross-match skips the pairs that cannot reach its current cut.
 */
export function scoreCeiling(
  m: PreparedMunicipality,
  o: PreparedOffer,
  table: WeightTable,
): number {
  const shared = POPCOUNT[m.topics & o.topics] as number;
  const topicsA = topicSide(m, o, shared, m.topicCount);
  const topicsB = topicSide(m, o, shared, o.topicCount);
  const ml = m.languages;
  const ol = o.languages;
  const language =
    (ml.lo & ol.lo) !== 0 || (ml.hi & ol.hi) !== 0 || ml.other.length > 0 || !m.known ? 1 : 0;

  // The same applicability pattern as evaluate's, without a square root.
  let pattern = 0;
  let prefA = 1;
  let prefB = 1;
  const byKraj = o.kraje !== 0 && m.krajBit !== 0;
  if (m.seeks !== null || byKraj) {
    pattern |= OPTIONAL.preferences;
    const countryOk = countrySought(m, o);
    const krajOk = byKraj ? ((o.kraje & m.krajBit) !== 0 ? 1 : 0) : NaN;
    // Each side is judged by its own wish; without one it agrees with the other's.
    prefA = ownOrOther(countryOk, krajOk);
    prefB = ownOrOther(krajOk, countryOk);
  }
  let prox = 0;
  const dx = m.x - o.x;
  const dy = m.y - o.y;
  const dz = m.z - o.z;
  const chord2 = dx * dx + dy * dy + dz * dz;
  if (!Number.isNaN(chord2)) {
    pattern |= OPTIONAL.proximity;
    prox = chord2 >= PROXIMITY_ZERO_CHORD2 ? 0 : 1;
    if (m.maxDistanceKm > 0 || o.maxDistanceKm > 0) pattern |= OPTIONAL.distance;
  }
  if (!Number.isNaN(o.freshness)) pattern |= OPTIONAL.freshness;
  const w = table.maxima[pattern] as Float64Array;

  let both =
    (w[1] as number) +
    (w[2] as number) * language +
    (w[4] as number) * ((pattern & OPTIONAL.distance) >> 1);
  if (pattern & OPTIONAL.proximity) both += (w[5] as number) * prox;
  if (pattern & OPTIONAL.freshness) both += (w[6] as number) * o.freshness;
  let upA = (w[0] as number) * topicsA + both;
  let upB = (w[0] as number) * topicsB + both;
  if (pattern & OPTIONAL.preferences) {
    upA += (w[3] as number) * prefA;
    upB += (w[3] as number) * prefB;
  }
  // Saturation on the offer's side does not depend on the municipality.
  upB -= table.saturation * o.requestLoad;
  if (upB <= 0) return 0;
  // A hair above the exact bound, so rounding never makes it smaller than a real score.
  return Math.min(100, Math.round(Math.sqrt(upA * upB) + 1e-9));
}

// ---- The explanation -------------------------------------------------------------------------

export interface ExplainOptions {
  perspective: Perspective;
}

/** Score one pair with all its reasons; the reasons' points add up to the score. */
export function explain(
  m: PreparedMunicipality,
  o: PreparedOffer,
  table: WeightTable,
  options: ExplainOptions,
): MatchResult {
  const d = newDetails();
  const score = evaluate(m, o, table, d);

  const items: { factor: Factor; exact: number; max: number }[] = [];
  POSITIVE_FACTORS.forEach((factor, i) => {
    const a = d.a[i] as number;
    if (Number.isNaN(a)) return;
    const max = d.maxima[i] as number;
    if (max === 0) return;
    items.push({ factor, max, exact: (max * (a + (d.b[i] as number))) / 2 });
  });
  const saturation = (d.saturationA + d.saturationB) / 2;
  if (saturation > 0) items.push({ factor: "saturation", max: 0, exact: -saturation });

  const points = roundPreservingSum(
    items.map((item) => item.exact),
    items.map((item) => (item.factor === "saturation" ? 0 : item.max)),
    score,
  );
  const reasons: Reason[] = items.map((item, i) => ({
    factor: item.factor,
    points: points.values[i] as number,
    max: item.max,
    text: explainFactor(item.factor, m, o, d, options.perspective),
  }));
  if (points.balance < 0) {
    reasons.push({
      factor: "balance",
      points: points.balance,
      max: 0,
      text: explainBalance(m, o, d, options.perspective),
    });
  }
  return {
    score,
    reasons,
    sides: { municipality: Math.round(100 * d.sideA), offer: Math.round(100 * d.sideB) },
  };
}

/**
 * Whole points for each item (each between the floor and the ceiling of its exact
 * value, never above its cap) summing to at least `score`; what is left over is
 * the (zero or negative) balance, so that items plus balance equal the score.
 */
function roundPreservingSum(exact: number[], caps: number[], score: number) {
  const values = exact.map(Math.floor);
  const target = Math.max(Math.round(exact.reduce((s, v) => s + v, 0)), score);
  let left = target - values.reduce((s, v) => s + v, 0);
  const order = exact
    .map((v, i) => ({ i, frac: v - Math.floor(v) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const pass of [true, false]) {
    for (const { i, frac } of order) {
      if (left <= 0) break;
      if (pass && frac === 0) continue;
      if ((values[i] as number) + 1 > (caps[i] as number)) continue;
      values[i] = (values[i] as number) + 1;
      left--;
    }
  }
  const sum = values.reduce((s, v) => s + v, 0);
  return { values, balance: score - sum };
}

/**
 * The reasons that moved the score most, largest first: what a card shows ("Main reasons";
 * every reason is one click further). A small penalty never takes the place of a larger
 * point in the pair's favour; among equal contributions, the factor that could weigh more.
 */
export function topReasons(result: MatchResult, count = 3): Reason[] {
  return [...result.reasons]
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || b.max - a.max)
    .slice(0, count);
}

// ---- Ranking ---------------------------------------------------------------------------------

export interface Ranked<T> {
  item: T;
  score: number;
}

/**
 * The best `limit` items by score (ties by the given order), with a bounded
 * insertion list rather than a full sort: most candidates fall below the cut.
 */
export function topByScore<T>(
  items: Iterable<T>,
  scoreOf: (item: T) => number,
  limit: number,
  minScore = 0,
): Ranked<T>[] {
  const best: Ranked<T>[] = [];
  let floor = minScore - 1;
  for (const item of items) {
    const score = scoreOf(item);
    if (score <= floor || score < minScore) continue;
    let i = best.length;
    while (i > 0 && (best[i - 1] as Ranked<T>).score < score) i--;
    if (i >= limit) continue;
    best.splice(i, 0, { item, score });
    if (best.length > limit) best.pop();
    if (best.length === limit) floor = (best[limit - 1] as Ranked<T>).score;
  }
  return best;
}

/**
 * The best `limit` pairs of a cross-match, kept as topByScore keeps items (ties in
 * the order they are offered) but in typed arrays: nothing is allocated per pair.
 */
export class TopPairs {
  readonly scores: Int16Array;
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  size = 0;
  /** A pair must score above this to enter: minScore − 1, then the last kept score. */
  floor: number;

  constructor(
    readonly limit: number,
    minScore = 0,
  ) {
    this.scores = new Int16Array(limit);
    this.rows = new Int32Array(limit);
    this.cols = new Int32Array(limit);
    this.floor = limit > 0 ? minScore - 1 : Infinity;
  }

  add(row: number, col: number, score: number): void {
    if (score <= this.floor) return;
    // The slot at the end (the worst one drops out when full), then move up past lower scores.
    let i = this.size === this.limit ? this.limit - 1 : this.size;
    while (i > 0 && (this.scores[i - 1] as number) < score) {
      this.scores[i] = this.scores[i - 1] as number;
      this.rows[i] = this.rows[i - 1] as number;
      this.cols[i] = this.cols[i - 1] as number;
      i--;
    }
    this.scores[i] = score;
    this.rows[i] = row;
    this.cols[i] = col;
    if (this.size < this.limit) this.size++;
    if (this.size === this.limit) this.floor = this.scores[this.limit - 1] as number;
  }

  toArray(): { row: number; col: number; score: number }[] {
    return Array.from({ length: this.size }, (_, k) => ({
      row: this.rows[k] as number,
      col: this.cols[k] as number,
      score: this.scores[k] as number,
    }));
  }
}

/**
 * Scores rows `from`–`to` of municipalities against every offer into `top`, in
 * (row, column) order. A pair whose ceiling cannot beat the current cut is not
 * scored at all: the result is the same as scoring everything. `own[j]` is offer
 * j as seen by a municipality that has written to it (its own request left out),
 * used for the pairs in `ownPairs` (row · offers + column).
 */
export function crossMatchRows(
  ms: readonly PreparedMunicipality[],
  os: readonly PreparedOffer[],
  table: WeightTable,
  top: TopPairs,
  range: { from: number; to: number },
  own?: { offers: readonly (PreparedOffer | null)[]; pairs: ReadonlySet<number> },
): void {
  const n = os.length;
  for (let i = range.from; i < range.to; i++) {
    const m = ms[i] as PreparedMunicipality;
    for (let j = 0; j < n; j++) {
      const ownView = own?.offers[j];
      const o = ownView && own.pairs.has(i * n + j) ? ownView : (os[j] as PreparedOffer);
      // Until anything is kept (floor −1) every pair is scored anyway.
      if (top.floor >= 0 && scoreCeiling(m, o, table) <= top.floor) continue;
      top.add(i, j, evaluate(m, o, table));
    }
  }
}
