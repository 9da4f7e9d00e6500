// Staff statistics and the reporting exports behind /admin/stats. Counts run in
// SQL on both dialects (ISO text dates compare as text, so a year is a text
// range); medians and the pairing of audit events are pure (app/domain/stats.ts).
// The row exports select named public columns only: no contact person, e-mail,
// phone, message or staff note is ever read here.
import { sql, type Kysely, type Transaction } from "kysely";
import type { ContactInitiator, ContactStatus, Database, OfferStatus } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { keyedVersionedCache } from "./data-version.server";
import {
  CONTACT_STATUSES,
  MEASURED_ACTIONS,
  OFFER_STATUSES,
  periodBounds,
  responseTimes,
  type CountryYearCount,
  type ResponseTime,
  type StatsPeriod,
} from "~/domain/stats";

type Db = Kysely<Database> | Transaction<Database>;

/** `column` (ISO text) falls in [from, to): text order is time order on both dialects. */
function createdIn(column: string, bounds: { from: string; to: string }) {
  return sql<boolean>`${sql.ref(column)} >= ${bounds.from} and ${sql.ref(column)} < ${bounds.to}`;
}

export interface StatusCount<S extends string> {
  status: S;
  count: number;
}

/** Rows of `table` created in the period, per status; every status is listed, zeros too. */
async function countByStatus<S extends string>(
  db: Db,
  table: "offers" | "contacts",
  all: readonly S[],
  period: StatsPeriod,
): Promise<StatusCount<S>[]> {
  const bounds = periodBounds(period);
  const rows = await db
    .selectFrom(table)
    .select((eb) => ["status", eb.fn.countAll().as("n")])
    .$if(bounds !== null, (q) => q.where(createdIn("created_at", bounds!)))
    .groupBy("status")
    .execute();
  const counts = new Map(rows.map((r) => [r.status as string, toCount(r.n)]));
  return all.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** Offers (partnership requests) created in the period, per current status. */
export function offersByStatus(db: Db, period: StatsPeriod): Promise<StatusCount<OfferStatus>[]> {
  return countByStatus(db, "offers", OFFER_STATUSES, period);
}

/** Contacts (expressions of interest and introductions) created in the period, per state. */
export function contactsByStatus(
  db: Db,
  period: StatsPeriod,
): Promise<StatusCount<ContactStatus>[]> {
  return countByStatus(db, "contacts", CONTACT_STATUSES, period);
}

/**
 * Review and answer times of the contacts created in the period, from the first
 * audit event of each kind per contact (definitions: RESPONSE_ACTIONS).
 */
export async function contactResponseTimes(db: Db, period: StatsPeriod): Promise<ResponseTime[]> {
  const bounds = periodBounds(period);
  const rows = await db
    .selectFrom("audit_events as e")
    .innerJoin("contacts as c", "c.id", "e.entity_id")
    .select((eb) => ["e.entity_id", "e.action", eb.fn.min("e.created_at").as("at")])
    .where("e.entity", "=", "contact")
    .where("e.action", "in", [...MEASURED_ACTIONS])
    .$if(bounds !== null, (q) => q.where(createdIn("c.created_at", bounds!)))
    .groupBy(["e.entity_id", "e.action"])
    .execute();
  return responseTimes(
    rows.map((r) => ({ contactId: r.entity_id, action: r.action, at: String(r.at) })),
  );
}

/**
 * contactResponseTimes kept per period until a contact changes (every recorded
 * response moves its contact's updated_at): it reads every contact's events, the
 * slowest part of /admin/stats at national scale.
 */
export const cachedResponseTimes = keyedVersionedCache(["contacts"], 20, contactResponseTimes);

/**
 * Every recorded partnership (entered for history or concluded through Spolu) per partner
 * country and year of signing; a year filter keeps those signed in that year.
 */
export async function partnershipsByCountryYear(
  db: Db,
  period: StatsPeriod,
): Promise<CountryYearCount[]> {
  const rows = await db
    .selectFrom("partnerships")
    .select((eb) => ["partner_country", "since_year", eb.fn.countAll().as("n")])
    .where("removed_at", "is", null)
    .$if(period.kind === "year", (q) =>
      q.where("since_year", "=", period.kind === "year" ? period.year : 0),
    )
    .groupBy(["partner_country", "since_year"])
    .orderBy("partner_country")
    .orderBy("since_year")
    .execute();
  return rows.map((r) => ({
    country: r.partner_country,
    year: r.since_year === null ? null : Number(r.since_year),
    count: toCount(r.n),
  }));
}

/** The years there is anything to show for, newest first (for the period choice). */
export async function statsYears(db: Db): Promise<number[]> {
  const [offers, contacts, partnerships] = await Promise.all([
    db
      .selectFrom("offers")
      .select((eb) => eb.fn.min("created_at").as("first"))
      .executeTakeFirst(),
    db
      .selectFrom("contacts")
      .select((eb) => eb.fn.min("created_at").as("first"))
      .executeTakeFirst(),
    db
      .selectFrom("partnerships")
      .select("since_year")
      .distinct()
      .where("since_year", "is not", null)
      .execute(),
  ]);
  const years = new Set<number>(partnerships.map((p) => Number(p.since_year)));
  const thisYear = new Date().getUTCFullYear();
  years.add(thisYear);
  const firsts = [offers?.first, contacts?.first]
    .filter((v): v is string => typeof v === "string")
    .map((v) => Number(v.slice(0, 4)));
  for (let y = Math.min(thisYear, ...firsts); y < thisYear; y++) years.add(y);
  return [...years].filter((y) => y <= thisYear).sort((a, b) => b - a);
}

// ---- Row exports --------------------------------------------------------------------------------

/** Offers created in the period: public facts and dates, never the contact fields. */
export async function offerRows(db: Db, period: StatsPeriod) {
  const bounds = periodBounds(period);
  return db
    .selectFrom("offers as o")
    .leftJoin("users as u", "u.id", "o.author_id")
    .select([
      "o.id",
      "o.town",
      "o.region",
      "o.country",
      "o.population",
      "o.status",
      "o.source",
      "u.role as authorRole",
      "o.created_at as createdAt",
      "o.published_at as publishedAt",
      "o.updated_at as updatedAt",
      "o.expires_on as expiresOn",
      "o.source_date as sourceDate",
    ])
    .$if(bounds !== null, (q) => q.where(createdIn("o.created_at", bounds!)))
    .orderBy("o.id")
    .execute();
}

export interface ContactRow {
  id: number;
  initiator: ContactInitiator;
  municipalityId: number;
  municipality: string;
  offerId: number;
  offerTown: string;
  offerCountry: string;
  status: ContactStatus;
  createdAt: string;
  updatedAt: string;
  firstForwardedAt: string | null;
  firstResponseAt: string | null;
}

/** Contacts created in the period: the two towns, the state and the dates; no message. */
export async function contactRows(db: Db, period: StatsPeriod): Promise<ContactRow[]> {
  const bounds = periodBounds(period);
  return db
    .selectFrom("contacts as c")
    .innerJoin("municipalities as m", "m.id", "c.municipality_id")
    .innerJoin("offers as o", "o.id", "c.offer_id")
    .select([
      "c.id",
      "c.initiator",
      "m.id as municipalityId",
      "m.name as municipality",
      "o.id as offerId",
      "o.town as offerTown",
      "o.country as offerCountry",
      "c.status",
      "c.created_at as createdAt",
      "c.updated_at as updatedAt",
      "c.first_forwarded_at as firstForwardedAt",
      "c.first_response_at as firstResponseAt",
    ])
    .$if(bounds !== null, (q) => q.where(createdIn("c.created_at", bounds!)))
    .orderBy("c.id")
    .execute();
}

/** Partnerships signed in the period (all of them for all time), with both towns. */
export async function partnershipRows(db: Db, period: StatsPeriod) {
  const rows = await db
    .selectFrom("partnerships as p")
    .innerJoin("municipalities as m", "m.id", "p.municipality_id")
    .where("p.removed_at", "is", null)
    .select([
      "p.id",
      "m.id as municipalityId",
      "m.name as municipality",
      "p.partner_town as partnerTown",
      "p.partner_country as partnerCountry",
      "p.since_year as sinceYear",
      "p.source",
      "p.contact_id as contactId",
      "p.dormant_since as dormantSince",
      "p.created_at as createdAt",
    ])
    .$if(period.kind === "year", (q) =>
      q.where("p.since_year", "=", period.kind === "year" ? period.year : 0),
    )
    .orderBy("p.id")
    .execute();
  return rows.map((r) => ({
    ...r,
    sinceYear: r.sinceYear === null ? null : Number(r.sinceYear),
    status: r.dormantSince === null ? ("active" as const) : ("dormant" as const),
  }));
}
