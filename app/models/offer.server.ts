import type { Kysely, Transaction } from "kysely";
import type { Database, NewOffer, Offer, OfferStatus } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { INTEREST_CODES, isInterestCode } from "~/domain/interests";
import { countryName, LOCALES, translator } from "~/i18n";
import {
  addMonths,
  EXPIRY_DEFAULT_MONTHS,
  expiryReminder,
  OFFER_RULES,
  type Actor,
  type OfferAction,
} from "~/domain/lifecycle";
import { recordEvent } from "./audit.server";
import { keyedVersionedCache } from "./data-version.server";
import { notify, type NotificationKind } from "./notification.server";
import { lockRow } from "./row-lock.server";
import { foreignSearchNames } from "~/i18n/place-names.server";
import { daysBetween, today as todayInPrague } from "~/domain/dates";
import { normalizeName, normalizeNameIn, searchKeys } from "~/domain/normalize";
import { parseList } from "~/utils/json-list";

type Db = Kysely<Database> | Transaction<Database>;

// Everything a visitor may see. The contact columns are deliberately absent:
// they are selected only by queries that have checked the viewer's right.
const PUBLIC_COLUMNS = [
  "id",
  "place_id",
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
  "partner_max_distance_km",
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
  /** The GeoNames place the town is, when known: what names it in the reader's language. */
  placeId: number | null;
  town: string;
  country: string;
  region: string;
  population: number;
  lat: number | null;
  lon: number | null;
  topics: string[];
  openToAnyTopic: boolean;
  partnerPopulation: [number | null, number | null] | null;
  maxDistanceKm: number | null;
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
    placeId: row.place_id,
    town: row.town,
    country: row.country,
    region: row.region,
    population: row.population,
    lat: row.lat,
    lon: row.lon,
    topics: parseList(row.topics),
    openToAnyTopic: row.open_to_any_topic === 1,
    partnerPopulation: hasRange ? [row.partner_population_min, row.partner_population_max] : null,
    maxDistanceKm: row.partner_max_distance_km,
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

/** Published and not past expiry: what visitors, lists and feeds may show. */
function livePublished(db: Db) {
  return db
    .selectFrom("offers")
    .select(PUBLIC_COLUMNS)
    .where("status", "=", "published")
    .where("expires_on", ">=", todayInPrague());
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

/** Every offer visitors may read now, with its last change: the sitemap's entries. */
export async function listPublicOfferStamps(db: Db): Promise<{ id: number; updatedAt: string }[]> {
  return db
    .selectFrom("offers")
    .select(["id", "updated_at as updatedAt"])
    .where("status", "=", "published")
    .where("expires_on", ">=", todayInPrague())
    .orderBy("id")
    .execute();
}

/** Every offer that may be matched today (published, not expired), oldest id first. */
export async function listMatchableOffers(db: Db): Promise<PublicOffer[]> {
  const rows = await livePublished(db).orderBy("id").execute();
  return rows.map(toPublicOffer);
}

export async function countPublishedOffers(db: Db): Promise<number> {
  const row = await db
    .selectFrom("offers")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("status", "=", "published")
    .where("expires_on", ">=", todayInPrague())
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

type SearchSource = Pick<
  NewOffer,
  | "place_id"
  | "town"
  | "country"
  | "region"
  | "topics"
  | "open_to_any_topic"
  | "description"
  | "description_cs"
  | "description_en"
>;

/**
 * What free-text search looks in, normalized: the offer's names, its topics and country in
 * every UI language ("kultura", "Polsko" and "Polen" find what the filters would), and its
 * texts. `search_names` holds the names alone, so that a name match ranks first.
 */
export function offerSearchColumns(offer: SearchSource): {
  search_text: string;
  search_names: string;
} {
  // The town's and region's names in every language too: "Varšava" finds Warszawa.
  const names = [
    offer.town,
    offer.region,
    ...foreignSearchNames(
      { placeId: offer.place_id ?? null, name: offer.town, country: offer.country },
      offer.region,
    ),
  ].filter(Boolean);
  // The offer's own words decide how its Cyrillic reads (Ukrainian or not), as one text.
  const own = [...names, offer.description, offer.description_cs, offer.description_en]
    .filter(Boolean)
    .join(" ");
  const topics = offer.open_to_any_topic === 1 ? [] : parseList(offer.topics ?? "[]");
  const labels = LOCALES.flatMap((locale) => {
    const t = translator(locale);
    return [
      countryName(offer.country, locale),
      ...(offer.open_to_any_topic === 1
        ? [t("offer.anyTopic")]
        : topics.filter(isInterestCode).map((code) => t(`interest.${code}`))),
    ];
  });
  const search_text = `${normalizeName(own)} ${normalizeName([...new Set(labels)].join(" "))}`;
  return { search_text, search_names: normalizeNameIn(names.join(" "), own) };
}

/**
 * Offers whose search text is not what it would be written as now (written before search
 * keys spelled Cyrillic and Greek in Latin letters, before they held the town's names in
 * every language, or before they held topics and countries and kept the names apart) get it
 * written again, so that they are found. Run by setup; it changes
 * nothing once done. Returns how many changed.
 */
export async function refreshOfferSearchText(db: Db): Promise<number> {
  const rows = await db
    .selectFrom("offers")
    .select([
      "id",
      "place_id",
      "town",
      "country",
      "region",
      "description",
      "description_cs",
      "description_en",
      "topics",
      "open_to_any_topic",
      "search_text",
      "search_names",
    ])
    .execute();
  let changed = 0;
  for (const row of rows) {
    const columns = offerSearchColumns(row);
    if (columns.search_text === row.search_text && columns.search_names === row.search_names)
      continue;
    await db
      .updateTable("offers")
      .set({ ...columns, updated_at: new Date().toISOString() })
      .where("id", "=", row.id)
      .execute();
    changed++;
  }
  return changed;
}

export async function insertOffer(db: Db, offer: NewOffer): Promise<number> {
  const row = await db
    .insertInto("offers")
    .values({ ...offer, ...offerSearchColumns(offer) })
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
  /** Leave out the demo data's sample requests. */
  hideDemo?: boolean;
}

/** Every word of the query, in each reading of its script (normalize.ts: searchKeys). */
function queryReadings(q: string | undefined): string[][] {
  return searchKeys(q ?? "").map((key) => key.split(" ").slice(0, 8));
}

function applyFilters(db: Db, filters: OfferFilters, skip?: "countries" | "topics") {
  let query = livePublished(db);
  const readings = queryReadings(filters.q);
  if (readings.length > 0)
    query = query.where((eb) =>
      eb.or(
        readings.map((words) =>
          eb.and(words.map((word) => eb("search_text", "like", `%${word}%`))),
        ),
      ),
    );
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
  if (filters.hideDemo) query = query.where("is_demo", "=", 0);
  return query;
}

/**
 * The orders a list of offers can take. "relevance" puts offers whose name (town or region,
 * in any language) holds every word of the query first, then the newest; without a query it
 * is "newest". "newest" is by publication on Spolu.
 */
export const OFFER_ORDERS = ["relevance", "newest", "largest", "smallest"] as const;
export type OfferOrder = (typeof OFFER_ORDERS)[number];

function ordered(query: ReturnType<typeof applyFilters>, filters: OfferFilters, order: OfferOrder) {
  const readings = queryReadings(filters.q);
  let sorted = query;
  if (order === "relevance" && readings.length > 0)
    sorted = sorted.orderBy((eb) =>
      eb
        .case()
        .when(
          eb.or(
            readings.map((words) =>
              eb.and(words.map((word) => eb("search_names", "like", `%${word}%`))),
            ),
          ),
        )
        .then(0)
        .else(1)
        .end(),
    );
  if (order === "largest") sorted = sorted.orderBy("population", "desc");
  if (order === "smallest") sorted = sorted.orderBy("population", "asc");
  return sorted.orderBy("published_at", "desc").orderBy("id", "desc");
}

export async function searchPublishedOffers(
  db: Db,
  filters: OfferFilters,
  page: { limit: number; offset: number },
  order: OfferOrder = "relevance",
): Promise<{ offers: PublicOffer[]; total: number }> {
  const base = applyFilters(db, filters);
  const [rows, count] = await Promise.all([
    ordered(base, filters, order).limit(page.limit).offset(page.offset).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { offers: rows.map(toPublicOffer), total: toCount(count.n) };
}

/** The ids of every offer the filters show (for an order the database cannot make: the match). */
export async function listFilteredOfferIds(db: Db, filters: OfferFilters): Promise<number[]> {
  const rows = await applyFilters(db, filters).clearSelect().select("id").execute();
  return rows.map((row) => row.id);
}

/** These published, live offers, in the order of the ids given. */
export async function listPublishedOffersByIds(
  db: Db,
  ids: readonly number[],
): Promise<PublicOffer[]> {
  if (ids.length === 0) return [];
  const rows = await livePublished(db)
    .where("id", "in", [...ids])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toPublicOffer(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * How many offers each country and topic would show, given the other filters
 * (a facet does not narrow its own counts, so people can widen a choice).
 */
export async function offerFacets(
  db: Db,
  filters: OfferFilters,
): Promise<{
  countries: Record<string, number>;
  topics: Record<string, number>;
  /** How many of the offers shown, or hidden by hideDemo, are the demo data's samples. */
  demo: number;
}> {
  const [byCountry, topicRows, demo] = await Promise.all([
    applyFilters(db, filters, "countries")
      .clearSelect()
      .select(["country", (eb) => eb.fn.countAll().as("n")])
      .groupBy("country")
      .execute(),
    applyFilters(db, filters, "topics")
      .clearSelect()
      .select(["topics", "open_to_any_topic"])
      .execute(),
    applyFilters(db, { ...filters, hideDemo: false })
      .where("is_demo", "=", 1)
      .clearSelect()
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  // An offer open to any topic is shown for every topic, so it counts for every topic.
  const topics: Record<string, number> = {};
  let openToAny = 0;
  for (const row of topicRows) {
    if (row.open_to_any_topic === 1) openToAny++;
    else for (const topic of parseList(row.topics)) topics[topic] = (topics[topic] ?? 0) + 1;
  }
  for (const code of INTEREST_CODES) topics[code] = (topics[code] ?? 0) + openToAny;
  return {
    countries: Object.fromEntries(byCountry.map((r) => [r.country, toCount(r.n)])),
    topics,
    demo: toCount(demo.n),
  };
}

/**
 * offerFacets kept per filter until an offer changes: counting the topics reads every
 * matching offer's list, and /offers and /map ask for the same few filters most.
 */
export const cachedOfferFacets = keyedVersionedCache(["offers"], 100, offerFacets);

// ---- Writing, moderation and the author's view -------------------------------------------

export interface Viewer {
  id: number;
  role: "mayor" | "foreign" | "staff";
}

/** Just enough to decide who may do what with an offer; no private fields. */
export async function getOfferMeta(db: Db, id: number) {
  return db
    .selectFrom("offers")
    .select([
      "id",
      "author_id as authorId",
      "status",
      "expires_on as expiresOn",
      "town",
      "published_at as publishedAt",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
}

export function isOfferAuthor(offer: { authorId: number | null }, viewer: Viewer | null): boolean {
  return !!viewer && offer.authorId !== null && offer.authorId === viewer.id;
}

export interface OfferContact {
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

/**
 * The offer with its private contact, for its author and staff only: the
 * right is checked in the query itself, so no other caller can get the contact.
 */
export async function getOfferWithContact(
  db: Db,
  id: number,
  viewer: Viewer,
): Promise<
  (PublicOffer & OfferContact & { authorId: number | null; placeId: number | null }) | undefined
> {
  let query = db
    .selectFrom("offers")
    .select([
      ...PUBLIC_COLUMNS,
      "author_id",
      "place_id",
      "contact_name",
      "contact_email",
      "contact_phone",
    ])
    .where("id", "=", id);
  if (viewer.role !== "staff") query = query.where("author_id", "=", viewer.id);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    ...toPublicOffer(row),
    authorId: row.author_id,
    placeId: row.place_id,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
  };
}

/** Any offer by id for its author or staff (drafts, pending, closed …), public fields only. */
export async function getOfferForManager(
  db: Db,
  id: number,
  viewer: Viewer,
): Promise<PublicOffer | undefined> {
  let query = db.selectFrom("offers").select(PUBLIC_COLUMNS).where("id", "=", id);
  if (viewer.role !== "staff") query = query.where("author_id", "=", viewer.id);
  const row = await query.executeTakeFirst();
  return row ? toPublicOffer(row) : undefined;
}

export interface OfferInput {
  placeId?: number;
  town: string;
  country: string;
  region: string;
  population: number;
  lat?: number;
  lon?: number;
  topics: string[];
  openToAnyTopic: boolean;
  partnerMin?: number;
  partnerMax?: number;
  maxDistance?: number;
  preferredKraje: string[];
  languages: string[];
  description: string;
  descriptionLang: string;
  descriptionCs: string;
  descriptionEn: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  expiresOn: string;
}

function offerColumns(input: OfferInput) {
  const columns = {
    place_id: input.placeId ?? null,
    town: input.town,
    country: input.country,
    region: input.region,
    population: input.population,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    topics: JSON.stringify(input.openToAnyTopic ? [] : input.topics),
    open_to_any_topic: input.openToAnyTopic ? (1 as const) : (0 as const),
    partner_population_min: input.partnerMin ?? null,
    partner_population_max: input.partnerMax ?? null,
    partner_max_distance_km: input.maxDistance ?? null,
    preferred_kraje: JSON.stringify(input.preferredKraje),
    languages: JSON.stringify(input.languages),
    description: input.description,
    description_lang: input.descriptionLang,
    description_cs: input.descriptionCs || null,
    description_en: input.descriptionEn || null,
    contact_name: input.contactName,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone || null,
    expires_on: input.expiresOn,
  };
  return { ...columns, ...offerSearchColumns(columns) };
}

export async function createOffer(
  db: Kysely<Database>,
  input: OfferInput,
  options: {
    actor: Viewer;
    authorId: number | null;
    source: "self" | "news";
    sourceDate: string | null;
    submit: boolean;
  },
): Promise<number> {
  const now = new Date().toISOString();
  const status: OfferStatus = options.submit ? "pending" : "draft";
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("offers")
      .values({
        ...offerColumns(input),
        author_id: options.authorId,
        status,
        source: options.source,
        source_date: options.sourceDate,
        is_demo: 0,
        published_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordEvent(trx, {
      entity: "offer",
      entityId: id,
      actorId: options.actor.id,
      onBehalf:
        options.actor.role === "staff" &&
        options.authorId !== null &&
        options.authorId !== options.actor.id,
      action: "created",
      toStatus: status,
    });
    return id;
  });
}

/**
 * Saves an edit. An author's edit of a published request goes back to review
 * (people must not change what the union approved unseen); staff edits keep the state.
 */
export async function updateOffer(
  db: Kysely<Database>,
  id: number,
  input: OfferInput,
  actor: Viewer,
): Promise<OfferStatus> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom("offers")
      .select(["status", "author_id"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const backToReview = actor.role !== "staff" && current.status === "published";
    const status: OfferStatus = backToReview ? "pending" : current.status;
    await trx
      .updateTable("offers")
      .set({ ...offerColumns(input), status, updated_at: new Date().toISOString() })
      .where("id", "=", id)
      .execute();
    await recordEvent(trx, {
      entity: "offer",
      entityId: id,
      actorId: actor.id,
      onBehalf:
        actor.role === "staff" && current.author_id !== null && current.author_id !== actor.id,
      action: "edited",
      fromStatus: current.status,
      toStatus: status,
    });
    return status;
  });
}

export class TransitionError extends Error {
  /** "conflict": someone changed the offer after the actor's page showed it (now: its state). */
  constructor(
    message: string,
    readonly conflict: { now: OfferStatus } | null = null,
  ) {
    super(message);
  }
}

/** Applies a lifecycle action for an actor, records it and tells the author. */
export async function transitionOffer(
  db: Kysely<Database>,
  id: number,
  action: OfferAction,
  /** `seen`: the state the actor's page showed; a different one now is a conflict. */
  actor: { user: Viewer | null; as: Actor; seen?: OfferStatus },
  comment: string | null = null,
  today = todayInPrague(),
): Promise<OfferStatus> {
  return db.transaction().execute(async (trx) => {
    // Two moderators at once: the second waits, then finds the first one's decision.
    await lockRow(trx, "offers", id);
    const current = await trx
      .selectFrom("offers")
      .select(["status", "author_id", "town", "expires_on"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!current) throw new TransitionError("not found");
    if (actor.seen && actor.seen !== current.status)
      throw new TransitionError(`${action}: now ${current.status}`, { now: current.status });
    const rule = OFFER_RULES[action];
    if (!rule.from.includes(current.status) || !rule.actors.includes(actor.as)) {
      throw new TransitionError(`${action} is not allowed from ${current.status} for ${actor.as}`);
    }
    if (rule.needsComment && !comment?.trim()) throw new TransitionError("comment required");
    const to = rule.to ?? current.status;
    const now = new Date().toISOString();
    const changes: {
      status: OfferStatus;
      updated_at: string;
      published_at?: string;
      expires_on?: string;
    } = {
      status: to,
      updated_at: now,
    };
    if (action === "approve") changes.published_at = now;
    if (action === "renew") changes.expires_on = addMonths(today, EXPIRY_DEFAULT_MONTHS);
    await trx.updateTable("offers").set(changes).where("id", "=", id).execute();
    await recordEvent(trx, {
      entity: "offer",
      entityId: id,
      actorId: actor.user?.id ?? null,
      onBehalf:
        actor.as === "staff" &&
        current.author_id !== null &&
        current.author_id !== actor.user?.id &&
        ["submit", "close", "renew"].includes(action),
      action,
      fromStatus: current.status,
      toStatus: to,
      comment,
    });
    const tellAuthor: Partial<Record<OfferAction, NotificationKind>> = {
      approve: "offer_approved",
      request_changes: "offer_changes_requested",
      reject: "offer_rejected",
      expire: "offer_expired",
    };
    const kind = tellAuthor[action];
    if (kind && current.author_id !== null) {
      await notify(trx, {
        userId: current.author_id,
        kind,
        params: { town: current.town },
        link: `/offers/${id}`,
      });
    }
    return to;
  });
}

export async function listOffersByAuthor(db: Db, authorId: number): Promise<PublicOffer[]> {
  const rows = await db
    .selectFrom("offers")
    .select(PUBLIC_COLUMNS)
    .where("author_id", "=", authorId)
    .orderBy("updated_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map(toPublicOffer);
}

/** The moderation queue: oldest waiting first. */
export async function listPendingOffers(db: Db) {
  return db
    .selectFrom("offers as o")
    .leftJoin("users as u", "u.id", "o.author_id")
    .select([
      "o.id",
      "o.town",
      "o.country",
      "o.updated_at as waitingSince",
      "o.source",
      "u.name as authorName",
    ])
    .where("o.status", "=", "pending")
    .orderBy("o.updated_at")
    .orderBy("o.id")
    .execute();
}

export async function countPendingOffers(db: Db): Promise<number> {
  const row = await db
    .selectFrom("offers")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("status", "=", "pending")
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/**
 * The daily expiry run: published requests past their date become expired and
 * their authors hear of it; those 30 and 7 days from it get one reminder each.
 * Safe to run any number of times (dedupe keys; only published rows move).
 */
export async function runOfferExpiry(db: Kysely<Database>, today = todayInPrague()) {
  const overdue = await db
    .selectFrom("offers")
    .select("id")
    .where("status", "=", "published")
    .where("expires_on", "<", today)
    .execute();
  for (const { id } of overdue) {
    try {
      await transitionOffer(db, id, "expire", { user: null, as: "system" }, null, today);
    } catch (error) {
      if (!(error instanceof TransitionError)) throw error; // another instance got there first
    }
  }
  const soon = await db
    .selectFrom("offers")
    .select(["id", "author_id", "town", "expires_on"])
    .where("status", "=", "published")
    .where("author_id", "is not", null)
    .where("expires_on", ">=", today)
    .where("expires_on", "<=", addMonths(today, 2))
    .execute();
  let reminded = 0;
  for (const offer of soon) {
    const due = expiryReminder(offer.expires_on, today);
    if (!due || offer.author_id === null) continue;
    await notify(db, {
      userId: offer.author_id,
      kind: "offer_expiring",
      params: {
        town: offer.town,
        days: daysBetween(today, offer.expires_on),
        date: offer.expires_on,
      },
      link: `/offers/${offer.id}`,
      dedupeKey: `offer_expiring:${offer.id}:${offer.expires_on}:${due}`,
    });
    reminded++;
  }
  return { expired: overdue.length, reminded };
}
