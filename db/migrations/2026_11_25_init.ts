// Frozen: later changes go into new migrations. Runs unchanged on SQLite and PostgreSQL.
import { sql, type Kysely } from "kysely";
import { addIdColumn, searchKeyType } from "../dialect";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addIdColumn(db, db.schema.createTable("users"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('mayor', 'foreign', 'staff')`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("organisation", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("cs"))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("sessions_user_id").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("kraje")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("geonames_admin1", "text", (c) => c.notNull().unique())
    .addColumn("name_cs", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("places")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("admin1", "text")
    .addColumn("kraj", "text", (c) => c.references("kraje.code"))
    .addColumn("population", "integer", (c) => c.notNull())
    .addColumn("lat", "double precision", (c) => c.notNull())
    .addColumn("lon", "double precision", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("places_country_population")
    .on("places")
    .columns(["country", "population"])
    .execute();

  await db.schema
    .createTable("place_names")
    .addColumn("place_id", "integer", (c) =>
      c.notNull().references("places.id").onDelete("cascade"),
    )
    .addColumn("name_norm", searchKeyType(db), (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("place_names_pk", ["name_norm", "place_id"])
    .execute();
  await db.schema
    .createIndex("place_names_place_id")
    .on("place_names")
    .column("place_id")
    .execute();

  await addIdColumn(db, db.schema.createTable("municipalities"))
    .addColumn("owner_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("place_id", "integer", (c) => c.references("places.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kraj", "text", (c) => c.notNull().references("kraje.code"))
    .addColumn("population", "integer", (c) => c.notNull())
    .addColumn("lat", "double precision")
    .addColumn("lon", "double precision")
    .addColumn("interests", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("languages", "text", (c) => c.notNull().defaultTo('["cs"]'))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("seeks_countries", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("seeks_any_country", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("partner_population_min", "integer")
    .addColumn("partner_population_max", "integer")
    .addColumn("contact_name", "text")
    .addColumn("contact_role", "text")
    .addColumn("contact_email", "text")
    .addColumn("contact_phone", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("verified", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("municipalities_owner_id")
    .on("municipalities")
    .column("owner_id")
    .execute();
  await db.schema
    .createIndex("municipalities_status")
    .on("municipalities")
    .column("status")
    .execute();

  await addIdColumn(db, db.schema.createTable("offers"))
    .addColumn("author_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("place_id", "integer", (c) => c.references("places.id"))
    .addColumn("town", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("region", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("population", "integer", (c) => c.notNull())
    .addColumn("lat", "double precision")
    .addColumn("lon", "double precision")
    .addColumn("topics", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("open_to_any_topic", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("partner_population_min", "integer")
    .addColumn("partner_population_max", "integer")
    .addColumn("preferred_kraje", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("languages", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("description_lang", "text", (c) => c.notNull())
    .addColumn("description_cs", "text")
    .addColumn("description_en", "text")
    .addColumn("contact_name", "text")
    .addColumn("contact_email", "text")
    .addColumn("contact_phone", "text")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft"))
    .addColumn("expires_on", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().defaultTo("self"))
    .addColumn("source_date", "text")
    // Town, region and descriptions, normalized (lower case, no diacritics) for free-text search.
    .addColumn("search_text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("is_demo", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("published_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("offers_status_published_at")
    .on("offers")
    .columns(["status", "published_at"])
    .execute();
  await db.schema.createIndex("offers_author_id").on("offers").column("author_id").execute();

  await addIdColumn(db, db.schema.createTable("funding_calls"))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("programme", "text", (c) => c.notNull())
    .addColumn("title_cs", "text", (c) => c.notNull())
    .addColumn("title_en", "text", (c) => c.notNull())
    .addColumn("summary_cs", "text", (c) => c.notNull())
    .addColumn("summary_en", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("opens_on", "text")
    .addColumn("deadline", "text")
    .addColumn("themes", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("rules", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("source_date", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await addIdColumn(db, db.schema.createTable("events"))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("title_cs", "text", (c) => c.notNull())
    .addColumn("title_en", "text", (c) => c.notNull())
    .addColumn("summary_cs", "text", (c) => c.notNull())
    .addColumn("summary_en", "text", (c) => c.notNull())
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("ends_on", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("source_date", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "events",
    "funding_calls",
    "offers",
    "municipalities",
    "place_names",
    "places",
    "kraje",
    "sessions",
    "users",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
