// Frozen. Every Czech municipality from the official register (RÚIAN code, kind,
// okres, ORP, population date, IČO) in `municipalities`, one row each: the profile
// columns become the layer that a claimed account adds. Claims of a municipality
// by an account, verified by staff. One municipality per account at most.
// Runs unchanged on SQLite and PostgreSQL; the rows themselves come from the import
// (db/import-municipalities.ts), not from here.
import { sql, type Kysely } from "kysely";
import { addIdColumn, searchKeyType } from "../dialect";

const REGISTER_COLUMNS = [
  "code",
  "kind",
  "okres_code",
  "okres",
  "orp",
  "population_date",
  "ico",
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of REGISTER_COLUMNS) {
    await db.schema.alterTable("municipalities").addColumn(column, "text").execute();
  }
  // Normalised name (lower case, no diacritics) for search, and a key that sorts in
  // Czech alphabetical order (ch after h) byte by byte, which neither dialect's
  // default collation does.
  for (const column of ["name_norm", "name_sort"]) {
    await db.schema
      .alterTable("municipalities")
      .addColumn(column, searchKeyType(db), (c) => c.notNull().defaultTo(""))
      .execute();
  }

  // An account spoke for at most one municipality by intent; two quick saves could make
  // two. Keep the oldest before the unique index makes it a rule.
  await sql`update municipalities set owner_id = null
    where owner_id is not null and id > (
      select min(m2.id) from municipalities m2 where m2.owner_id = municipalities.owner_id)`.execute(
    db,
  );
  await db.schema
    .createIndex("municipalities_code")
    .on("municipalities")
    .column("code")
    .unique()
    .execute();
  await db.schema.dropIndex("municipalities_owner_id").execute();
  await db.schema
    .createIndex("municipalities_owner_unique")
    .on("municipalities")
    .column("owner_id")
    .unique()
    .execute();
  await db.schema
    .createIndex("municipalities_name_norm")
    .on("municipalities")
    .column("name_norm")
    .execute();
  await db.schema
    .createIndex("municipalities_name_sort")
    .on("municipalities")
    .column("name_sort")
    .execute();
  await db.schema
    .createIndex("municipalities_kraj_okres")
    .on("municipalities")
    .columns(["kraj", "okres_code"])
    .execute();
  await db.schema
    .createIndex("municipalities_population")
    .on("municipalities")
    .column("population")
    .execute();

  await addIdColumn(db, db.schema.createTable("municipality_claims"))
    .addColumn("municipality_id", "integer", (c) =>
      c.notNull().references("municipalities.id").onDelete("cascade"),
    )
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    // pending: the claimant owns the municipality, staff have not verified them yet;
    // conflict: someone else owned it when they claimed; verified / rejected: decided;
    // withdrawn: the account gave it up or was deleted; superseded: staff gave the
    // municipality to another claimant.
    .addColumn("status", "text", (c) => c.notNull())
    // What the claimant says of themselves (office, function) and a phone to call back.
    .addColumn("claimant_role", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("claimant_phone", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("decided_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decided_at", "text")
    .addColumn("decision_note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("municipality_claims_status")
    .on("municipality_claims")
    .columns(["status", "created_at"])
    .execute();
  await db.schema
    .createIndex("municipality_claims_municipality")
    .on("municipality_claims")
    .column("municipality_id")
    .execute();
  await db.schema
    .createIndex("municipality_claims_user")
    .on("municipality_claims")
    .column("user_id")
    .execute();

  // Profiles owned before claims existed: staff verified them (the old "verified" badge)
  // or still have to.
  const now = new Date().toISOString();
  await sql`insert into municipality_claims (municipality_id, user_id, status, created_at)
    select id, owner_id, case when verified = 1 then 'verified' else 'pending' end, ${now}
    from municipalities where owner_id is not null`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("municipality_claims").execute();
  for (const index of [
    "municipalities_population",
    "municipalities_kraj_okres",
    "municipalities_name_sort",
    "municipalities_name_norm",
    "municipalities_owner_unique",
    "municipalities_code",
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema
    .createIndex("municipalities_owner_id")
    .on("municipalities")
    .column("owner_id")
    .execute();
  for (const column of [...REGISTER_COLUMNS, "name_norm", "name_sort"]) {
    await db.schema.alterTable("municipalities").dropColumn(column).execute();
  }
}
