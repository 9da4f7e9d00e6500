import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSession,
  deleteOtherSessions,
  getSessionUserId,
  listSessions,
} from "~/models/session.server";
import { createUser, getUserByEmail, verifyLogin } from "~/models/user.server";
import { tag } from "../support/factories";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`accounts and sessions on ${dialectName()}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createSeededDb();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  // Each test has an account of its own: an e-mail unique to it, no sessions yet.
  const PASSWORD = "dlouhé heslo obce";
  async function makeAccount() {
    const email = `starosta-${tag()}@obec-test.example`;
    const user = await createUser(t.db, {
      email,
      password: PASSWORD,
      role: "mayor",
      name: "Jana",
      organisation: "Obec Test",
      locale: "cs",
    });
    return { user, email };
  }

  it("stores a hash, never the password, and finds the e-mail case-insensitively", async () => {
    const k = tag();
    const user = await createUser(t.db, {
      email: `  Starosta-${k}@Obec-Test.example `,
      password: PASSWORD,
      role: "mayor",
      name: "Jana",
      organisation: "Obec Test",
      locale: "cs",
    });
    expect(user).not.toHaveProperty("password_hash");
    const row = await t.db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.email).toBe(`starosta-${k}@obec-test.example`);
    expect(row.password_hash).not.toContain("dlouhé");
    expect(row.password_hash).toMatch(/^\$2[aby]\$/);
    expect((await getUserByEmail(t.db, `STAROSTA-${k.toUpperCase()}@obec-test.example`))?.id).toBe(
      user.id,
    );
  });

  it("verifies the right password only", async () => {
    const { user, email } = await makeAccount();
    const signedIn = await verifyLogin(t.db, email, PASSWORD);
    expect(signedIn?.id).toBe(user.id);
    expect(signedIn?.name).toBe("Jana");
    expect(await verifyLogin(t.db, email, "špatné heslo obce")).toBeUndefined();
    expect(await verifyLogin(t.db, `nikdo-${tag()}@obec-test.example`, PASSWORD)).toBeUndefined();
  });

  it("refuses a second account with the same e-mail", async () => {
    const { user, email } = await makeAccount();
    await expect(
      createUser(t.db, {
        email,
        password: "jiné dlouhé heslo",
        role: "foreign",
        name: "X",
        organisation: "Y",
        locale: "en",
      }),
    ).rejects.toThrow();
    // The first account stays as it was.
    expect((await verifyLogin(t.db, email, PASSWORD))?.id).toBe(user.id);
  });

  it("revokes sessions: sign out everywhere else keeps only the current one", async () => {
    const { user } = await makeAccount();
    const a = await createSession(t.db, user.id, "Firefox");
    const b = await createSession(t.db, user.id, "Chrome");
    expect(await getSessionUserId(t.db, a.id)).toBe(user.id);
    expect(await getSessionUserId(t.db, b.id)).toBe(user.id);
    expect(await deleteOtherSessions(t.db, user.id, a.id)).toBe(1);
    expect(await getSessionUserId(t.db, b.id)).toBeUndefined();
    expect((await listSessions(t.db, user.id)).map((s) => s.id)).toEqual([a.id]);
  });

  it("ignores expired sessions", async () => {
    const { user } = await makeAccount();
    const s = await createSession(t.db, user.id, null);
    expect(await getSessionUserId(t.db, s.id)).toBe(user.id);
    await t.db
      .updateTable("sessions")
      .set({ expires_at: "2000-01-01T00:00:00.000Z" })
      .where("id", "=", s.id)
      .execute();
    expect(await getSessionUserId(t.db, s.id)).toBeUndefined();
  });
});
