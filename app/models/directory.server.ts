// Finding Czech municipalities: the public directory of all 6,254 (filters, counts
// per filter, sorting, pages) and the suggestions of the place search. Both read
// the register columns only, plus whether a public profile and partners exist.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from "kysely";
import type { Database } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { VISIBLE_PROFILE_STATUSES } from "~/domain/lifecycle";
import { normalizeName } from "~/domain/normalize";
import { SIZE_BANDS, type MunicipalityKind, type SizeBand } from "~/domain/register";
import type { DirectorySort } from "~/domain/forms/directory";
import { MunicipalityChoice } from "~/domain/forms/claim.server";
import { publicPartnership } from "./partnership.server";
import { keyedVersionedCache } from "./data-version.server";

type Db = Kysely<Database>;
type Eb = ExpressionBuilder<Database, "municipalities">;

export interface DirectoryFilters {
  /** Words of the name, in any case and with or without diacritics. */
  q?: string;
  /** A kraj code (CZ-31). */
  kraj?: string;
  /** An okres by its RÚIAN code (3306 Prachatice). */
  okres?: string;
  size?: SizeBand;
  kind?: MunicipalityKind;
  /** Only those with a public profile on Spolu. */
  profile?: boolean;
  /** Only those with known partner towns abroad. */
  partners?: boolean;
}

export interface DirectoryEntry {
  id: number;
  code: string | null;
  name: string;
  kind: string | null;
  okres: string | null;
  orp: string | null;
  kraj: string;
  population: number;
  populationDate: string | null;
  ico: string | null;
  lat: number | null;
  lon: number | null;
  hasProfile: boolean;
  claimed: boolean;
  verified: boolean;
  isDemo: boolean;
  partners: number;
}

export interface DirectoryFacets {
  kraj: Record<string, number>;
  okres: { code: string; name: string; kraj: string; count: number }[];
  size: Record<string, number>;
  kind: Record<string, number>;
  profile: number;
  partners: number;
}

type FacetName = "kraj" | "okres" | "size" | "kind" | "profile" | "partners";

const visible = [...VISIBLE_PROFILE_STATUSES];

function publicEntry(eb: Eb): Expression<SqlBool> {
  return eb.or([
    eb("municipalities.code", "is not", null),
    eb("municipalities.status", "in", visible),
  ]);
}

/** Partnerships others may see, as /partnerships lists them. */
function hasPartners(eb: Eb): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom("partnerships")
      .select("partnerships.id")
      .whereRef("partnerships.municipality_id", "=", "municipalities.id")
      .where(publicPartnership("partnerships", "municipalities")),
  );
}

function sizeCondition(eb: Eb, band: SizeBand): Expression<SqlBool> {
  const { min, max } = SIZE_BANDS.find((b) => b.key === band) ?? SIZE_BANDS[0];
  return max === null
    ? eb("municipalities.population", ">=", min)
    : eb.and([
        eb("municipalities.population", ">=", min),
        eb("municipalities.population", "<", max),
      ]);
}

/** Every filter but `except` (a facet counts as if its own choice were not made). */
function conditions(eb: Eb, filters: DirectoryFilters, except?: FacetName): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [publicEntry(eb)];
  for (const word of normalizeName(filters.q ?? "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 6)) {
    // Letters and digits only after normalising: no LIKE wildcard can get in.
    all.push(eb("municipalities.name_norm", "like", `%${word}%`));
  }
  if (filters.kraj && except !== "kraj") all.push(eb("municipalities.kraj", "=", filters.kraj));
  if (filters.okres && except !== "okres" && except !== "kraj")
    all.push(eb("municipalities.okres_code", "=", filters.okres));
  if (filters.size && except !== "size") all.push(sizeCondition(eb, filters.size));
  if (filters.kind && except !== "kind") all.push(eb("municipalities.kind", "=", filters.kind));
  if (filters.profile && except !== "profile") all.push(eb("municipalities.status", "in", visible));
  if (filters.partners && except !== "partners") all.push(hasPartners(eb));
  return eb.and(all);
}

/** The size band of a row, with constants inlined: PostgreSQL groups by identical SQL only. */
function sizeCase() {
  const whens = SIZE_BANDS.filter((b) => b.max !== null)
    .map((b) => sql`when population < ${sql.lit(b.max)} then ${sql.lit(b.key)}`)
    .reduce((acc, part) => sql`${acc} ${part}`);
  return sql<string>`case ${whens} else ${sql.lit(SIZE_BANDS[SIZE_BANDS.length - 1]?.key)} end`;
}

export async function directoryFacets(db: Db, filters: DirectoryFilters): Promise<DirectoryFacets> {
  const from = () => db.selectFrom("municipalities");
  const [kraj, okres, size, kind, profile, partners] = await Promise.all([
    from()
      .select(["kraj", (eb) => eb.fn.countAll().as("n")])
      .where((eb) => conditions(eb, filters, "kraj"))
      .groupBy("kraj")
      .execute(),
    from()
      .select(["okres_code", "okres", "kraj", (eb) => eb.fn.countAll().as("n")])
      .where((eb) => conditions(eb, filters, "okres"))
      .where("okres_code", "is not", null)
      .groupBy(["okres_code", "okres", "kraj"])
      .execute(),
    from()
      .select([sizeCase().as("band"), (eb) => eb.fn.countAll().as("n")])
      .where((eb) => conditions(eb, filters, "size"))
      .groupBy(sizeCase())
      .execute(),
    from()
      .select(["kind", (eb) => eb.fn.countAll().as("n")])
      .where((eb) => conditions(eb, filters, "kind"))
      .where("kind", "is not", null)
      .groupBy("kind")
      .execute(),
    from()
      .select((eb) => eb.fn.countAll().as("n"))
      .where((eb) => conditions(eb, { ...filters, profile: true }))
      .executeTakeFirstOrThrow(),
    from()
      .select((eb) => eb.fn.countAll().as("n"))
      .where((eb) => conditions(eb, { ...filters, partners: true }))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    kraj: Object.fromEntries(kraj.map((r) => [r.kraj, toCount(r.n)])),
    okres: okres
      .map((r) => ({
        code: r.okres_code as string,
        name: r.okres ?? "",
        kraj: r.kraj,
        count: toCount(r.n),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "cs")),
    size: Object.fromEntries(size.map((r) => [r.band, toCount(r.n)])),
    kind: Object.fromEntries(kind.map((r) => [r.kind as string, toCount(r.n)])),
    profile: toCount(profile.n),
    partners: toCount(partners.n),
  };
}

/**
 * directoryFacets kept per filter until a municipality or partnership changes: the
 * counts group all 6,254 municipalities six ways (about 15 ms a page view).
 */
export const cachedDirectoryFacets = keyedVersionedCache(
  ["municipalities", "partnerships"],
  100,
  directoryFacets,
);

/** One page of the directory and the number of all that match. */
export async function searchDirectory(
  db: Db,
  filters: DirectoryFilters,
  sort: DirectorySort,
  page: { limit: number; offset: number },
): Promise<{ entries: DirectoryEntry[]; total: number }> {
  const where = (eb: Eb) => conditions(eb, filters);
  let query = db
    .selectFrom("municipalities")
    .select([
      "id",
      "code",
      "name",
      "kind",
      "okres",
      "orp",
      "kraj",
      "population",
      "population_date",
      "ico",
      "lat",
      "lon",
      "status",
      "owner_id",
      "verified",
      "is_demo",
    ])
    .where(where);
  query =
    sort === "name"
      ? query.orderBy("name_sort").orderBy("population", "desc").orderBy("id")
      : query
          .orderBy("population", sort === "population" ? "desc" : "asc")
          .orderBy("name_sort")
          .orderBy("id");
  const [rows, count] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    db
      .selectFrom("municipalities")
      .select((eb) => eb.fn.countAll().as("n"))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  const partners = await countVisiblePartners(
    db,
    rows.map((r) => r.id),
  );
  return {
    total: toCount(count.n),
    entries: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      okres: r.okres,
      orp: r.orp,
      kraj: r.kraj,
      population: r.population,
      populationDate: r.population_date,
      ico: r.ico,
      lat: r.lat,
      lon: r.lon,
      hasProfile: visible.includes(r.status),
      claimed: r.owner_id !== null,
      verified: r.verified === 1,
      isDemo: r.is_demo === 1,
      partners: partners.get(r.id) ?? 0,
    })),
  };
}

async function countVisiblePartners(db: Db, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("partnerships")
    .innerJoin("municipalities", "municipalities.id", "partnerships.municipality_id")
    .select(["partnerships.municipality_id as id", (eb) => eb.fn.countAll().as("n")])
    .where("partnerships.municipality_id", "in", ids)
    .where(publicPartnership("partnerships", "municipalities"))
    .groupBy("partnerships.municipality_id")
    .execute();
  return new Map(rows.map((r) => [r.id, toCount(r.n)]));
}

// ---- Suggestions as a mayor types ------------------------------------------------------------

export interface MunicipalitySuggestion {
  id: number;
  code: string | null;
  name: string;
  kind: string | null;
  okres: string | null;
  kraj: string;
  population: number;
  lat: number | null;
  lon: number | null;
  claimed: boolean;
  hasProfile: boolean;
}

/**
 * searchDirectory kept per query until a municipality or partnership changes: the
 * directory's first pages and the API's pages are asked for again and again, and
 * counting the matching municipalities reads all 6,254 each time.
 */
export const cachedSearchDirectory = keyedVersionedCache(
  ["municipalities", "partnerships"],
  200,
  (
    db: Db,
    query: {
      filters: DirectoryFilters;
      sort: DirectorySort;
      page: { limit: number; offset: number };
    },
  ) => searchDirectory(db, query.filters, query.sort, query.page),
);

export const SUGGESTIONS_MAX = 50;

/**
 * Municipalities whose name, or a word of it, starts with what was typed;
 * case and diacritics do not matter ("bozi dar" finds Boží Dar, "lhota" every
 * Lhota and Dolní Lhota). Exact names first, then names that start so, then
 * names with such a word; larger first in each.
 */
export async function suggestMunicipalities(
  db: Db,
  query: string,
  limit = 20,
): Promise<MunicipalitySuggestion[]> {
  const q = normalizeName(query);
  if (!q) return [];
  const rows = await db
    .selectFrom("municipalities")
    .select([
      "id",
      "code",
      "name",
      "kind",
      "okres",
      "kraj",
      "population",
      "lat",
      "lon",
      "owner_id",
      "status",
      sql<number>`case when name_norm = ${q} then 0 when name_norm >= ${q} and name_norm < ${`${q}\uffff`} then 1 else 2 end`.as(
        "rank",
      ),
    ])
    .where((eb) =>
      eb.and([
        publicEntry(eb),
        eb.or([
          eb.and([eb("name_norm", ">=", q), eb("name_norm", "<", `${q}\uffff`)]),
          eb("name_norm", "like", `% ${q}%`),
        ]),
      ]),
    )
    .orderBy("rank")
    .orderBy("population", "desc")
    .orderBy("id")
    .limit(Math.min(Math.max(limit, 1), SUGGESTIONS_MAX))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    okres: r.okres,
    kraj: r.kraj,
    population: r.population,
    lat: r.lat,
    lon: r.lon,
    claimed: r.owner_id !== null,
    hasProfile: visible.includes(r.status),
  }));
}

export type Candidate = { id: number; name: string; okres: string | null; population: number };

/**
 * The municipality a form names: the id its list set, or else the typed name when
 * exactly one municipality bears it (a browser without JavaScript). Several of that
 * name (Nová Ves) come back as candidates to choose from; a forged id is "notFound".
 */
export async function resolveMunicipalityChoice(
  db: Db,
  idValue: string | undefined,
  typedName: string | undefined,
): Promise<
  { id: number } | { error: "missing" | "notFound" | "ambiguous"; candidates: Candidate[] }
> {
  const id = MunicipalityChoice.safeParse(idValue);
  if (idValue && id.success) {
    const row = await db
      .selectFrom("municipalities")
      .select("id")
      .where("id", "=", id.data)
      .where("code", "is not", null)
      .executeTakeFirst();
    return row ? { id: row.id } : { error: "notFound", candidates: [] };
  }
  const typed = typedName?.trim() ?? "";
  if (!typed) return { error: "missing", candidates: [] };
  const found = await suggestMunicipalities(db, typed, 20);
  const exact = found.filter((m) => normalizeName(m.name) === normalizeName(typed));
  if (exact.length === 1 && exact[0]) return { id: exact[0].id };
  const candidates = (exact.length > 1 ? exact : found).map((m) => ({
    id: m.id,
    name: m.name,
    okres: m.okres,
    population: m.population,
  }));
  return { error: candidates.length > 0 ? "ambiguous" : "notFound", candidates };
}
