// Ranking with the scoring module: loads what may be matched, scores it and
// explains the page being shown. What every ranking reads (the offers, the
// municipalities) is kept per data version, so a request scores but does not
// re-read; one ranking takes well under a millisecond (docs/benchmarks.md). Staff's
// best pairs across everything are precomputed (./best-pairs.server.ts).
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import {
  DEFAULT_WEIGHTS,
  evaluate,
  explain,
  isMatchable,
  prepareMunicipality,
  prepareOffer,
  weightTable,
  type MatchMunicipality,
  type MatchOffer,
  type MatchResult,
  type Perspective,
  type PreparedMunicipality,
  type PreparedOffer,
  type ScoringWeights,
  type WeightTable,
} from "~/domain/scoring";
import { today } from "~/domain/dates";
import { StoredWeightsSchema } from "~/domain/forms/weights.server";
import { openRequestsByOffer, othersOpenRequests, type OpenRequests } from "./contact.server";
import { versionedCache } from "./data-version.server";
import { listMatchableOffers, type PublicOffer } from "./offer.server";
import { listPublicMunicipalities, type MunicipalityPublic } from "./municipality.server";

type Db = Kysely<Database>;

const NO_REQUESTS: ReadonlyMap<number, number> = new Map();

// ---- Weights: the newest row is in force; every change stays as history ---------------------

export interface WeightsVersion {
  id: number | null;
  weights: ScoringWeights;
  note: string;
  createdAt: string | null;
  createdBy: string | null;
}

export async function listWeightVersions(db: Db, limit = 20): Promise<WeightsVersion[]> {
  const rows = await db
    .selectFrom("scoring_weights as w")
    .leftJoin("users as u", "u.id", "w.created_by")
    .select(["w.id", "w.weights", "w.note", "w.created_at", "u.name as author"])
    .orderBy("w.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    weights: parseWeights(r.weights),
    note: r.note,
    createdAt: r.created_at,
    createdBy: r.author,
  }));
}

export async function currentWeights(db: Db): Promise<WeightsVersion> {
  const [latest] = await listWeightVersions(db, 1);
  return (
    latest ?? { id: null, weights: DEFAULT_WEIGHTS, note: "", createdAt: null, createdBy: null }
  );
}

function parseWeights(json: string): ScoringWeights {
  try {
    // Versions saved before a factor existed get its default (StoredWeightsSchema).
    const parsed = StoredWeightsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_WEIGHTS;
  } catch {
    return DEFAULT_WEIGHTS;
  }
}

export async function saveWeights(
  db: Db,
  weights: ScoringWeights,
  note: string,
  actorId: number,
): Promise<number> {
  const row = await db
    .insertInto("scoring_weights")
    .values({
      weights: JSON.stringify(weights),
      note,
      created_by: actorId,
      created_at: new Date().toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

// ---- From stored rows to the scoring module's plain objects ---------------------------------

export function municipalityForMatching(m: MunicipalityPublic): MatchMunicipality {
  const [min, max] = m.partnerPopulation ?? [null, null];
  return {
    name: m.name,
    // Its owner's own ranking knows a profile that is not public yet; others only public ones.
    hasProfile: m.profileShown,
    population: m.population,
    kraj: m.kraj,
    lat: m.lat,
    lon: m.lon,
    interests: m.interests,
    languages: m.languages,
    seeksCountries: m.seeksCountries,
    seeksAnyCountry: m.seeksAnyCountry,
    partnerMin: min,
    partnerMax: max,
    maxDistanceKm: m.maxDistanceKm,
    partnerCountries: m.partnerships.map((p) => p.country),
  };
}

export function offerForMatching(o: PublicOffer, openRequests = 0): MatchOffer {
  const [min, max] = o.partnerPopulation ?? [null, null];
  return {
    id: o.id,
    placeId: o.placeId,
    town: o.town,
    country: o.country,
    population: o.population,
    lat: o.lat,
    lon: o.lon,
    topics: o.topics,
    openToAnyTopic: o.openToAnyTopic,
    partnerMin: min,
    partnerMax: max,
    preferredKraje: o.preferredKraje,
    languages: o.languages,
    maxDistanceKm: o.maxDistanceKm,
    publishedOn: o.publishedAt ? o.publishedAt.slice(0, 10) : null,
    openRequests,
    status: o.status,
    expiresOn: o.expiresOn,
  };
}

// ---- Rankings ---------------------------------------------------------------------------------

export interface Page {
  page: number;
  pageSize: number;
}

export interface RankedPage<T> {
  total: number;
  page: number;
  pages: number;
  items: (T & { result: MatchResult })[];
}

export function paginate<T>(all: readonly T[], { page, pageSize }: Page) {
  const pages = Math.max(1, Math.ceil(all.length / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  return {
    total: all.length,
    page: current,
    pages,
    slice: all.slice((current - 1) * pageSize, current * pageSize),
  };
}

export interface OfferFilter {
  countries?: string[];
  topics?: string[];
  minScore?: number;
}

/** An offer with what scoring needs, prepared with all its open requests. */
export interface PreparedOfferEntry {
  offer: PublicOffer;
  prepared: PreparedOffer;
}

/**
 * Every matchable offer prepared for scoring, kept until an offer or a contact
 * changes (preparing 2,000 offers on each mayor's /matches took several ms).
 */
const preparedOffers = versionedCache(["offers", "contacts"], async (db) => {
  const [offers, open] = await Promise.all([listMatchableOffers(db), openRequestsByOffer(db)]);
  const date = today();
  return {
    open,
    entries: offers.map((offer): PreparedOfferEntry => ({
      offer,
      prepared: prepareOffer(offerForMatching(offer, open.byOffer.get(offer.id)), date),
    })),
  };
});

/** Every matchable offer prepared, and those this municipality has written to as it sees them. */
async function preparedOffersFor(db: Db, municipalityId: number) {
  const { entries, open } = await preparedOffers(db);
  // The offers this municipality has written to, seen without its own request.
  const date = today();
  const own = new Map<number, PreparedOffer>();
  for (const { offer } of entries) {
    const others = othersOpenRequests(open, municipalityId, offer.id);
    if (others !== (open.byOffer.get(offer.id) ?? 0))
      own.set(offer.id, prepareOffer(offerForMatching(offer, others), date));
  }
  return { entries, own };
}

/** The score of every matchable offer for one municipality, by offer id (to sort a list by). */
export async function offerScoresFor(
  db: Db,
  municipality: MunicipalityPublic,
): Promise<Map<number, number>> {
  const [{ entries, own }, { weights }] = await Promise.all([
    preparedOffersFor(db, municipality.id),
    currentWeights(db),
  ]);
  const m = prepareMunicipality(municipalityForMatching(municipality));
  const table = weightTable(weights);
  return new Map(
    entries.map(({ offer, prepared }) => [
      offer.id,
      evaluate(m, own.get(offer.id) ?? prepared, table),
    ]),
  );
}

/** Published offers ranked for one municipality, best first, the page explained. */
export async function rankOffersFor(
  db: Db,
  municipality: MunicipalityPublic,
  filter: OfferFilter,
  page: Page,
  perspective: Perspective = "municipality",
): Promise<RankedPage<{ offer: PublicOffer }>> {
  const [{ entries, own }, { weights }] = await Promise.all([
    preparedOffersFor(db, municipality.id),
    currentWeights(db),
  ]);
  return rankPrepared(
    prepareMunicipality(municipalityForMatching(municipality)),
    entries,
    weightTable(weights),
    filter,
    page,
    perspective,
    own,
  );
}

export function rankOffers(
  municipality: MatchMunicipality,
  offers: readonly PublicOffer[],
  weights: ScoringWeights,
  filter: OfferFilter,
  page: Page,
  perspective: Perspective,
  date = today(),
  /** Open requests per offer as this municipality competes with them (saturation); none when omitted. */
  open: ReadonlyMap<number, number> = NO_REQUESTS,
): RankedPage<{ offer: PublicOffer }> {
  const entries: PreparedOfferEntry[] = [];
  for (const offer of offers) {
    const match = offerForMatching(offer, open.get(offer.id));
    if (isMatchable(match, date)) entries.push({ offer, prepared: prepareOffer(match, date) });
  }
  return rankPrepared(
    prepareMunicipality(municipality),
    entries,
    weightTable(weights),
    filter,
    page,
    perspective,
  );
}

/** The ranking itself, without I/O; `own` replaces an entry's prepared offer where given. */
function rankPrepared(
  m: PreparedMunicipality,
  entries: readonly PreparedOfferEntry[],
  table: WeightTable,
  filter: OfferFilter,
  page: Page,
  perspective: Perspective,
  own: ReadonlyMap<number, PreparedOffer> = new Map(),
): RankedPage<{ offer: PublicOffer }> {
  const countries = filter.countries?.length ? new Set(filter.countries) : null;
  const topics = filter.topics?.length ? filter.topics : null;
  const scored: { offer: PublicOffer; prepared: PreparedOffer; score: number }[] = [];
  for (const entry of entries) {
    const { offer } = entry;
    if (countries && !countries.has(offer.country)) continue;
    // As on /offers: an offer open to any topic suits every topic filter.
    if (topics && !offer.openToAnyTopic && !topics.some((t) => offer.topics.includes(t))) continue;
    const prepared = own.get(offer.id) ?? entry.prepared;
    const score = evaluate(m, prepared, table);
    if (score < (filter.minScore ?? 0)) continue;
    scored.push({ offer, prepared, score });
  }
  scored.sort((a, b) => b.score - a.score || b.offer.id - a.offer.id);
  const { slice, ...rest } = paginate(scored, page);
  return {
    ...rest,
    items: slice.map(({ offer, prepared }) => ({
      offer,
      result: explain(m, prepared, table, { perspective }),
    })),
  };
}

// ---- Every municipality, prepared once per data version ----------------------------------------

export interface PreparedEntry {
  municipality: MunicipalityPublic;
  prepared: PreparedMunicipality;
}

/** Every open request, kept until a contact changes (the mayor's ranking and staff's pairs). */
export const allOpenRequests: (db: Db) => Promise<OpenRequests> = versionedCache(
  ["contacts"],
  (db) => openRequestsByOffer(db),
);

/**
 * The published, unexpired offers in id order, kept until an offer changes (reading
 * and parsing 2,000 of them took about 27 ms a request). Shared: do not change them.
 */
export const matchableOffers: (db: Db) => Promise<readonly PublicOffer[]> = versionedCache(
  ["offers"],
  listMatchableOffers,
);

/**
 * All 6,254 municipalities with their public data, prepared for scoring. Loading
 * and preparing them takes tens of milliseconds; ranking them for one offer about
 * one, so they are kept until the data changes.
 */
export const preparedMunicipalities: (db: Db) => Promise<readonly PreparedEntry[]> = versionedCache(
  ["municipalities", "partnerships"],
  async (db) =>
    (await listPublicMunicipalities(db)).map((municipality) => ({
      municipality,
      prepared: prepareMunicipality(municipalityForMatching(municipality)),
    })),
);

/**
 * Every municipality ranked for one offer: those without a profile score on what
 * the register tells (size, place, kraj), and their reasons say so.
 */
export async function rankMunicipalitiesFor(
  db: Db,
  offer: PublicOffer,
  filter: { minScore?: number; profilesOnly?: boolean },
  page: Page,
  excludeId?: number,
): Promise<RankedPage<{ municipality: MunicipalityPublic }>> {
  const [entries, { weights }, open] = await Promise.all([
    preparedMunicipalities(db),
    currentWeights(db),
    openRequestsByOffer(db, offer.id),
  ]);
  const total = open.byOffer.get(offer.id) ?? 0;
  // A municipality that has written to the offer does not compete with itself.
  const own = new Set(
    [...open.pairs].filter((p) => p.endsWith(`:${offer.id}`)).map((p) => Number(p.split(":")[0])),
  );
  return rankEntries(
    entries,
    offerForMatching(offer, total),
    weights,
    { ...filter, excludeId },
    page,
    {
      own,
    },
  );
}

/**
 * The ranking itself, without I/O: scores every entry (an allocation-free loop),
 * keeps the page's entries and explains only those. `entries` must be in id order
 * (as preparedMunicipalities gives them): equal scores keep that order.
 */
export function rankEntries(
  entries: readonly PreparedEntry[],
  offer: MatchOffer,
  weights: ScoringWeights,
  filter: { minScore?: number; profilesOnly?: boolean; excludeId?: number },
  page: Page,
  options: { date?: string; own?: ReadonlySet<number> } = {},
): RankedPage<{ municipality: MunicipalityPublic }> {
  const table = weightTable(weights);
  const date = options.date ?? today();
  const o = prepareOffer(offer, date);
  const own = options.own ?? new Set<number>();
  const oOwn =
    own.size > 0 ? prepareOffer({ ...offer, openRequests: offer.openRequests - 1 }, date) : o;
  const offerFor = (id: number) => (own.has(id) ? oOwn : o);
  const minScore = filter.minScore ?? 0;
  // Scores are whole numbers 0–100: a counting sort orders them in linear time, with no
  // comparator and no large allocation per request (the sort was most of the time and its
  // garbage the slow tail). Entries come in id order, so ties stay in id order.
  const scores = new Int16Array(entries.length).fill(-1);
  const counts = new Uint32Array(101);
  let total = 0;
  for (let i = 0; i < entries.length; i++) {
    const { municipality, prepared } = entries[i] as PreparedEntry;
    if (municipality.id === filter.excludeId) continue;
    if (filter.profilesOnly && !municipality.hasProfile) continue;
    const score = evaluate(prepared, offerFor(municipality.id), table);
    if (score < minScore) continue;
    scores[i] = score;
    counts[score] = (counts[score] as number) + 1;
    total++;
  }
  // Where each score's run starts, best first.
  const start = new Uint32Array(101);
  for (let s = 99; s >= 0; s--) start[s] = (start[s + 1] as number) + (counts[s + 1] as number);
  const kept = new Array<number>(total);
  for (let i = 0; i < entries.length; i++) {
    const score = scores[i] as number;
    if (score < 0) continue;
    kept[(start[score] as number)++] = i;
  }
  const { slice, ...rest } = paginate(kept, page);
  return {
    ...rest,
    items: slice.map((i) => {
      const { municipality, prepared } = entries[i] as PreparedEntry;
      return {
        municipality,
        result: explain(prepared, offerFor(municipality.id), table, { perspective: "offer" }),
      };
    }),
  };
}

/** One pair, fully explained (the "your fit" panel of an offer page). */
export async function explainPair(
  db: Db,
  municipality: MunicipalityPublic,
  offer: PublicOffer,
  perspective: Perspective,
): Promise<MatchResult> {
  const [{ weights }, open] = await Promise.all([
    currentWeights(db),
    openRequestsByOffer(db, offer.id),
  ]);
  return explainWith(
    weights,
    municipality,
    offer,
    perspective,
    othersOpenRequests(open, municipality.id, offer.id),
  );
}

export function explainWith(
  weights: ScoringWeights | WeightTable,
  municipality: MunicipalityPublic,
  offer: PublicOffer,
  perspective: Perspective,
  openRequests = 0,
): MatchResult {
  const table = "maxima" in weights ? weights : weightTable(weights);
  return explain(
    prepareMunicipality(municipalityForMatching(municipality)),
    prepareOffer(offerForMatching(offer, openRequests), today()),
    table,
    { perspective },
  );
}
