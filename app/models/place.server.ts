import { sql, type ExpressionBuilder, type Kysely, type Transaction } from "kysely";
import type { Database, NewPlace, Place } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { normalizeName, searchKeys } from "~/domain/normalize";

type Db = Kysely<Database> | Transaction<Database>;

export interface PlaceHit extends Place {
  /** The name the query matched when it is not the display name (Luck for Lutsk). */
  matchedName: string | null;
  /** A Slovak municipality's okres (kept in admin1): it tells the four Lúčka apart. */
  okres: string | null;
}

export async function countPlaces(db: Db, country?: string): Promise<number> {
  let query = db.selectFrom("places").select((eb) => eb.fn.countAll().as("n"));
  if (country) query = query.where("country", "=", country);
  const row = await query.executeTakeFirstOrThrow();
  return toCount(row.n);
}

/**
 * Writes places; a place already there takes the new figures (an upgrade of the
 * sources), keeping its id and so every offer and partnership that points at it.
 */
export async function upsertPlaces(db: Db, places: NewPlace[]): Promise<void> {
  if (places.length === 0) return;
  await db
    .insertInto("places")
    .values(places)
    .onConflict((oc) =>
      oc.column("id").doUpdateSet((eb) => ({
        name: eb.ref("excluded.name"),
        name_en: eb.ref("excluded.name_en"),
        country: eb.ref("excluded.country"),
        admin1: eb.ref("excluded.admin1"),
        kraj: eb.ref("excluded.kraj"),
        population: eb.ref("excluded.population"),
        lat: eb.ref("excluded.lat"),
        lon: eb.ref("excluded.lon"),
      })),
    )
    .execute();
}

/** Forgets the search names of these places (before new ones are written). */
export async function deletePlaceNames(db: Db, placeIds: number[]): Promise<void> {
  if (placeIds.length === 0) return;
  await db.deleteFrom("place_names").where("place_id", "in", placeIds).execute();
}

/** Adds search names; in the key's order they go in faster (appended to the index). */
export async function insertPlaceNames(
  db: Db,
  names: { place_id: number; name: string; name_norm: string }[],
): Promise<void> {
  // Chunked: one statement may bind at most 32,766 values on SQLite, 65,535 on PostgreSQL.
  for (let i = 0; i < names.length; i += 2000) {
    await db
      .insertInto("place_names")
      .values(names.slice(i, i + 2000))
      .onConflict((oc) => oc.columns(["name_norm", "place_id"]).doNothing())
      .execute();
  }
}

/**
 * Removes the places a new source no longer has, except those an offer or a
 * partnership points at: those stay as they were, so no reference breaks.
 */
export async function removePlacesExcept(
  db: Db,
  keep: ReadonlySet<number>,
): Promise<{ removed: number; referenced: number }> {
  const all = await db.selectFrom("places").select("id").execute();
  const stale = all.map((p) => p.id).filter((id) => !keep.has(id));
  let removed = 0;
  for (let i = 0; i < stale.length; i += 1000) {
    const ids = stale.slice(i, i + 1000);
    // A municipality's old GeoNames link is a convenience the register replaced.
    await db
      .updateTable("municipalities")
      .set({ place_id: null })
      .where("place_id", "in", ids)
      .execute();
    const result = await db
      .deleteFrom("places")
      .where("id", "in", ids)
      .where((eb) => eb.not(isReferenced(eb)))
      .executeTakeFirst();
    removed += Number(result.numDeletedRows);
  }
  return { removed, referenced: stale.length - removed };
}

export async function getPlace(db: Db, id: number): Promise<Place | undefined> {
  return db.selectFrom("places").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Prefix search over every name of a place, diacritics-insensitive: exact
 * names first, then by population (a mayor typing "Staré" means the larger
 * Staré Město first, with its kraj shown beside the rest).
 */
export async function searchPlaces(
  db: Db,
  query: string,
  options: { country?: string; limit?: number } = {},
): Promise<PlaceHit[]> {
  // One key, or two when Cyrillic may be read the Ukrainian way or not (normalize.ts).
  const keys = searchKeys(query).slice(0, 3);
  if (keys.length === 0) return [];
  const limit = Math.min(Math.max(options.limit ?? 10, 1), 50);
  let select = db
    .selectFrom("place_names as n")
    .innerJoin("places as p", "p.id", "n.place_id")
    .where((eb) =>
      eb.or(
        keys.map((k) => eb.and([eb("n.name_norm", ">=", k), eb("n.name_norm", "<", `${k}\uffff`)])),
      ),
    )
    .select([
      "p.id",
      "p.name",
      "p.name_en",
      "p.country",
      "p.admin1",
      "p.kraj",
      "p.population",
      "p.lat",
      "p.lon",
      sql<number>`min(case when n.name_norm in (${sql.join(keys)}) then 0 else 1 end)`.as("rank"),
      sql<string>`min(n.name)`.as("matched"),
    ])
    .groupBy([
      "p.id",
      "p.name",
      "p.name_en",
      "p.country",
      "p.admin1",
      "p.kraj",
      "p.population",
      "p.lat",
      "p.lon",
    ])
    .orderBy("rank")
    .orderBy("p.population", "desc")
    .orderBy("p.id")
    .limit(limit);
  if (options.country) select = select.where("p.country", "=", options.country);
  const rows = await select.execute();
  return rows.map(({ rank: _rank, matched, ...place }) => ({
    ...place,
    matchedName: normalizeName(matched) === normalizeName(place.name) ? null : matched,
    okres: place.country === "SK" ? place.admin1 : null,
  }));
}

/** The most populous place of that exact name (any alternate, diacritics optional) in a country. */
export async function findPlaceByName(
  db: Db,
  name: string,
  country: string,
): Promise<{ id: number; lat: number; lon: number } | undefined> {
  const q = normalizeName(name);
  if (!q) return undefined;
  return db
    .selectFrom("place_names as n")
    .innerJoin("places as p", "p.id", "n.place_id")
    .select(["p.id", "p.lat", "p.lon"])
    .where("n.name_norm", "=", q)
    .where("p.country", "=", country)
    .orderBy("p.population", "desc")
    .orderBy("p.id")
    .limit(1)
    .executeTakeFirst();
}

/**
 * Drops the GeoNames places of Czechia that earlier versions imported: the
 * register names Czech municipalities now. Places an offer or a partnership
 * still points at stay.
 */
export async function removeCzechPlaces(db: Db): Promise<number> {
  const czech = db.selectFrom("places").select("id").where("country", "=", "CZ");
  await db
    .updateTable("municipalities")
    .set({ place_id: null })
    .where("place_id", "in", czech)
    .execute();
  const removed = await db
    .deleteFrom("places")
    .where("country", "=", "CZ")
    .where((eb) => eb.not(isReferenced(eb)))
    .executeTakeFirst();
  return Number(removed.numDeletedRows);
}

/** Places an offer or a partnership points at: kept when their source drops them. */
function isReferenced(eb: ExpressionBuilder<Database, "places">) {
  return eb.or([
    eb.exists(eb.selectFrom("offers").select("id").whereRef("offers.place_id", "=", "places.id")),
    eb.exists(
      eb
        .selectFrom("partnerships")
        .select("id")
        .whereRef("partnerships.partner_place_id", "=", "places.id"),
    ),
  ]);
}
