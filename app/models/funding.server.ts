import type { Kysely, Transaction } from "kysely";
import type { Database, Event, FundingCall, NewEvent, NewFundingCall } from "../../db/schema";
import { toCount } from "../../db/dialect";
import type { FundingRules } from "~/domain/eligibility";
import type { BilingualText } from "~/i18n";
import { parseRules } from "~/domain/eligibility.server";
import type { EventInput, FundingCallInput } from "~/domain/forms/funding.server";
import { isInterestCode, type InterestCode } from "~/domain/interests";
import { parseList, toList } from "~/utils/json-list";

type Db = Kysely<Database> | Transaction<Database>;

/** Insert unless a call with the same slug exists (seeding is idempotent). */
export async function ensureFundingCall(db: Db, call: NewFundingCall): Promise<void> {
  await db
    .insertInto("funding_calls")
    .values(call)
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
}

export async function ensureEvent(db: Db, event: NewEvent): Promise<void> {
  await db
    .insertInto("events")
    .values(event)
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
}

export async function countFundingCalls(db: Db): Promise<number> {
  return toCount(
    (
      await db
        .selectFrom("funding_calls")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

export async function countEvents(db: Db): Promise<number> {
  return toCount(
    (
      await db
        .selectFrom("events")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
}

export interface FundingCallView {
  id: number;
  slug: string;
  programme: string;
  title: BilingualText;
  summary: BilingualText;
  url: string | null;
  opensOn: string | null;
  deadline: string | null;
  themes: InterestCode[];
  rules: FundingRules;
  sourceDate: string | null;
  createdAt: string;
}

export interface EventView {
  id: number;
  slug: string;
  title: BilingualText;
  summary: BilingualText;
  startsOn: string;
  endsOn: string;
  city: string;
  country: string;
  url: string | null;
  createdAt: string;
}

function toCallView(row: FundingCall): FundingCallView {
  return {
    id: row.id,
    slug: row.slug,
    programme: row.programme,
    title: { cs: row.title_cs, en: row.title_en },
    summary: { cs: row.summary_cs, en: row.summary_en },
    url: row.url,
    opensOn: row.opens_on,
    deadline: row.deadline,
    themes: parseList(row.themes).filter(isInterestCode),
    rules: parseRules(row.rules),
    sourceDate: row.source_date,
    createdAt: row.created_at,
  };
}

function toEventView(row: Event): EventView {
  return {
    id: row.id,
    slug: row.slug,
    title: { cs: row.title_cs, en: row.title_en },
    summary: { cs: row.summary_cs, en: row.summary_en },
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    city: row.city,
    country: row.country,
    url: row.url,
    createdAt: row.created_at,
  };
}

/**
 * Every call, soonest deadline first. The union publishes a handful a year, so
 * pages filter and split them (open, upcoming, archive) in memory.
 */
export async function listFundingCalls(db: Db): Promise<FundingCallView[]> {
  const rows = await db
    .selectFrom("funding_calls")
    .selectAll()
    .orderBy("deadline", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map(toCallView);
}

export async function getFundingCall(db: Db, id: number): Promise<FundingCallView | undefined> {
  const row = await db
    .selectFrom("funding_calls")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? toCallView(row) : undefined;
}

export async function listEvents(db: Db): Promise<EventView[]> {
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .orderBy("starts_on", "asc")
    .orderBy("id", "asc")
    .execute();
  return rows.map(toEventView);
}

export async function getEvent(db: Db, id: number): Promise<EventView | undefined> {
  const row = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toEventView(row) : undefined;
}

/** A readable, unique key for feeds (iCalendar UIDs) from the title. */
async function uniqueSlug(
  db: Db,
  table: "funding_calls" | "events",
  title: string,
): Promise<string> {
  const base =
    title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "item";
  const taken = new Set(
    (await db.selectFrom(table).select("slug").where("slug", "like", `${base}%`).execute()).map(
      (r) => r.slug,
    ),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

export async function saveFundingCall(
  db: Kysely<Database>,
  id: number | null,
  input: FundingCallInput,
): Promise<number> {
  const values = {
    programme: input.programme,
    title_cs: input.titleCs,
    title_en: input.titleEn,
    summary_cs: input.summaryCs,
    summary_en: input.summaryEn,
    url: input.url || null,
    opens_on: input.opensOn ?? null,
    deadline: input.deadline ?? null,
    themes: toList(input.themes),
    rules: JSON.stringify(input.rules),
  };
  if (id !== null) {
    const result = await db
      .updateTable("funding_calls")
      .set(values)
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new NotFoundError();
    return id;
  }
  return db.transaction().execute(async (trx) => {
    const slug = await uniqueSlug(trx, "funding_calls", `${input.programme} ${input.titleEn}`);
    const row = await trx
      .insertInto("funding_calls")
      .values({ ...values, slug, source_date: null, created_at: new Date().toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

export async function saveEvent(
  db: Kysely<Database>,
  id: number | null,
  input: EventInput,
): Promise<number> {
  const values = {
    title_cs: input.titleCs,
    title_en: input.titleEn,
    summary_cs: input.summaryCs,
    summary_en: input.summaryEn,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    city: input.city,
    country: input.country,
    url: input.url || null,
  };
  if (id !== null) {
    const result = await db
      .updateTable("events")
      .set(values)
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new NotFoundError();
    return id;
  }
  return db.transaction().execute(async (trx) => {
    const slug = await uniqueSlug(trx, "events", input.titleEn);
    const row = await trx
      .insertInto("events")
      .values({ ...values, slug, source_date: null, created_at: new Date().toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** True when a row was deleted. */
export async function deleteFundingCall(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("funding_calls").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteEvent(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom("events").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export class NotFoundError extends Error {}
