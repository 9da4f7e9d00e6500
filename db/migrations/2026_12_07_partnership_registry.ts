// Frozen. The registry of existing partnerships: rows imported from public lists
// (source "public_list", with the list's address, unverified until the municipality
// or the union confirms them), corrected or removed by the municipality's verified
// owner or staff. A removed row stays, marked, so that its history survives and a
// later import does not bring it back; `import_key` is how an import recognises its rows.
// Runs unchanged on SQLite and PostgreSQL.
import { sql, type Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ["source_url", "confirmed_by", "confirmed_at", "removed_at", "import_key"]) {
    await db.schema.alterTable("partnerships").addColumn(column, "text").execute();
  }
  // Rows entered by a municipality or concluded through Spolu were its own statement.
  await sql`update partnerships set confirmed_by = 'municipality', confirmed_at = created_at`.execute(
    db,
  );
  await db.schema
    .createIndex("partnerships_import_key")
    .on("partnerships")
    .column("import_key")
    .unique()
    .execute();
  await db.schema
    .createIndex("partnerships_partner_country")
    .on("partnerships")
    .columns(["partner_country", "municipality_id"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("partnerships_partner_country").execute();
  await db.schema.dropIndex("partnerships_import_key").execute();
  for (const column of ["import_key", "removed_at", "confirmed_at", "confirmed_by", "source_url"]) {
    await db.schema.alterTable("partnerships").dropColumn(column).execute();
  }
}
