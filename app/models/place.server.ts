import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, NewPlace, Place } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { normalizeName } from "~/domain/normalize";

type Db = Kysely<Database> | Transaction<Database>;

export interface PlaceHit extends Place {
  /** The name the query matched when it is not the display name (Luck for Lutsk). */
  matchedName: string | null;
}

export async function countPlaces(db: Db, country?: string): Promise<number> {
  let query = db.selectFrom("places").select((eb) => eb.fn.countAll().as("n"));
  if (country) query = query.where("country", "=", country);
  const row = await query.executeTakeFirstOrThrow();
  return toCount(row.n);
}

export async function insertPlaces(
  db: Db,
  places: (NewPlace & { searchNames: { name: string; norm: string }[] })[],
): Promise<void> {
  if (places.length === 0) return;
  await db
    .insertInto("places")
    .values(places.map(({ searchNames: _names, ...place }) => place))
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  const names = places.flatMap((p) =>
    p.searchNames.map((n) => ({ place_id: p.id, name: n.name, name_norm: n.norm })),
  );
  // Chunked: one statement may bind at most 32,766 values on SQLite, 65,535 on PostgreSQL.
  for (let i = 0; i < names.length; i += 2000) {
    await db
      .insertInto("place_names")
      .values(names.slice(i, i + 2000))
      .onConflict((oc) => oc.columns(["name_norm", "place_id"]).doNothing())
      .execute();
  }
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
  const q = normalizeName(query);
  if (!q) return [];
  const limit = Math.min(Math.max(options.limit ?? 10, 1), 50);
  let select = db
    .selectFrom("place_names as n")
    .innerJoin("places as p", "p.id", "n.place_id")
    .where("n.name_norm", ">=", q)
    .where("n.name_norm", "<", `${q}\uffff`)
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
      sql<number>`min(case when n.name_norm = ${q} then 0 else 1 end)`.as("rank"),
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
    .where((eb) =>
      eb.not(
        eb.or([
          eb.exists(
            eb.selectFrom("offers").select("id").whereRef("offers.place_id", "=", "places.id"),
          ),
          eb.exists(
            eb
              .selectFrom("partnerships")
              .select("id")
              .whereRef("partnerships.partner_place_id", "=", "places.id"),
          ),
        ]),
      ),
    )
    .executeTakeFirst();
  return Number(removed.numDeletedRows);
}
