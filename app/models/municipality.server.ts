import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, Municipality, NewMunicipality, ProfileStatus } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { PROFILE_RULES, VISIBLE_PROFILE_STATUSES, type ProfileAction } from "~/domain/lifecycle";
import { normalizeName } from "~/domain/normalize";
import { parseList, toList } from "~/utils/json-list";
import { recordEvent } from "./audit.server";
import { notify, type NotificationKind } from "./notification.server";
import { findPlaceByName } from "./place.server";

type Db = Kysely<Database> | Transaction<Database>;

export async function findMunicipalityByName(
  db: Db,
  name: string,
  kraj: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom("municipalities")
    .select("id")
    .where("name", "=", name)
    .where("kraj", "=", kraj)
    .executeTakeFirst();
  return row?.id;
}

export async function insertMunicipality(db: Db, municipality: NewMunicipality): Promise<number> {
  const row = await db
    .insertInto("municipalities")
    .values(municipality)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function countMunicipalities(db: Db): Promise<number> {
  const row = await db
    .selectFrom("municipalities")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/** The municipality an account speaks for (name and kraj only: safe for any page). */
export async function getOwnedMunicipalitySummary(
  db: Db,
  ownerId: number,
): Promise<
  { id: number; name: string; kraj: string; population: number; status: string } | undefined
> {
  return db
    .selectFrom("municipalities")
    .select(["id", "name", "kraj", "population", "status"])
    .where("owner_id", "=", ownerId)
    .executeTakeFirst();
}

// ---- Profiles: the owner's view, the public view, staff moderation ---------------------------

export interface MunicipalityPublic {
  id: number;
  name: string;
  kraj: string;
  population: number;
  lat: number | null;
  lon: number | null;
  placeId: number | null;
  interests: string[];
  languages: string[];
  description: string;
  seeksCountries: string[];
  seeksAnyCountry: boolean;
  partnerPopulation: [number | null, number | null] | null;
  maxDistanceKm: number | null;
  status: ProfileStatus;
  verified: boolean;
  isDemo: boolean;
  updatedAt: string;
  partnerships: { town: string; country: string; sinceYear: number | null }[];
}

export interface MunicipalityContact {
  contactName: string | null;
  contactRole: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

const PUBLIC_COLUMNS = [
  "id",
  "name",
  "kraj",
  "population",
  "lat",
  "lon",
  "place_id",
  "interests",
  "languages",
  "description",
  "seeks_countries",
  "seeks_any_country",
  "partner_population_min",
  "partner_population_max",
  "partner_max_distance_km",
  "status",
  "verified",
  "is_demo",
  "updated_at",
  "owner_id",
] as const;

type PublicRow = Pick<Municipality, (typeof PUBLIC_COLUMNS)[number]>;

async function toPublic(db: Db, row: PublicRow): Promise<MunicipalityPublic> {
  return toPublicWith(row, await listPartnerships(db, row.id));
}

function toPublicWith(
  row: PublicRow,
  partnerships: MunicipalityPublic["partnerships"],
): MunicipalityPublic {
  const hasRange = row.partner_population_min !== null || row.partner_population_max !== null;
  return {
    id: row.id,
    name: row.name,
    kraj: row.kraj,
    population: row.population,
    lat: row.lat,
    lon: row.lon,
    placeId: row.place_id,
    interests: parseList(row.interests),
    languages: parseList(row.languages),
    description: row.description,
    seeksCountries: parseList(row.seeks_countries),
    seeksAnyCountry: row.seeks_any_country === 1,
    partnerPopulation: hasRange ? [row.partner_population_min, row.partner_population_max] : null,
    maxDistanceKm: row.partner_max_distance_km,
    status: row.status,
    verified: row.verified === 1,
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
    partnerships,
  };
}

/** Partnerships per municipality (of the given ones, or of all), oldest first, unknown years last. */
async function listPartnershipsOf(
  db: Db,
  municipalityIds?: number[],
): Promise<Map<number, MunicipalityPublic["partnerships"]>> {
  let query = db
    .selectFrom("partnerships")
    .select(["municipality_id", "partner_town", "partner_country", "since_year"]);
  if (municipalityIds) query = query.where("municipality_id", "in", municipalityIds);
  const partners = await query
    .orderBy("municipality_id")
    // Unknown years last on both dialects (SQLite and PostgreSQL sort NULL differently).
    .orderBy(sql`case when since_year is null then 1 else 0 end`)
    .orderBy("since_year")
    .orderBy("id")
    .execute();
  const byMunicipality = new Map<number, MunicipalityPublic["partnerships"]>();
  for (const p of partners) {
    const list = byMunicipality.get(p.municipality_id) ?? [];
    list.push({ town: p.partner_town, country: p.partner_country, sinceYear: p.since_year });
    byMunicipality.set(p.municipality_id, list);
  }
  return byMunicipality;
}

/** Every profile anyone may see, with partnerships loaded in one query rather than one each. */
export async function listVisibleMunicipalities(db: Db): Promise<MunicipalityPublic[]> {
  const rows = await db
    .selectFrom("municipalities")
    .select(PUBLIC_COLUMNS)
    .where("status", "in", [...VISIBLE_PROFILE_STATUSES])
    .orderBy("id")
    .execute();
  const byMunicipality = await listPartnershipsOf(db);
  return rows.map((row) => toPublicWith(row, byMunicipality.get(row.id) ?? []));
}

/** The profile an account speaks for, in any state, without its contact person. */
export async function getOwnedMunicipality(
  db: Db,
  ownerId: number,
): Promise<MunicipalityPublic | undefined> {
  const row = await db
    .selectFrom("municipalities")
    .select(PUBLIC_COLUMNS)
    .where("owner_id", "=", ownerId)
    .executeTakeFirst();
  return row ? toPublic(db, row) : undefined;
}

export async function listPartnerships(
  db: Db,
  municipalityId: number,
): Promise<MunicipalityPublic["partnerships"]> {
  return (await listPartnershipsOf(db, [municipalityId])).get(municipalityId) ?? [];
}

/** A profile anyone may see (not drafts, not rejected), without its contact person. */
export async function getPublicMunicipality(
  db: Db,
  id: number,
): Promise<MunicipalityPublic | undefined> {
  const row = await db
    .selectFrom("municipalities")
    .select(PUBLIC_COLUMNS)
    .where("id", "=", id)
    .where("status", "in", [...VISIBLE_PROFILE_STATUSES])
    .executeTakeFirst();
  return row ? toPublic(db, row) : undefined;
}

/**
 * A profile with its contact person, for its owner and staff only: the right is
 * part of the query, so no other caller can read the contact.
 */
export async function getMunicipalityWithContact(
  db: Db,
  id: number,
  viewer: { id: number; role: string },
): Promise<(MunicipalityPublic & MunicipalityContact & { ownerId: number | null }) | undefined> {
  let query = db
    .selectFrom("municipalities")
    .select([...PUBLIC_COLUMNS, "contact_name", "contact_role", "contact_email", "contact_phone"])
    .where("id", "=", id);
  if (viewer.role !== "staff") query = query.where("owner_id", "=", viewer.id);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    ...(await toPublic(db, row)),
    ownerId: row.owner_id,
    contactName: row.contact_name,
    contactRole: row.contact_role,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
  };
}

export async function getOwnedMunicipalityId(db: Db, ownerId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom("municipalities")
    .select("id")
    .where("owner_id", "=", ownerId)
    .executeTakeFirst();
  return row?.id;
}

export interface ProfileInput {
  placeId?: number;
  name: string;
  kraj: string;
  population: number;
  lat?: number;
  lon?: number;
  interests: string[];
  languages: string[];
  description: string;
  seeksCountries: string[];
  seeksAnyCountry: boolean;
  partnerMin?: number;
  partnerMax?: number;
  maxDistance?: number;
  partnerships: { town: string; country: string; sinceYear: number | null }[];
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
}

/**
 * Creates or updates a profile. The owner's save sends it to review (pending);
 * a staff edit on the owner's behalf keeps its state and is recorded as such.
 */
export async function saveMunicipality(
  db: Kysely<Database>,
  input: ProfileInput,
  options: { id?: number; ownerId: number | null; actor: { id: number; role: string } },
): Promise<number> {
  const now = new Date().toISOString();
  const columns = {
    place_id: input.placeId ?? null,
    name: input.name,
    kraj: input.kraj,
    population: input.population,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    interests: toList(input.interests),
    languages: toList(input.languages),
    description: input.description,
    seeks_countries: toList(input.seeksAnyCountry ? [] : input.seeksCountries),
    seeks_any_country:
      input.seeksAnyCountry || input.seeksCountries.length === 0 ? (1 as const) : (0 as const),
    partner_population_min: input.partnerMin ?? null,
    partner_population_max: input.partnerMax ?? null,
    partner_max_distance_km: input.maxDistance ?? null,
    contact_name: input.contactName,
    contact_role: input.contactRole || null,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone || null,
    updated_at: now,
  };
  const byStaff = options.actor.role === "staff";
  return db.transaction().execute(async (trx) => {
    let id = options.id;
    let fromStatus: ProfileStatus | null = null;
    let toStatus: ProfileStatus;
    if (id === undefined) {
      toStatus = "pending";
      id = (
        await trx
          .insertInto("municipalities")
          .values({
            ...columns,
            owner_id: options.ownerId,
            status: toStatus,
            verified: 0,
            is_demo: 0,
            created_at: now,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    } else {
      const current = await trx
        .selectFrom("municipalities")
        .select("status")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      fromStatus = current.status;
      toStatus = byStaff ? current.status : "pending";
      await trx
        .updateTable("municipalities")
        .set({ ...columns, status: toStatus })
        .where("id", "=", id)
        .execute();
    }
    await trx
      .deleteFrom("partnerships")
      .where("municipality_id", "=", id)
      .where("source", "=", "existing")
      .execute();
    if (input.partnerships.length > 0) {
      // The partner town's place (for its line on the map) when GeoNames knows the name.
      const places = await Promise.all(
        input.partnerships.map((p) => findPlaceByName(trx, p.town, p.country)),
      );
      await trx
        .insertInto("partnerships")
        .values(
          input.partnerships.map((p, i) => ({
            municipality_id: id,
            partner_town: p.town,
            partner_country: p.country,
            partner_place_id: places[i]?.id ?? null,
            since_year: p.sinceYear,
            offer_id: null,
            source: "existing" as const,
            created_at: now,
          })),
        )
        .execute();
    }
    await recordEvent(trx, {
      entity: "municipality",
      entityId: id,
      actorId: options.actor.id,
      onBehalf: byStaff && options.ownerId !== options.actor.id,
      action: fromStatus === null ? "created" : "edited",
      fromStatus,
      toStatus,
    });
    return id;
  });
}

export class ProfileTransitionError extends Error {}

export async function transitionMunicipality(
  db: Kysely<Database>,
  id: number,
  action: ProfileAction,
  actor: { id: number; as: "author" | "staff" },
  comment: string | null = null,
): Promise<ProfileStatus> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom("municipalities")
      .select(["status", "owner_id", "name"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!current) throw new ProfileTransitionError("not found");
    const rule = PROFILE_RULES[action];
    if (!rule.from.includes(current.status) || !rule.actors.includes(actor.as)) {
      throw new ProfileTransitionError(`${action} is not allowed from ${current.status}`);
    }
    if (rule.needsComment && !comment?.trim()) throw new ProfileTransitionError("comment required");
    const to = rule.to ?? current.status;
    await trx
      .updateTable("municipalities")
      .set({
        status: to,
        updated_at: new Date().toISOString(),
        ...(action === "approve" ? { verified: 1 as const } : {}),
      })
      .where("id", "=", id)
      .execute();
    await recordEvent(trx, {
      entity: "municipality",
      entityId: id,
      actorId: actor.id,
      action,
      fromStatus: current.status,
      toStatus: to,
      comment,
    });
    const kinds: Partial<Record<ProfileAction, NotificationKind>> = {
      approve: "profile_approved",
      request_changes: "profile_changes_requested",
      reject: "profile_rejected",
    };
    const kind = kinds[action];
    if (kind && current.owner_id !== null) {
      await notify(trx, {
        userId: current.owner_id,
        kind,
        params: { town: current.name },
        link: "/me",
      });
    }
    return to;
  });
}

export async function setMunicipalityVerified(
  db: Kysely<Database>,
  id: number,
  verified: boolean,
  actorId: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("municipalities")
      .set({ verified: verified ? 1 : 0 })
      .where("id", "=", id)
      .execute();
    await recordEvent(trx, {
      entity: "municipality",
      entityId: id,
      actorId,
      action: verified ? "verified" : "unverified",
    });
  });
}

export async function listPendingMunicipalities(db: Db) {
  return db
    .selectFrom("municipalities as m")
    .leftJoin("users as u", "u.id", "m.owner_id")
    .select(["m.id", "m.name", "m.kraj", "m.updated_at as waitingSince", "u.name as ownerName"])
    .where("m.status", "=", "pending")
    .orderBy("m.updated_at")
    .orderBy("m.id")
    .execute();
}

export async function countPendingMunicipalities(db: Db): Promise<number> {
  const row = await db
    .selectFrom("municipalities")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("status", "=", "pending")
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

export interface MunicipalityFilters {
  /** A kraj code (CZ-63). */
  kraj?: string;
  /** Part of the name; case and diacritics do not matter ("zdar" finds Žďár nad Sázavou). */
  q?: string;
}

/**
 * One page of the profiles anyone may see, by name. The name search folds
 * diacritics in JS (SQLite's lower() knows only ASCII), over ids and names alone,
 * so only the page's rows and partnerships are read in full.
 */
export async function searchVisibleMunicipalities(
  db: Db,
  filters: MunicipalityFilters,
  page: { limit: number; offset: number },
): Promise<{ municipalities: MunicipalityPublic[]; total: number }> {
  let query = db
    .selectFrom("municipalities")
    .select(["id", "name"])
    .where("status", "in", [...VISIBLE_PROFILE_STATUSES]);
  if (filters.kraj) query = query.where("kraj", "=", filters.kraj);
  const words = normalizeName(filters.q ?? "")
    .split(" ")
    .filter(Boolean);
  const matching = (await query.execute())
    .filter((row) => {
      const name = normalizeName(row.name);
      return words.every((word) => name.includes(word));
    })
    .sort((a, b) => a.name.localeCompare(b.name, "cs") || a.id - b.id);
  const ids = matching.slice(page.offset, page.offset + page.limit).map((row) => row.id);
  if (ids.length === 0) return { municipalities: [], total: matching.length };
  const rows = await db
    .selectFrom("municipalities")
    .select(PUBLIC_COLUMNS)
    .where("id", "in", ids)
    .execute();
  const partners = await listPartnershipsOf(db, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    municipalities: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toPublicWith(row, partners.get(id) ?? [])] : [];
    }),
    total: matching.length,
  };
}
