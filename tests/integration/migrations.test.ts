import { Migrator } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../db/migrate";
import { migrations } from "../../db/migrations";
import { createEmptyDb, dialectName, type TestDb } from "../support/test-db";

const TABLES = [
  "audit_events",
  "contact_messages",
  "contact_stages",
  "contacts",
  "emails",
  "events",
  "funding_calls",
  "job_runs",
  "kraje",
  "municipalities",
  "municipality_claims",
  "notifications",
  "offers",
  "partnerships",
  "place_names",
  "places",
  "rate_limits",
  "scoring_weights",
  "sessions",
  "settings",
  "staff_notes",
  "stage_proposals",
  "user_tokens",
  "users",
];

describe(`migrations on ${dialectName()}`, () => {
  // Each test starts from an empty database of its own and migrates it as far as it needs.
  let t: TestDb;
  beforeEach(async () => {
    t = await createEmptyDb();
  });
  afterEach(async () => {
    await t?.cleanup();
  });

  const tableNames = async () =>
    (await t.db.introspection.getTables()).map((table) => table.name).sort();

  it("create every table from an empty database", async () => {
    expect(await tableNames()).toEqual([]);
    const said: string[] = [];
    await migrateToLatest(t.db, (m) => said.push(m));
    expect([...said].sort()).toEqual(
      Object.keys(migrations)
        .map((name) => `migrated: ${name}`)
        .sort(),
    );
    expect(await tableNames()).toEqual(TABLES);
  });

  it("do nothing the second time", async () => {
    await migrateToLatest(t.db, () => undefined);
    const said: string[] = [];
    await migrateToLatest(t.db, (m) => said.push(m));
    expect(said).toEqual(["migrations: up to date"]);
    expect(await tableNames()).toEqual(TABLES);
  });

  it("can be rolled back to nothing and applied again", async () => {
    await migrateToLatest(t.db, () => undefined);
    expect(await tableNames()).toEqual(TABLES);
    const migrator = new Migrator({
      db: t.db,
      provider: { getMigrations: async () => migrations },
    });
    for (let i = 0; i < Object.keys(migrations).length; i++) {
      const { error } = await migrator.migrateDown();
      expect(error).toBeUndefined();
    }
    expect(await tableNames()).toEqual([]);
    await migrateToLatest(t.db, () => undefined);
    expect((await t.db.introspection.getTables()).length).toBe(TABLES.length);
  });

  it("enforce the role check and unique e-mails", async () => {
    await migrateToLatest(t.db, () => undefined);
    const user = {
      email: "a@b.example",
      password_hash: "x",
      name: "A",
      organisation: "",
      locale: "cs" as const,
      created_at: "2026-01-01T00:00:00Z",
    };
    await t.db
      .insertInto("users")
      .values({ ...user, role: "mayor" })
      .execute();
    await expect(
      t.db
        .insertInto("users")
        .values({ ...user, role: "mayor" })
        .execute(),
    ).rejects.toThrow();
    await expect(
      t.db
        .insertInto("users")
        .values({ ...user, email: "c@d.example", role: "admin" as never })
        .execute(),
    ).rejects.toThrow();
  });
});
