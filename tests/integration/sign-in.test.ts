// Signing in under attack: throttling keyed on the client's real address (the server's
// context, never a header), counted in the database so instances share it, and the
// redirect after signing in kept on this site.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, parseDatabaseUrl } from "../../db/dialect";
import type * as LoginRoute from "~/routes/login";
import type { Db } from "~/utils/db.server";
import { POLICIES, take } from "~/utils/throttle.server";
import { PASSWORD, makeUser, type TestUser } from "../support/factories";
import { post, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`signing in on ${dialectName()}`, () => {
  let t: TestDb;
  let login: typeof LoginRoute;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    login = await import("~/routes/login");
  });
  afterAll(async () => {
    await t.cleanup();
  });

  // Each test its own addresses (documentation ranges) and accounts: nothing shared.
  let n = 0;
  const address = () => `198.51.100.${(n = (n + 1) % 250) + 1}`;

  async function signIn(
    email: string,
    password: string,
    clientAddress: string,
    fields: Record<string, string> = {},
  ) {
    return call(
      login.action,
      post("/login", { email, password, ...fields }),
      {},
      { clientAddress },
    );
  }

  async function fail(user: { email: string }, clientAddress: string, times: number) {
    for (let i = 0; i < times; i++) {
      const answer = await signIn(user.email, "špatné heslo obce", clientAddress);
      expect(answer.status).toBe(400);
    }
  }

  it("refuses a client after ten failures on an account in a row, even the right password, and says when to retry", async () => {
    const owner = await makeUser(t, "mayor");
    const stranger = address();
    await fail(owner, stranger, POLICIES["sign-in-account-client"].points);
    const refused = await signIn(owner.email, PASSWORD, stranger);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(POLICIES["sign-in-account-client"].seconds);
    expect(refused.text).toMatch(/Zkuste to znovu za \d+ min/);
  });

  it("does not lock the owner out at another address", async () => {
    const owner = await makeUser(t, "mayor");
    await fail(owner, address(), POLICIES["sign-in-account-client"].points);
    const home = await signIn(owner.email, PASSWORD, address());
    expect(home.status).toBe(302);
  });

  it("forgets the failures in a row once the owner signs in", async () => {
    const owner = await makeUser(t, "mayor");
    const home = address();
    await fail(owner, home, POLICIES["sign-in-account-client"].points - 1);
    expect((await signIn(owner.email, PASSWORD, home)).status).toBe(302);
    await fail(owner, home, POLICIES["sign-in-account-client"].points - 1);
    expect((await signIn(owner.email, PASSWORD, home)).status).toBe(302);
  });

  it("slows guessing one account from many addresses, but not at the owner's usual one", async () => {
    const owner = await makeUser(t, "mayor");
    const home = address();
    expect((await signIn(owner.email, PASSWORD, home)).status).toBe(302);
    // Many addresses, a few guesses each: under every per-client limit.
    const { points } = POLICIES["sign-in-account"];
    for (let i = 0; i < points; i++) await fail(owner, `203.0.113.${(i % 50) + 1}`, 1);
    expect((await signIn(owner.email, PASSWORD, address())).status).toBe(429);
    expect((await signIn(owner.email, PASSWORD, home)).status).toBe(302);
  });

  it("refuses a client that failed on many accounts, and only that client", async () => {
    const guesser = address();
    const db = t.db as Db;
    // As if it had failed a hundred times on other accounts (counted the way login counts).
    for (let i = 0; i < POLICIES["sign-in-client"].points; i++)
      await take(db, "sign-in-client", guesser);
    const someone = await makeUser(t, "foreign");
    expect((await signIn(someone.email, PASSWORD, guesser)).status).toBe(429);
    expect((await signIn(someone.email, PASSWORD, address())).status).toBe(302);
  });

  it("counts in the database: a second instance sees the first one's failures", async () => {
    const owner = await makeUser(t, "mayor");
    const stranger = address();
    await fail(owner, stranger, POLICIES["sign-in-account-client"].points);
    // Another app instance: its own connection to the same database, its own limiters.
    const other = createDatabase(parseDatabaseUrl(t.url));
    try {
      await useTestDatabase({ ...t, db: other });
      expect((await signIn(owner.email, PASSWORD, stranger)).status).toBe(429);
    } finally {
      await useTestDatabase(t);
      await other.destroy();
    }
  });

  it("keeps no e-mail address or IP address in the counters", async () => {
    const owner = await makeUser(t, "mayor");
    const stranger = address();
    await fail(owner, stranger, 1);
    const keys = (await t.db.selectFrom("rate_limits").select("key").execute()).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).not.toContain(owner.email);
      expect(key).not.toContain(stranger);
    }
  });

  describe("the page after signing in", () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await makeUser(t, "mayor");
    });

    it("is the one asked for, on this site", async () => {
      const answer = await signIn(user.email, PASSWORD, address(), {
        redirectTo: "/offers?country=PL",
      });
      expect(answer.location).toBe("/offers?country=PL");
    });

    it.each([
      ["a tab", "/\t/evil.example"],
      ["an encoded tab, decoded once by the query string", decodeURIComponent("/%09/evil.example")],
      ["a line break", "/offers\r\nSet-Cookie: x=1"],
      ["a backslash", "/\\evil.example"],
      ["two slashes", "//evil.example"],
      ["another site", "https://evil.example/login"],
    ])("is the account's own page when the target has %s", async (_, redirectTo) => {
      const answer = await signIn(user.email, PASSWORD, address(), { redirectTo });
      expect(answer.status).toBe(302);
      expect(answer.location).toBe("/me");
    });
  });
});
