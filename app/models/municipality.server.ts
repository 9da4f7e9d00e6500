import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, Municipality, PartnershipSource, ProfileStatus } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { PROFILE_RULES, VISIBLE_PROFILE_STATUSES, type ProfileAction } from "~/domain/lifecycle";
import { parseList, toList } from "~/utils/json-list";
import { recordEvent } from "./audit.server";
import { notify, type NotificationKind } from "./notification.server";
import { lockRow } from "./row-lock.server";

type Db = Kysely<Database> | Transaction<Database>;

/** A register entry by its RÚIAN code: its id, whether it has a profile and an owner. */
export async function findMunicipalityByCode(db: Db, code: string) {
  return db
    .selectFrom("municipalities")
    .select(["id", "name", "status", "owner_id"])
    .where("code", "=", code)
    .executeTakeFirst();
}

/** All municipalities, or those with a public profile. */
export async function countMunicipalities(
  db: Db,
  options: { profilesOnly?: boolean } = {},
): Promise<number> {
  let query = db.selectFrom("municipalities").select((eb) => eb.fn.countAll().as("n"));
  if (options.profilesOnly) query = query.where("status", "in", [...VISIBLE_PROFILE_STATUSES]);
  const row = await query.executeTakeFirstOrThrow();
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

// ---- One record per municipality: the official part and the profile layer -----------------

/** What the register says; nobody edits it in the app. */
export interface MunicipalityOfficial {
  id: number;
  /** RÚIAN code; null only for a profile not (yet) tied to the register. */
  code: string | null;
  name: string;
  kind: string | null;
  okres: string | null;
  okresCode: string | null;
  orp: string | null;
  kraj: string;
  population: number;
  populationDate: string | null;
  ico: string | null;
  lat: number | null;
  lon: number | null;
}

export interface MunicipalityPublic extends MunicipalityOfficial {
  /** The profile is public (published, or waiting for review and marked so). */
  hasProfile: boolean;
  /**
   * This object carries a written profile: a public one, or any but an empty one for
   * its owner and staff. False: the profile fields are empty because unknown.
   */
  profileShown: boolean;
  /** An account speaks for the municipality. */
  claimed: boolean;
  interests: string[];
  /** Empty when unknown (no profile). */
  languages: string[];
  description: string;
  /** The language the description is written in. */
  descriptionLang: string;
  seeksCountries: string[];
  seeksAnyCountry: boolean;
  partnerPopulation: [number | null, number | null] | null;
  maxDistanceKm: number | null;
  status: ProfileStatus;
  /** Staff verified that the owning account speaks for the municipality ("Ověřeno Svazem"). */
  verified: boolean;
  isDemo: boolean;
  updatedAt: string;
  /** The registry's live rows others may see (see publicPartnership). */
  partnerships: PartnershipSummary[];
}

export interface PartnershipSummary {
  town: string;
  /** The partner's GeoNames place, when known (what names it in the reader's language). */
  placeId: number | null;
  country: string;
  sinceYear: number | null;
  /** Confirmed by the municipality or the union; false: as a public list has it. */
  confirmed: boolean;
  /** Who confirmed it: the badge says "potvrzeno obcí" or "potvrzeno Svazem". */
  confirmedBy: "municipality" | "union" | null;
  /** The public list page(s) an unconfirmed row came from. */
  sourceUrls: string[];
}

export interface MunicipalityContact {
  contactName: string | null;
  contactRole: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

const PUBLIC_COLUMNS = [
  "id",
  "code",
  "name",
  "kind",
  "okres",
  "okres_code",
  "orp",
  "kraj",
  "population",
  "population_date",
  "ico",
  "lat",
  "lon",
  "interests",
  "languages",
  "description",
  "description_lang",
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

/** A municipality anyone may see: every register entry, and older profiles while public. */
function isPublicEntry(row: { code: string | null; status: ProfileStatus }): boolean {
  return row.code !== null || VISIBLE_PROFILE_STATUSES.includes(row.status);
}

/**
 * The row as others see it (`owner` false): without a public profile only the
 * official data, and of the partnerships only those concluded through Spolu. The
 * owner and staff see the profile in any state (`owner` true).
 */
function toMunicipality(
  row: PublicRow,
  partnerships: PartnershipRow[],
  owner = false,
): MunicipalityPublic {
  const visible = VISIBLE_PROFILE_STATUSES.includes(row.status);
  const profile = visible || owner;
  const hasRange =
    profile && (row.partner_population_min !== null || row.partner_population_max !== null);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    okres: row.okres,
    okresCode: row.okres_code,
    orp: row.orp,
    kraj: row.kraj,
    population: row.population,
    populationDate: row.population_date,
    ico: row.ico,
    lat: row.lat,
    lon: row.lon,
    hasProfile: visible,
    profileShown: profile && row.status !== "none",
    claimed: row.owner_id !== null,
    interests: profile ? parseList(row.interests) : [],
    languages: profile ? parseList(row.languages) : [],
    description: profile ? row.description : "",
    descriptionLang: row.description_lang,
    seeksCountries: profile ? parseList(row.seeks_countries) : [],
    seeksAnyCountry: profile ? row.seeks_any_country === 1 : true,
    partnerPopulation: hasRange ? [row.partner_population_min, row.partner_population_max] : null,
    maxDistanceKm: profile ? row.partner_max_distance_km : null,
    status: row.status,
    verified: row.verified === 1,
    isDemo: row.is_demo === 1,
    updatedAt: row.updated_at,
    // As publicPartnership has it: register entries and public profiles show all.
    partnerships: partnerships
      .filter((p) => profile || row.code !== null || p.source === "spolu")
      .map(({ source: _source, ...p }) => p),
  };
}

interface PartnershipRow extends PartnershipSummary {
  source: PartnershipSource;
}

/** Partnerships per municipality (of the given ones, or of all), oldest first, unknown years last. */
async function listPartnershipsOf(
  db: Db,
  municipalityIds?: number[],
): Promise<Map<number, PartnershipRow[]>> {
  let query = db
    .selectFrom("partnerships")
    .select([
      "municipality_id",
      "partner_town",
      "partner_place_id",
      "partner_country",
      "since_year",
      "source",
      "source_url",
      "confirmed_by",
    ])
    .where("removed_at", "is", null);
  if (municipalityIds) query = query.where("municipality_id", "in", municipalityIds);
  const partners = await query
    .orderBy("municipality_id")
    // Unknown years last on both dialects (SQLite and PostgreSQL sort NULL differently).
    .orderBy(sql`case when since_year is null then 1 else 0 end`)
    .orderBy("since_year")
    .orderBy("id")
    .execute();
  const byMunicipality = new Map<number, PartnershipRow[]>();
  for (const p of partners) {
    const list = byMunicipality.get(p.municipality_id) ?? [];
    list.push({
      town: p.partner_town,
      placeId: p.partner_place_id,
      country: p.partner_country,
      sinceYear: p.since_year,
      source: p.source,
      confirmed: p.confirmed_by !== null,
      confirmedBy: p.confirmed_by,
      sourceUrls: p.source_url ? p.source_url.split(" ") : [],
    });
    byMunicipality.set(p.municipality_id, list);
  }
  return byMunicipality;
}

/**
 * Every municipality anyone may see (all 6,254 of the register), public data
 * only, with partnerships loaded in one query rather than one each. With
 * `profilesOnly`, those with a public profile.
 */
export async function listPublicMunicipalities(
  db: Db,
  options: { profilesOnly?: boolean } = {},
): Promise<MunicipalityPublic[]> {
  const rows = await db
    .selectFrom("municipalities")
    .select(PUBLIC_COLUMNS)
    .where((eb) =>
      options.profilesOnly
        ? eb("status", "in", [...VISIBLE_PROFILE_STATUSES])
        : eb.or([eb("code", "is not", null), eb("status", "in", [...VISIBLE_PROFILE_STATUSES])]),
    )
    .orderBy("id")
    .execute();
  const byMunicipality = await listPartnershipsOf(db);
  return rows.map((row) => toMunicipality(row, byMunicipality.get(row.id) ?? []));
}

/** Every municipality anyone may see, with its last change: the sitemap's entries. */
export async function listPublicMunicipalityStamps(
  db: Db,
): Promise<{ id: number; updatedAt: string }[]> {
  return db
    .selectFrom("municipalities")
    .select(["id", "updated_at as updatedAt"])
    .where((eb) =>
      eb.or([eb("code", "is not", null), eb("status", "in", [...VISIBLE_PROFILE_STATUSES])]),
    )
    .orderBy("id")
    .execute();
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
  if (!row) return undefined;
  return toMunicipality(row, (await listPartnershipsOf(db, [row.id])).get(row.id) ?? [], true);
}

/** A municipality anyone may see, public data only (the official part at least). */
export async function getPublicMunicipality(
  db: Db,
  id: number,
): Promise<MunicipalityPublic | undefined> {
  const row = await db
    .selectFrom("municipalities")
    .select(PUBLIC_COLUMNS)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row || !isPublicEntry(row)) return undefined;
  return toMunicipality(row, (await listPartnershipsOf(db, [id])).get(id) ?? []);
}

/** Several municipalities anyone may see, public data only, in the order of `ids`. */
export async function getPublicMunicipalities(
  db: Db,
  ids: readonly number[],
): Promise<MunicipalityPublic[]> {
  if (ids.length === 0) return [];
  const [rows, partners] = await Promise.all([
    db
      .selectFrom("municipalities")
      .select(PUBLIC_COLUMNS)
      .where("id", "in", [...ids])
      .execute(),
    listPartnershipsOf(db, [...ids]),
  ]);
  const byId = new Map(rows.filter(isPublicEntry).map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toMunicipality(row, partners.get(id) ?? [])] : [];
  });
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
    ...toMunicipality(row, (await listPartnershipsOf(db, [id])).get(id) ?? [], true),
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

/** The profile layer; the official part (name, size, place) is the register's. */
export interface ProfileInput {
  interests: string[];
  languages: string[];
  description: string;
  /** The description's language; Czech when not given. */
  descriptionLang?: string;
  seeksCountries: string[];
  seeksAnyCountry: boolean;
  partnerMin?: number;
  partnerMax?: number;
  maxDistance?: number;
  contactName: string;
  contactRole: string;
  contactEmail: string;
  contactPhone: string;
}

export class ProfileSaveError extends Error {}

/**
 * Writes the profile layer of a municipality. The owner's save sends it to review
 * (pending); a staff edit on the owner's behalf keeps its state and is recorded
 * as such. The official columns are never written here.
 */
export async function saveMunicipality(
  db: Kysely<Database>,
  id: number,
  input: ProfileInput,
  actor: { id: number; role: string },
): Promise<void> {
  const now = new Date().toISOString();
  const columns = {
    interests: toList(input.interests),
    languages: toList(input.languages),
    description: input.description,
    description_lang: input.descriptionLang ?? "cs",
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
  const byStaff = actor.role === "staff";
  await db.transaction().execute(async (trx) => {
    // A moderator deciding meanwhile waits for this save, or this save for the decision.
    await lockRow(trx, "municipalities", id);
    const current = await trx
      .selectFrom("municipalities")
      .select(["status", "owner_id"])
      .where("id", "=", id)
      .executeTakeFirst();
    // The owner may write only while they own it (a claim staff rejected meanwhile ends that).
    if (!current || (!byStaff && current.owner_id !== actor.id))
      throw new ProfileSaveError("not the owner");
    const fromStatus = current.status;
    const toStatus: ProfileStatus = byStaff && fromStatus !== "none" ? fromStatus : "pending";
    await trx
      .updateTable("municipalities")
      .set({ ...columns, status: toStatus })
      .where("id", "=", id)
      .execute();
    await recordEvent(trx, {
      entity: "municipality",
      entityId: id,
      actorId: actor.id,
      onBehalf: byStaff && current.owner_id !== actor.id,
      action: fromStatus === "none" ? "created" : "edited",
      fromStatus: fromStatus === "none" ? null : fromStatus,
      toStatus,
    });
  });
}

export class ProfileTransitionError extends Error {
  /** "conflict": someone changed the profile after the actor's page showed it (now: its state). */
  constructor(
    message: string,
    readonly conflict: { now: ProfileStatus } | null = null,
  ) {
    super(message);
  }
}

export async function transitionMunicipality(
  db: Kysely<Database>,
  id: number,
  action: ProfileAction,
  /** `seen`: the state the actor's page showed; a different one now is a conflict. */
  actor: { id: number; as: "author" | "staff"; seen?: ProfileStatus },
  comment: string | null = null,
): Promise<ProfileStatus> {
  return db.transaction().execute(async (trx) => {
    // Two moderators at once: the second waits, then finds the first one's decision.
    await lockRow(trx, "municipalities", id);
    const current = await trx
      .selectFrom("municipalities")
      .select(["status", "owner_id", "name"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!current) throw new ProfileTransitionError("not found");
    if (actor.seen && actor.seen !== current.status)
      throw new ProfileTransitionError(`${action}: now ${current.status}`, { now: current.status });
    const rule = PROFILE_RULES[action];
    if (!rule.from.includes(current.status) || !rule.actors.includes(actor.as)) {
      throw new ProfileTransitionError(`${action} is not allowed from ${current.status}`);
    }
    if (rule.needsComment && !comment?.trim()) throw new ProfileTransitionError("comment required");
    const to = rule.to ?? current.status;
    await trx
      .updateTable("municipalities")
      // Approving the texts is not verifying the account: that is the claim's (claim.server.ts).
      .set({ status: to, updated_at: new Date().toISOString() })
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
