// What cached reads depend on: a fingerprint of the tables they read, checked on
// every use (one cheap aggregate query per table), so a cache never outlives a
// change and several instances on one PostgreSQL database agree.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

/** The tables whose changes a cached ranking input depends on. */
export type VersionPart = "municipalities" | "partnerships" | "offers" | "contacts" | "weights";

/**
 * A fingerprint of what the given tables hold, in one cheap aggregate query per
 * table: a row added, removed or updated (every write sets updated_at; partnerships
 * have no such column, their dates and count stand in) changes it. Read on every use, so several
 * instances on one PostgreSQL database agree; today's date is part of it because
 * expiry and freshness depend on it.
 */
export async function dataVersion(db: Db, parts: readonly VersionPart[]): Promise<string> {
  const stamps = await Promise.all(
    parts.map((part) => {
      switch (part) {
        case "municipalities":
          return db
            .selectFrom("municipalities")
            .select((eb) => [eb.fn.max("updated_at").as("at"), eb.fn.countAll().as("n")])
            .executeTakeFirst();
        case "partnerships":
          return db
            .selectFrom("partnerships")
            .select((eb) => [
              eb.fn.max("id").as("id"),
              eb.fn.max("created_at").as("at"),
              eb.fn.max("confirmed_at").as("confirmed"),
              eb.fn.max("removed_at").as("removed"),
              eb.fn.countAll().as("n"),
            ])
            .executeTakeFirst();
        case "offers":
          return db
            .selectFrom("offers")
            .select((eb) => [eb.fn.max("updated_at").as("at"), eb.fn.countAll().as("n")])
            .executeTakeFirst();
        case "contacts":
          return db
            .selectFrom("contacts")
            .select((eb) => [eb.fn.max("updated_at").as("at"), eb.fn.countAll().as("n")])
            .executeTakeFirst();
        case "weights":
          return db
            .selectFrom("scoring_weights")
            .select((eb) => eb.fn.max("id").as("id"))
            .executeTakeFirst();
      }
    }),
  );
  // Counts come back as numbers from SQLite and strings from PostgreSQL: one spelling.
  return JSON.stringify([new Date().toISOString().slice(0, 10), ...stamps], (_, v: unknown) =>
    typeof v === "number" || typeof v === "bigint" ? String(v) : v,
  );
}

/** Keeps one value per database until its data version changes. */
export function versionedCache<T>(parts: readonly VersionPart[], load: (db: Db) => Promise<T>) {
  const cache = new WeakMap<Db, { version: string; value: Promise<T> }>();
  return async (db: Db): Promise<T> => {
    const version = await dataVersion(db, parts);
    const hit = cache.get(db);
    if (hit && hit.version === version) return hit.value;
    const value = load(db);
    cache.set(db, { version, value });
    value.catch(() => cache.delete(db));
    return value;
  };
}

/**
 * Like versionedCache, one value per key (e.g. a filter), the `size` most recently
 * used kept; all are dropped when the data version changes.
 */
export function keyedVersionedCache<K, T>(
  parts: readonly VersionPart[],
  size: number,
  load: (db: Db, key: K) => Promise<T>,
) {
  const cache = new WeakMap<Db, { version: string; values: Map<string, Promise<T>> }>();
  return async (db: Db, key: K): Promise<T> => {
    const version = await dataVersion(db, parts);
    let entry = cache.get(db);
    if (!entry || entry.version !== version) {
      entry = { version, values: new Map() };
      cache.set(db, entry);
    }
    const id = JSON.stringify(key);
    const hit = entry.values.get(id);
    if (hit) {
      // Most recently used last: a Map keeps insertion order.
      entry.values.delete(id);
      entry.values.set(id, hit);
      return hit;
    }
    const value = load(db, key);
    entry.values.set(id, value);
    if (entry.values.size > size) entry.values.delete(entry.values.keys().next().value as string);
    const values = entry.values;
    value.catch(() => values.delete(id));
    return value;
  };
}
