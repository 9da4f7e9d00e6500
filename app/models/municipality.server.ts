import type { Kysely, Transaction } from "kysely";
import type { Database, NewMunicipality } from "../../db/schema";
import { toCount } from "../../db/dialect";

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
