import SQLite from "better-sqlite3";
import { sql } from "kysely";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabase, driverOf } from "../../db/dialect";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`database settings on ${dialectName()}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createSeededDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("runs with the dialect's safety settings", async () => {
    const first = async (query: string) =>
      Object.values((await sql.raw(query).execute(t.db)).rows[0] as object)[0];
    if (dialectName() === "sqlite") {
      // WAL, foreign keys on and a busy timeout (db/dialect.ts).
      expect(await first("PRAGMA journal_mode")).toBe("wal");
      expect(await first("PRAGMA foreign_keys")).toBe(1);
      expect(await first("PRAGMA busy_timeout")).toBe(5000);
    } else {
      expect(await first("SHOW server_encoding")).toBe("UTF8");
    }
  });

  it("enforces foreign keys", async () => {
    await expect(
      t.db
        .insertInto("sessions")
        .values({
          id: "orphan",
          user_id: 999_999,
          created_at: "2026-01-01T00:00:00Z",
          expires_at: "2027-01-01T00:00:00Z",
          user_agent: null,
        })
        .execute(),
    ).rejects.toThrow();
  });

  it("deletes a user's sessions with the user", async () => {
    const user = await t.db.selectFrom("users").select("id").executeTakeFirstOrThrow();
    await t.db
      .insertInto("sessions")
      .values({
        id: "s1",
        user_id: user.id,
        created_at: "2026-01-01T00:00:00Z",
        expires_at: "2027-01-01T00:00:00Z",
        user_agent: null,
      })
      .execute();
    await t.db
      .updateTable("municipalities")
      .set({ owner_id: null })
      .where("owner_id", "=", user.id)
      .execute();
    await t.db
      .updateTable("offers")
      .set({ author_id: null })
      .where("author_id", "=", user.id)
      .execute();
    await t.db.deleteFrom("users").where("id", "=", user.id).execute();
    expect(
      await t.db.selectFrom("sessions").select("id").where("id", "=", "s1").executeTakeFirst(),
    ).toBeUndefined();
  });

  it("keeps Czech letters intact", async () => {
    const [plzen] = await t.db
      .selectFrom("municipalities")
      .select("name")
      .where("code", "=", "554791")
      .execute();
    expect(plzen?.name).toBe("Plzeň");
  });

  // Another process (the seed, a second instance, the e2e suite's factories) writing while a
  // transaction of this one has read but not yet written: a DEFERRED transaction would then
  // fail its write with "database is locked" at once; an IMMEDIATE one holds the write lock
  // from its start, so the other process waits for it (here, with no busy timeout, it gives up).
  it.skipIf(dialectName() !== "sqlite")(
    "a transaction that reads and then writes is not broken by another process's write",
    async () => {
      const other = new SQLite(t.url);
      other.pragma("busy_timeout = 0");
      try {
        const otherWrite = () =>
          other.prepare("UPDATE municipalities SET name = name WHERE code = '554791'").run();
        await t.db.transaction().execute(async (trx) => {
          await trx
            .selectFrom("municipalities")
            .select("id")
            .where("code", "=", "554791")
            .execute();
          expect(otherWrite).toThrow(/locked|busy/);
          await trx
            .updateTable("municipalities")
            .set({ name: "Plzeň" })
            .where("code", "=", "554791")
            .execute();
        });
        expect(otherWrite().changes).toBe(1);
      } finally {
        other.close();
      }
    },
  );

  // The server ending idle connections (a restart, a failover) must not end the app: the
  // pool reports it as an "error" event, which ends the process when nobody listens.
  it.skipIf(dialectName() !== "postgres")(
    "survives the server closing its idle connections, and answers the next query",
    async () => {
      const app = createDatabase({ kind: "postgres", url: t.url });
      const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        const { pool } = driverOf(app) as { kind: "postgres"; pool: pg.Pool };
        // Three connections at once: their server processes are the ones to end (and no
        // other test's, nor this suite's own pool's).
        const pids = await Promise.all(
          [1, 2, 3].map(async () => {
            const { rows } = await sql<{
              pid: number;
            }>`select pg_backend_pid() as pid, pg_sleep(0.01)`.execute(app);
            return rows[0]!.pid;
          }),
        );
        expect(pool.idleCount).toBeGreaterThan(0);
        await sql`select pg_terminate_backend(pid) from unnest(${sql.val(pids)}::int[]) as pid`.execute(
          t.db,
        );
        // Each closed connection is reported and dropped as its notice arrives.
        await vi.waitFor(() => expect(pool.totalCount).toBe(0));
        const row = await sql<{ n: number }>`select 1 as n`.execute(app);
        expect(row.rows[0]?.n).toBe(1);
        expect(quiet).toHaveBeenCalledWith(expect.stringMatching(/idle connection was closed/));
      } finally {
        quiet.mockRestore();
        await app.destroy();
      }
    },
  );
});
