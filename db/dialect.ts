// The one module that knows SQLite from PostgreSQL. Everything else talks kysely
// and the portable column types described in db/schema.ts.
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type Driver,
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
} from "kysely";
import type { Database } from "./schema";

export const DEFAULT_SQLITE_FILE = "data/spolu.db";

export type DatabaseTarget = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

/**
 * DATABASE_URL may be empty (the embedded default), a file path, `file:path`,
 * or a `postgres://` / `postgresql://` URL.
 */
export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const value = raw?.trim();
  if (!value) return { kind: "sqlite", file: DEFAULT_SQLITE_FILE };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", url: value };
  const file = value.replace(/^(file|sqlite):(\/\/)?/i, "");
  if (!file) throw new Error(`DATABASE_URL "${value}" names no file.`);
  return { kind: "sqlite", file };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "sqlite") return `SQLite ${target.file}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/** The driver under a Kysely instance, for a library that writes its own SQL (throttling). */
export type DriverClient =
  { kind: "sqlite"; database: SQLite.Database } | { kind: "postgres"; pool: pg.Pool };

const drivers = new WeakMap<object, DriverClient>();

export function driverOf(db: AnyDb): DriverClient {
  const driver = drivers.get(db);
  if (!driver) throw new Error("This database was not opened by createDatabase.");
  return driver;
}

/**
 * kysely closes its driver only if it ran a query itself; the throttle may have used the
 * driver alone (a refused sign-in touches nothing else), so destroy() closes it too.
 */
function closingDriver(db: Kysely<Database>, close: () => unknown): Kysely<Database> {
  const destroy = db.destroy.bind(db);
  db.destroy = async () => {
    await destroy();
    await close();
  };
  return db;
}

/**
 * SQLite transactions begin IMMEDIATE: they take the write lock at the start, waiting up to
 * the busy timeout for it. kysely's `begin` is DEFERRED, and a deferred transaction that has
 * read and then writes fails at once with "database is locked", without waiting, when another
 * process (the seed, a second instance, the e2e suite's factories) has written meanwhile.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SQLite.Database) {
    super({ database });
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
}

export function createDatabase(target: DatabaseTarget): Kysely<Database> {
  if (target.kind === "postgres") {
    // Counts come back as strings (bigint); toCount() turns them into numbers.
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection that the server ends (a restart, a failover, an administrator)
    // is reported on the pool; without a listener Node ends the whole process. The pool
    // has already dropped that connection and opens a new one for the next query.
    pool.on("error", (error) =>
      console.error(`PostgreSQL: an idle connection was closed (${error.message})`),
    );
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    drivers.set(db, { kind: "postgres", pool });
    return closingDriver(db, () => (pool.ending ? undefined : pool.end()));
  }
  if (target.file !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(target.file)), { recursive: true });
  const sqlite = new SQLite(target.file);
  // WAL lets readers run while a writer commits; the busy timeout makes a second
  // process (npm run db:seed while the app runs) wait instead of failing at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(sqlite) });
  drivers.set(db, { kind: "sqlite", database: sqlite });
  return closingDriver(db, () => {
    if (sqlite.open) sqlite.close();
  });
}

// The helpers take Kysely<any> because migrations see the schema of their own time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-numbered integer primary key: AUTOINCREMENT on SQLite, an identity on PostgreSQL. */
export function addIdColumn<T extends string>(
  db: AnyDb,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, "id"> {
  return table.addColumn("id", "integer", (col: ColumnDefinitionBuilder) =>
    isPostgres(db)
      ? col.primaryKey().generatedByDefaultAsIdentity()
      : col.primaryKey().autoIncrement(),
  );
}

/**
 * A column of normalized search keys compared by byte order on both dialects, so
 * that `key >= q AND key < q || '\uffff'` is an indexable prefix search
 * (PostgreSQL's default collation would reorder spaces and break it).
 */
export function searchKeyType(db: AnyDb) {
  return isPostgres(db) ? sql`text collate "C"` : sql`text`;
}

/** count(*) is a number on SQLite and a bigint string on PostgreSQL. */
/** A unique index refused the row (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

export function toCount(value: string | number | bigint | null | undefined): number {
  return Number(value ?? 0);
}

/** Remove every table (db:reset and tests). */
export async function dropEverything(db: AnyDb): Promise<void> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (isPostgres(db)) {
    for (const t of tables) await db.schema.dropTable(t.name).ifExists().cascade().execute();
    return;
  }
  // SQLite: drop children before parents by turning foreign keys off for the duration.
  await db.connection().execute(async (conn) => {
    await sql`PRAGMA foreign_keys = OFF`.execute(conn);
    for (const t of tables) await conn.schema.dropTable(t.name).ifExists().execute();
    await sql`PRAGMA foreign_keys = ON`.execute(conn);
  });
}
