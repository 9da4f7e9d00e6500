// Frozen. The throttling counters (rate-limiter-flexible) move from one process's memory
// into the database, so every instance shares them and a restart keeps them. The columns
// are the ones the library's SQLite and PostgreSQL stores read and write.
import type { Kysely } from "kysely";
import { isPostgres } from "../dialect";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", pg ? "varchar(255)" : "text", (col) => col.primaryKey())
    .addColumn("points", "integer", (col) => col.notNull().defaultTo(0))
    // Milliseconds since 1970: past 2^31, so bigint on PostgreSQL.
    .addColumn("expire", pg ? "bigint" : "integer")
    .execute();
  await db.schema.createIndex("rate_limits_expire").on("rate_limits").column("expire").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("rate_limits").execute();
}
