import type { Kysely, Transaction } from "kysely";
import type { Database, NewOffer, Offer, OfferStatus } from "../../db/schema";
import { toCount } from "../../db/dialect";
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

export async function insertOffer(db: Db, offer: NewOffer): Promise<number> {
  const row = await db.insertInto("offers").values(offer).returning("id").executeTakeFirstOrThrow();
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
