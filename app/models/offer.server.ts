import type { Kysely, Transaction } from "kysely";
import type { Database, NewOffer, Offer, OfferStatus } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { INTEREST_CODES } from "~/domain/interests";
import { normalizeName } from "~/domain/normalize";
import { parseList } from "~/utils/json-list";

type Db = Kysely<Database> | Transaction<Database>;

// Everything a visitor may see. The contact columns are deliberately absent:
// they are selected only by queries that have checked the viewer's right.
const PUBLIC_COLUMNS = [
  "id",
  "town",
  "country",
  "region",
  "population",
  "lat",
  "lon",
  "topics",
  "open_to_any_topic",
  "partner_population_min",
  "partner_population_max",
  "preferred_kraje",
  "languages",
  "description",
  "description_lang",
  "description_cs",
  "description_en",
  "status",
  "expires_on",
  "source",
  "source_date",
  "is_demo",
  "published_at",
] as const;

export interface PublicOffer {
  id: number;
  town: string;
  country: string;
  region: string;
  population: number;
  lat: number | null;
  lon: number | null;
  topics: string[];
  openToAnyTopic: boolean;
  partnerPopulation: [number | null, number | null] | null;
  preferredKraje: string[];
  languages: string[];
  description: string;
  descriptionLang: string;
  descriptionCs: string | null;
  descriptionEn: string | null;
  status: OfferStatus;
  expiresOn: string;
  source: "self" | "news";
  sourceDate: string | null;
  isDemo: boolean;
  publishedAt: string | null;
}

type PublicRow = Pick<Offer, (typeof PUBLIC_COLUMNS)[number]>;

function toPublicOffer(row: PublicRow): PublicOffer {
  const hasRange = row.partner_population_min !== null || row.partner_population_max !== null;
  return {
    id: row.id,
    town: row.town,
    country: row.country,
    region: row.region,
    population: row.population,
    lat: row.lat,
    lon: row.lon,
    topics: parseList(row.topics),
    openToAnyTopic: row.open_to_any_topic === 1,
    partnerPopulation: hasRange ? [row.partner_population_min, row.partner_population_max] : null,
    preferredKraje: parseList(row.preferred_kraje),
    languages: parseList(row.languages),
    description: row.description,
    descriptionLang: row.description_lang,
    descriptionCs: row.description_cs,
    descriptionEn: row.description_en,
    status: row.status,
    expiresOn: row.expires_on,
    source: row.source,
    sourceDate: row.source_date,
    isDemo: row.is_demo === 1,
    publishedAt: row.published_at,
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Published and not past expiry: what visitors, lists and feeds may show. */
function livePublished(db: Db) {
  return db
    .selectFrom("offers")
    .select(PUBLIC_COLUMNS)
    .where("status", "=", "published")
    .where("expires_on", ">=", today());
}

export async function listLatestPublishedOffers(
  db: Db,
  options: { limit: number; offset?: number },
): Promise<PublicOffer[]> {
  const rows = await livePublished(db)
    .orderBy("published_at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit)
    .offset(options.offset ?? 0)
    .execute();
  return rows.map(toPublicOffer);
}

export async function countPublishedOffers(db: Db): Promise<number> {
  const row = await db
    .selectFrom("offers")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("status", "=", "published")
    .where("expires_on", ">=", today())
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/** A published offer for anyone to read; undefined when it is not public. */
export async function getPublishedOffer(db: Db, id: number): Promise<PublicOffer | undefined> {
  const row = await livePublished(db).where("id", "=", id).executeTakeFirst();
  return row ? toPublicOffer(row) : undefined;
}

export async function findOfferByTownAndSource(
  db: Db,
  town: string,
  country: string,
  sourceDate: string | null,
): Promise<number | undefined> {
  let q = db
    .selectFrom("offers")
    .select("id")
    .where("town", "=", town)
    .where("country", "=", country);
  q =
    sourceDate === null
      ? q.where("source_date", "is", null)
      : q.where("source_date", "=", sourceDate);
  return (await q.executeTakeFirst())?.id;
}

/** What free-text search looks in: every name and text of the offer, normalized. */
export function offerSearchText(
  offer: Pick<NewOffer, "town" | "region" | "description" | "description_cs" | "description_en">,
): string {
  return normalizeName(
    [offer.town, offer.region, offer.description, offer.description_cs, offer.description_en]
      .filter(Boolean)
      .join(" "),
  );
}

export async function insertOffer(db: Db, offer: NewOffer): Promise<number> {
  const row = await db
    .insertInto("offers")
    .values({ ...offer, search_text: offerSearchText(offer) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function countOffers(db: Db): Promise<number> {
  return toCount(
    (
      await db
        .selectFrom("offers")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

export interface OfferFilters {
  /** Free text over town, region and descriptions; diacritics and case do not matter. */
  q?: string;
  countries?: string[];
  /** Offers with any of these topics (offers open to any topic always qualify). */
  topics?: string[];
  /** Offers whose wished partner size admits a municipality of this population. */
  population?: number;
  /** The offering town's own population. */
  townPopulation?: { min?: number; max?: number };
}

function applyFilters(db: Db, filters: OfferFilters, skip?: "countries" | "topics") {
  let query = livePublished(db);
  const words = normalizeName(filters.q ?? "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 8);
  for (const word of words) query = query.where("search_text", "like", `%${word}%`);
  if (skip !== "countries" && filters.countries?.length)
    query = query.where("country", "in", filters.countries);
  if (skip !== "topics" && filters.topics?.length) {
    const topics = filters.topics;
    query = query.where((eb) =>
      eb.or([
        eb("open_to_any_topic", "=", 1),
        ...topics.map((t) => eb("topics", "like", `%"${t}"%`)),
      ]),
    );
  }
  if (filters.population !== undefined) {
    const p = filters.population;
    query = query
      .where((eb) =>
        eb.or([eb("partner_population_min", "is", null), eb("partner_population_min", "<=", p)]),
      )
      .where((eb) =>
        eb.or([eb("partner_population_max", "is", null), eb("partner_population_max", ">=", p)]),
      );
  }
  if (filters.townPopulation?.min !== undefined)
    query = query.where("population", ">=", filters.townPopulation.min);
  if (filters.townPopulation?.max !== undefined)
    query = query.where("population", "<=", filters.townPopulation.max);
  return query;
}

export async function searchPublishedOffers(
  db: Db,
  filters: OfferFilters,
  page: { limit: number; offset: number },
): Promise<{ offers: PublicOffer[]; total: number }> {
  const base = applyFilters(db, filters);
  const [rows, count] = await Promise.all([
    base
      .orderBy("published_at", "desc")
      .orderBy("id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { offers: rows.map(toPublicOffer), total: toCount(count.n) };
}

/**
 * How many offers each country and topic would show, given the other filters
 * (a facet does not narrow its own counts, so people can widen a choice).
 */
export async function offerFacets(
  db: Db,
  filters: OfferFilters,
): Promise<{ countries: Record<string, number>; topics: Record<string, number> }> {
  const [byCountry, topicRows] = await Promise.all([
    applyFilters(db, filters, "countries")
      .clearSelect()
      .select(["country", (eb) => eb.fn.countAll().as("n")])
      .groupBy("country")
      .execute(),
    applyFilters(db, filters, "topics")
      .clearSelect()
      .select(["topics", "open_to_any_topic"])
      .execute(),
  ]);
  // An offer open to any topic is shown for every topic, so it counts for every topic.
  const topics: Record<string, number> = {};
  let openToAny = 0;
  for (const row of topicRows) {
    if (row.open_to_any_topic === 1) openToAny++;
    else for (const topic of parseList(row.topics)) topics[topic] = (topics[topic] ?? 0) + 1;
  }
  for (const code of INTEREST_CODES) topics[code] = (topics[code] ?? 0) + openToAny;
  return { countries: Object.fromEntries(byCountry.map((r) => [r.country, toCount(r.n)])), topics };
}
