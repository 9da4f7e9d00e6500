// What cached reads depend on: a fingerprint of the tables they read, checked on
// every use in one query of index lookups, so a cache never outlives a change and
// several instances on one PostgreSQL database agree.
import { today } from "~/domain/dates";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";

type Db = Kysely<Database>;

/** The tables whose changes a cached ranking input depends on. */
export type VersionPart = "municipalities" | "partnerships" | "offers" | "contacts" | "weights";

/**
 * How long a cached value is trusted at most, whatever its fingerprint says. The
 * fingerprint reads the newest stamp and id of each table, which misses two things: a
 * write that commits after a later one (its stamp and id are then not the newest), and a
 * row deleted outside the app (the app never deletes these rows: offers close, contacts
 * end, partnerships are marked removed). Either shows within this time.
 */
export const VERSION_TTL_MS = 60_000;

/**
 * A fingerprint of what the given tables hold: a row added (its id) or updated (every write
 * sets updated_at; partnerships have no such column, their confirmation and removal dates
 * stand in) changes it. Read on every use, so several instances on one PostgreSQL database
 * agree; today's date (in Prague, app/domain/dates.ts) is part of it because expiry and
 * freshness depend on it.
 *
 * One query for all the tables asked for, each part the last entry of an index: on
 * PostgreSQL every query is a round trip to another process, and counting the rows of each
 * table (which this did until issue 15) cost 4-6 ms per page view (docs/benchmarks.md).
 */
export async function dataVersion(db: Db, parts: readonly VersionPart[]): Promise<string> {
  const wanted = new Set(parts);
  if (wanted.size === 0) return JSON.stringify([today()]);
  const row = await db
    .selectNoFrom(() => {
      // The newest entry of one column: with an index on it, its last entry.
      const newest = (table: keyof Database, column: string) =>
        sql<unknown>`(select max(${sql.ref(column)}) from ${sql.table(table)})`.as(
          `${table}_${column}`,
        );
      const stamps = [];
      for (const table of ["municipalities", "offers", "contacts"] as const)
        if (wanted.has(table)) stamps.push(newest(table, "id"), newest(table, "updated_at"));
      if (wanted.has("partnerships"))
        stamps.push(
          newest("partnerships", "id"),
          newest("partnerships", "confirmed_at"),
          newest("partnerships", "removed_at"),
        );
      if (wanted.has("weights")) stamps.push(newest("scoring_weights", "id"));
      return stamps;
    })
    .executeTakeFirstOrThrow();
  // Ids come back as numbers from SQLite and may be strings from PostgreSQL: one spelling.
  return JSON.stringify([today(), row], (_, v: unknown) =>
    typeof v === "number" || typeof v === "bigint" ? String(v) : v,
  );
}

/** Keeps one value per database until its data version changes. */
export function versionedCache<T>(parts: readonly VersionPart[], load: (db: Db) => Promise<T>) {
  const cache = new WeakMap<Db, { version: string; at: number; value: Promise<T> }>();
  return async (db: Db): Promise<T> => {
    const version = await dataVersion(db, parts);
    const hit = cache.get(db);
    if (hit && hit.version === version && Date.now() - hit.at < VERSION_TTL_MS) return hit.value;
    const value = load(db);
    cache.set(db, { version, at: Date.now(), value });
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
  const cache = new WeakMap<Db, { version: string; at: number; values: Map<string, Promise<T>> }>();
  return async (db: Db, key: K): Promise<T> => {
    const version = await dataVersion(db, parts);
    let entry = cache.get(db);
    if (!entry || entry.version !== version || Date.now() - entry.at >= VERSION_TTL_MS) {
      entry = { version, at: Date.now(), values: new Map() };
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
