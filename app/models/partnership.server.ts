// The registry of partnerships between Czech municipalities and towns abroad:
// imported from public lists (unverified until confirmed), entered by the
// municipality or staff, or born of a contact at "agreement signed". The
// municipality's verified owner and staff confirm, correct, remove and add rows;
// every change is an audit event. Watched for dormancy: 12 months without activity.
import {
  sql,
  type Insertable,
  type Kysely,
  type RawBuilder,
  type SqlBool,
  type Transaction,
} from "kysely";
import type {
  Database,
  PartnershipConfirmer,
  PartnershipSource,
  PartnershipsTable,
  Role,
} from "../../db/schema";
import { toCount } from "../../db/dialect";
import { VISIBLE_PROFILE_STATUSES } from "~/domain/lifecycle";
import { normalizeName } from "~/domain/normalize";
import { twinningKey, type TwinningRow } from "~/domain/twinnings";
import { recordEvent } from "./audit.server";
import { findPlaceByName } from "./place.server";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The one rule for who sees a partnership: not removed, and either its municipality
 * is a public register entry or public profile, or it was concluded through Spolu.
 * `p` and `m` are the aliases of partnerships and municipalities in the query.
 */
export function publicPartnership(p = "p", m = "m"): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(`${p}.removed_at`)} is null and (${sql.ref(`${p}.source`)} = 'spolu' or ${sql.ref(`${m}.code`)} is not null or ${sql.ref(`${m}.status`)} in (${sql.join([...VISIBLE_PROFILE_STATUSES])})))`;
}

export interface PartnershipFilters {
  /** ISO country code of the partner town. */
  country?: string;
  /** ISO 3166-2 code of the Czech municipality's kraj. */
  kraj?: string;
  /** Confirmed by the municipality or the union (true), or still as the public list has it (false). */
  verified?: boolean;
  municipalityId?: number;
  dormantOnly?: boolean;
  /** The viewer's own (their municipality's, or born of their request). */
  mineFor?: number;
}

function listQuery(db: Db, filters: PartnershipFilters) {
  let q = db
    .selectFrom("partnerships as p")
    .innerJoin("municipalities as m", "m.id", "p.municipality_id")
    .leftJoin("offers as o", "o.id", "p.offer_id")
    .where(publicPartnership());
  if (filters.country) q = q.where("p.partner_country", "=", filters.country);
  if (filters.kraj) q = q.where("m.kraj", "=", filters.kraj);
  if (filters.verified !== undefined)
    q = q.where("p.confirmed_by", filters.verified ? "is not" : "is", null);
  if (filters.municipalityId !== undefined)
    q = q.where("p.municipality_id", "=", filters.municipalityId);
  if (filters.dormantOnly) q = q.where("p.dormant_since", "is not", null);
  if (filters.mineFor !== undefined) {
    const userId = filters.mineFor;
    q = q.where((eb) => eb.or([eb("m.owner_id", "=", userId), eb("o.author_id", "=", userId)]));
  }
  return q;
}

export interface PartnershipView {
  id: number;
  municipalityId: number;
  municipality: string;
  municipalityCode: string | null;
  kraj: string;
  partnerTown: string;
  /** The partner's GeoNames place, when known (what names it in the reader's language). */
  partnerPlaceId: number | null;
  partnerCountry: string;
  /** The request it was born of, while that is public. */
  offerId: number | null;
  sinceYear: number | null;
  source: PartnershipSource;
  /** The public list page(s) an imported row came from. */
  sourceUrls: string[];
  confirmedBy: PartnershipConfirmer | null;
  confirmedAt: string | null;
  /** The viewer's own municipality's or request's. */
  own: boolean;
  /** For staff and the two towns only. */
  contactId: number | null;
  lastActivityAt: string | null;
  dormantSince: string | null;
}

/**
 * Partnerships others may see, as a page: those of one municipality in the order
 * of their years, all others by municipality then partner. Town pairs, years and
 * sources are public; the dormant flag and the contact are for staff and the two towns.
 */
export async function listPartnerships(
  db: Db,
  viewer: { id: number; role: Role } | null,
  filters: PartnershipFilters,
  page: { limit: number; offset: number },
): Promise<PartnershipView[]> {
  let q = listQuery(db, filters).select([
    "p.id",
    "p.partner_town as partnerTown",
    "p.partner_place_id as partnerPlaceId",
    "p.partner_country as partnerCountry",
    "p.since_year as sinceYear",
    "p.source",
    "p.source_url as sourceUrl",
    "p.confirmed_by as confirmedBy",
    "p.confirmed_at as confirmedAt",
    "p.contact_id as contactId",
    "p.last_activity_at as lastActivityAt",
    "p.dormant_since as dormantSince",
    "m.id as municipalityId",
    "m.name as municipality",
    "m.code as municipalityCode",
    "m.kraj",
    "m.owner_id as ownerId",
    "o.author_id as offerAuthorId",
    "o.id as offerId",
    "o.status as offerStatus",
  ]);
  q =
    filters.municipalityId !== undefined
      ? q
          .orderBy(sql`case when p.since_year is null then 1 else 0 end`)
          .orderBy("p.since_year")
          .orderBy("p.partner_town")
      : q.orderBy("m.name_sort").orderBy("m.id").orderBy("p.partner_town");
  const rows = await q.orderBy("p.id").limit(page.limit).offset(page.offset).execute();
  return rows.map((r) => {
    const own = !!viewer && (r.ownerId === viewer.id || r.offerAuthorId === viewer.id);
    const insider = own || viewer?.role === "staff";
    return {
      id: r.id,
      municipalityId: r.municipalityId,
      municipality: r.municipality,
      municipalityCode: r.municipalityCode,
      kraj: r.kraj,
      partnerTown: r.partnerTown,
      partnerPlaceId: r.partnerPlaceId,
      partnerCountry: r.partnerCountry,
      offerId: r.offerStatus === "published" ? r.offerId : null,
      sinceYear: r.sinceYear,
      source: r.source,
      sourceUrls: r.sourceUrl ? r.sourceUrl.split(" ") : [],
      confirmedBy: r.confirmedBy,
      confirmedAt: r.confirmedAt,
      own,
      contactId: insider ? r.contactId : null,
      lastActivityAt: insider ? r.lastActivityAt : null,
      dormantSince: insider ? r.dormantSince : null,
    };
  });
}

export async function countPartnerships(db: Db, filters: PartnershipFilters): Promise<number> {
  const row = await listQuery(db, filters)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/** The partner countries in the registry with their counts, most first (the filter's choices). */
export async function partnerCountries(db: Db): Promise<{ country: string; n: number }[]> {
  const rows = await listQuery(db, {})
    .select(["p.partner_country as country", (eb) => eb.fn.countAll().as("n")])
    .groupBy("p.partner_country")
    .execute();
  return rows
    .map((r) => ({ country: r.country, n: toCount(r.n) }))
    .sort((a, b) => b.n - a.n || a.country.localeCompare(b.country));
}

// ---- Changes by the municipality or staff ---------------------------------------------------

export type PartnershipErrorCode = "not_found" | "forbidden" | "duplicate";

export class PartnershipError extends Error {
  constructor(readonly code: PartnershipErrorCode) {
    super(code);
  }
}

type Actor = { id: number; role: Role };

/**
 * Staff, or the municipality's owner once the union has verified who they are:
 * a registry row confirmed "by the municipality" must really be its word.
 */
export async function canManagePartnerships(
  db: Db,
  municipalityId: number,
  user: Actor | null,
): Promise<boolean> {
  if (!user) return false;
  if (user.role === "staff") return true;
  if (user.role !== "mayor") return false;
  const row = await db
    .selectFrom("municipalities")
    .select("id")
    .where("id", "=", municipalityId)
    .where("owner_id", "=", user.id)
    .where("verified", "=", 1)
    .executeTakeFirst();
  return !!row;
}

function confirmer(user: Actor): PartnershipConfirmer {
  return user.role === "staff" ? "union" : "municipality";
}

/** The live row of the municipality, locked for the change; throws when absent or not allowed. */
async function lockRow(
  trx: Transaction<Database>,
  municipalityId: number,
  id: number,
  user: Actor,
) {
  // A no-op update takes the row's write lock on PostgreSQL (SQLite locks the database).
  const locked = await trx
    .updateTable("partnerships")
    .set((eb) => ({ id: eb.ref("id") }))
    .where("id", "=", id)
    .where("municipality_id", "=", municipalityId)
    .where("removed_at", "is", null)
    .executeTakeFirst();
  if (Number(locked.numUpdatedRows) === 0) throw new PartnershipError("not_found");
  if (!(await canManagePartnerships(trx, municipalityId, user)))
    throw new PartnershipError("forbidden");
  return trx.selectFrom("partnerships").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/**
 * What every change ends with: the municipality's row marked changed (rankings and
 * the map cache their data by its latest change) and the audit event, on the
 * owner's behalf when staff act for a municipality someone owns.
 */
async function recordChange(
  trx: Transaction<Database>,
  municipalityId: number,
  id: number,
  user: Actor,
  now: string,
  event: { action: string; fromStatus?: string; toStatus?: string; comment?: string | null },
): Promise<void> {
  const { owner_id: ownerId } = await trx
    .updateTable("municipalities")
    .set({ updated_at: now })
    .where("id", "=", municipalityId)
    .returning("owner_id")
    .executeTakeFirstOrThrow();
  await recordEvent(trx, {
    entity: "partnership",
    entityId: id,
    actorId: user.id,
    onBehalf: user.role === "staff" && ownerId !== null && ownerId !== user.id,
    ...event,
  });
}

/** "Yes, this partnership exists": marks the row confirmed by the municipality or the union. */
export async function confirmPartnership(
  db: Kysely<Database>,
  municipalityId: number,
  id: number,
  user: Actor,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await lockRow(trx, municipalityId, id, user);
    const now = new Date().toISOString();
    const by = confirmer(user);
    await trx
      .updateTable("partnerships")
      .set({ confirmed_by: by, confirmed_at: now })
      .where("id", "=", id)
      .execute();
    await recordChange(trx, municipalityId, id, user, now, {
      action: "confirmed",
      fromStatus: row.confirmed_by ?? "unverified",
      toStatus: by,
    });
  });
}

export interface PartnershipCorrection {
  sinceYear: number | null;
  /** Dormant: no exchanges for now (the flag staff and the towns see); active clears it. */
  state: "active" | "dormant";
}

/** Corrects the year and the state; a correction by the municipality or staff also confirms the row. */
export async function correctPartnership(
  db: Kysely<Database>,
  municipalityId: number,
  id: number,
  correction: PartnershipCorrection,
  user: Actor,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await lockRow(trx, municipalityId, id, user);
    const now = new Date().toISOString();
    const dormant = correction.state === "dormant";
    await trx
      .updateTable("partnerships")
      .set({
        since_year: correction.sinceYear,
        dormant_since: dormant ? (row.dormant_since ?? now) : null,
        last_activity_at: dormant ? row.last_activity_at : now,
        confirmed_by: confirmer(user),
        confirmed_at: now,
      })
      .where("id", "=", id)
      .execute();
    const changes = [
      row.since_year !== correction.sinceYear
        ? `since ${row.since_year ?? "?"} → ${correction.sinceYear ?? "?"}`
        : null,
      !!row.dormant_since !== dormant
        ? `${dormant ? "active → dormant" : "dormant → active"}`
        : null,
    ].filter(Boolean);
    await recordChange(trx, municipalityId, id, user, now, {
      action: "corrected",
      fromStatus: row.confirmed_by ?? "unverified",
      toStatus: confirmer(user),
      comment: changes.join("; ") || null,
    });
  });
}

/**
 * Removes a row that is wrong or over: hidden everywhere from now on, kept with its
 * history, and never brought back by a later import of the public lists.
 */
export async function removePartnership(
  db: Kysely<Database>,
  municipalityId: number,
  id: number,
  reason: string,
  user: Actor,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockRow(trx, municipalityId, id, user);
    const now = new Date().toISOString();
    await trx.updateTable("partnerships").set({ removed_at: now }).where("id", "=", id).execute();
    await recordChange(trx, municipalityId, id, user, now, {
      action: "removed",
      comment: reason || null,
    });
  });
}

export interface NewPartnership {
  town: string;
  country: string;
  sinceYear: number | null;
}

/** A partnership the lists miss, entered by the municipality or staff: confirmed by whoever enters it. */
export async function addPartnership(
  db: Kysely<Database>,
  municipalityId: number,
  input: NewPartnership,
  user: Actor,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const locked = await trx
      .updateTable("municipalities")
      .set((eb) => ({ id: eb.ref("id") }))
      .where("id", "=", municipalityId)
      .executeTakeFirst();
    if (Number(locked.numUpdatedRows) === 0) throw new PartnershipError("not_found");
    if (!(await canManagePartnerships(trx, municipalityId, user)))
      throw new PartnershipError("forbidden");
    const wanted = normalizeName(input.town);
    const live = await trx
      .selectFrom("partnerships")
      .select("partner_town")
      .where("municipality_id", "=", municipalityId)
      .where("partner_country", "=", input.country)
      .where("removed_at", "is", null)
      .execute();
    if (live.some((p) => normalizeName(p.partner_town) === wanted))
      throw new PartnershipError("duplicate");
    const now = new Date().toISOString();
    const place = await findPlaceByName(trx, input.town, input.country);
    const { id } = await trx
      .insertInto("partnerships")
      .values({
        municipality_id: municipalityId,
        partner_town: input.town,
        partner_country: input.country,
        partner_place_id: place?.id ?? null,
        since_year: input.sinceYear,
        offer_id: null,
        source: "existing",
        confirmed_by: confirmer(user),
        confirmed_at: now,
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordChange(trx, municipalityId, id, user, now, {
      action: "added",
      toStatus: confirmer(user),
    });
    return id;
  });
}

export interface PartnershipHistoryEntry {
  id: number;
  partnershipId: number;
  partnerTown: string;
  partnerCountry: string;
  action: string;
  comment: string | null;
  /** Who acted, as a role: the municipality, the union, or nobody (an import, a job). */
  by: "municipality" | "union" | "foreign" | null;
  createdAt: string;
}

/**
 * Every recorded change to a municipality's partnerships, newest first. Names stay
 * out: the page says "the municipality" or "the union", which is all a reader needs.
 */
export async function listPartnershipHistory(
  db: Db,
  municipalityId: number,
  limit = 50,
): Promise<PartnershipHistoryEntry[]> {
  const rows = await db
    .selectFrom("audit_events as e")
    .innerJoin("partnerships as p", "p.id", "e.entity_id")
    .leftJoin("users as u", "u.id", "e.actor_id")
    .select([
      "e.id",
      "e.entity_id as partnershipId",
      "e.action",
      "e.comment",
      "e.created_at as createdAt",
      "u.role",
      "p.partner_town as partnerTown",
      "p.partner_country as partnerCountry",
    ])
    .where("e.entity", "=", "partnership")
    .where("p.municipality_id", "=", municipalityId)
    .orderBy("e.created_at", "desc")
    .orderBy("e.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    partnershipId: r.partnershipId,
    partnerTown: r.partnerTown,
    partnerCountry: r.partnerCountry,
    action: r.action,
    // A removal's reason is the municipality's own words; the rest are machine notes.
    comment: r.comment,
    by:
      r.role === "staff"
        ? "union"
        : r.role === "mayor"
          ? "municipality"
          : r.role === "foreign"
            ? "foreign"
            : null,
    createdAt: r.createdAt,
  }));
}

/** "We met / wrote / held an event": either town or staff; clears the dormant flag. */
export async function recordActivity(
  db: Kysely<Database>,
  id: number,
  user: Actor,
  note: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("partnerships as p")
      .innerJoin("municipalities as m", "m.id", "p.municipality_id")
      .leftJoin("offers as o", "o.id", "p.offer_id")
      .select(["p.id", "m.owner_id as ownerId", "o.author_id as authorId"])
      .where("p.id", "=", id)
      .where("p.removed_at", "is", null)
      .executeTakeFirst();
    if (!row) throw new PartnershipError("not_found");
    const allowed =
      user.role === "staff" ||
      (user.role === "mayor" && row.ownerId === user.id) ||
      (user.role === "foreign" && row.authorId === user.id);
    if (!allowed) throw new PartnershipError("forbidden");
    const now = new Date().toISOString();
    await trx
      .updateTable("partnerships")
      .set({ last_activity_at: now, dormant_since: null })
      .where("id", "=", id)
      .execute();
    await recordEvent(trx, {
      entity: "partnership",
      entityId: id,
      actorId: user.id,
      action: "activity",
      comment: note || null,
    });
  });
}

// ---- The import of the public lists ---------------------------------------------------------

export interface TwinningImportReport {
  inserted: number;
  /** Already in the registry from an earlier import (kept as they are, edits and removals included). */
  known: number;
  /** The municipality lists it already (entered by hand or made through Spolu). */
  listed: number;
  /** No register entry of that name at that point. */
  noMunicipality: string[];
  /** Inserted without a place for the partner (no line on the map). */
  unplaced: number;
}

const SAME_POINT_KM = 2;
const SAME_PLACE_KM = 25;

function roughKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dy = (a.lat - b.lat) * 111.2;
  const dx = (a.lon - b.lon) * 111.2 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Adds the rows of the public lists that the registry does not have yet, as
 * unverified rows with their source. Rows an earlier import made are recognised by
 * their key and left as the municipality or staff have made them (removed ones too).
 */
export async function importTwinnings(
  db: Kysely<Database>,
  rows: readonly TwinningRow[],
  options: { say?: (m: string) => void } = {},
): Promise<TwinningImportReport> {
  const say = options.say ?? (() => undefined);
  const report: TwinningImportReport = {
    inserted: 0,
    known: 0,
    listed: 0,
    noMunicipality: [],
    unplaced: 0,
  };
  // The Czech side: the register entry of that name at (or right by) that point.
  const czechNames = [...new Set(rows.map((r) => normalizeName(r.czech.name)))];
  const municipalities = new Map<
    string,
    { id: number; code: string; lat: number; lon: number }[]
  >();
  for (let i = 0; i < czechNames.length; i += 500) {
    const found = await db
      .selectFrom("municipalities")
      .select(["id", "code", "name_norm", "lat", "lon"])
      .where("code", "is not", null)
      .where("name_norm", "in", czechNames.slice(i, i + 500))
      .execute();
    for (const m of found) {
      if (m.code === null || m.lat === null || m.lon === null) continue;
      const list = municipalities.get(m.name_norm) ?? [];
      list.push({ id: m.id, code: m.code, lat: m.lat, lon: m.lon });
      municipalities.set(m.name_norm, list);
    }
  }
  // The partner: a place of that name in that country, the nearest to the list's point.
  const partnerNames = [...new Set(rows.map((r) => normalizeName(r.partner.name)))];
  const places = new Map<string, { id: number; country: string; lat: number; lon: number }[]>();
  for (let i = 0; i < partnerNames.length; i += 500) {
    const found = await db
      .selectFrom("place_names as n")
      .innerJoin("places as p", "p.id", "n.place_id")
      .select(["n.name_norm", "p.id", "p.country", "p.lat", "p.lon"])
      .where("n.name_norm", "in", partnerNames.slice(i, i + 500))
      .execute();
    for (const p of found) {
      const list = places.get(p.name_norm) ?? [];
      list.push({ id: p.id, country: p.country, lat: p.lat, lon: p.lon });
      places.set(p.name_norm, list);
    }
  }
  const existing = await db
    .selectFrom("partnerships")
    .select(["municipality_id", "partner_town", "partner_country", "import_key", "removed_at"])
    .execute();
  const keys = new Set(existing.flatMap((p) => (p.import_key ? [p.import_key] : [])));
  const listedByHand = new Set(
    existing
      .filter((p) => p.import_key === null && p.removed_at === null)
      .map((p) => `${p.municipality_id}|${p.partner_country}|${normalizeName(p.partner_town)}`),
  );

  const now = new Date().toISOString();
  const batch: Insertable<PartnershipsTable>[] = [];
  const touched = new Set<number>();
  for (const row of rows) {
    const municipality = (municipalities.get(normalizeName(row.czech.name)) ?? [])
      .map((m) => ({ m, km: roughKm(m, row.czech) }))
      .filter((c) => c.km <= SAME_POINT_KM)
      .sort((a, b) => a.km - b.km)[0]?.m;
    if (!municipality) {
      report.noMunicipality.push(`line ${row.line}: ${row.czech.name}`);
      continue;
    }
    const key = twinningKey(municipality.code, row.partner);
    if (keys.has(key)) {
      report.known++;
      continue;
    }
    keys.add(key);
    const byHand = `${municipality.id}|${row.partner.country}|${normalizeName(row.partner.name)}`;
    if (listedByHand.has(byHand)) {
      report.listed++;
      continue;
    }
    const place = (places.get(normalizeName(row.partner.name)) ?? [])
      .filter((p) => p.country === row.partner.country)
      .map((p) => ({ p, km: roughKm(p, row.partner) }))
      .filter((c) => c.km <= SAME_PLACE_KM)
      .sort((a, b) => a.km - b.km)[0]?.p;
    if (!place) report.unplaced++;
    touched.add(municipality.id);
    batch.push({
      municipality_id: municipality.id,
      partner_town: row.partner.name,
      partner_country: row.partner.country,
      partner_place_id: place?.id ?? null,
      since_year: null,
      offer_id: null,
      source: "public_list",
      source_url: row.sources.join(" ") || null,
      confirmed_by: null,
      confirmed_at: null,
      import_key: key,
      created_at: now,
    });
  }
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < batch.length; i += 200) {
      await trx
        .insertInto("partnerships")
        .values(batch.slice(i, i + 200))
        // Two imports at once: the second finds the first's rows by their key.
        .onConflict((oc) => oc.column("import_key").doNothing())
        .execute();
      say(`partnerships: ${Math.min(i + 200, batch.length)} of ${batch.length} added`);
    }
    const ids = [...touched];
    for (let i = 0; i < ids.length; i += 500) {
      await trx
        .updateTable("municipalities")
        .set({ updated_at: now })
        .where("id", "in", ids.slice(i, i + 500))
        .execute();
    }
  });
  report.inserted = batch.length;
  return report;
}
