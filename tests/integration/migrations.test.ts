import { Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  "user_tokens",
  "users",
];

describe(`migrations on ${dialectName()}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createEmptyDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("create every table from an empty database", async () => {
    await migrateToLatest(t.db, () => undefined);
    const names = (await t.db.introspection.getTables()).map((table) => table.name).sort();
    expect(names).toEqual(TABLES);
  });

  it("do nothing the second time", async () => {
    const said: string[] = [];
    await migrateToLatest(t.db, (m) => said.push(m));
    expect(said).toEqual(["migrations: up to date"]);
  });

  it("can be rolled back to nothing and applied again", async () => {
    const migrator = new Migrator({
      db: t.db,
      provider: { getMigrations: async () => migrations },
    });
    for (let i = 0; i < Object.keys(migrations).length; i++) {
      const { error } = await migrator.migrateDown();
      expect(error).toBeUndefined();
    }
    expect((await t.db.introspection.getTables()).map((table) => table.name)).toEqual([]);
    await migrateToLatest(t.db, () => undefined);
    expect((await t.db.introspection.getTables()).length).toBe(TABLES.length);
  });

  it("enforce the role check and unique e-mails", async () => {
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
