// Account e-mails on a real database: the one-time tokens (single use, expiry,
// races), sign-up verification, password reset without telling which e-mails
// have an account, and the e-mail preferences on /me, through the route modules.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as ForgotRoute from "~/routes/forgot-password";
import type * as MeRoute from "~/routes/me";
import type * as ResetRoute from "~/routes/reset-password";
import type * as SignupRoute from "~/routes/signup";
import { TERMS_VERSION } from "~/domain/terms";
import { getOwnedMunicipalityId } from "~/models/municipality.server";
import { makeRegisterEntry } from "../support/factories";
import type * as VerifyRoute from "~/routes/verify-email";
import { listSessions } from "~/models/session.server";
import {
  consumeUserToken,
  createUserToken,
  findUsableToken,
  hashToken,
  verifyEmailWithToken,
} from "~/models/user-token.server";
import { createUser, getUserByEmail, verifyLogin } from "~/models/user.server";
import { cookieFor, get, post, useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const PASSWORD = "stara-lipa-na-navsi-2026";
const NEW_PASSWORD = "nova-lipa-u-kostela-2027";
const HOUR = 60 * 60_000;

type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<unknown>;

/** Status, redirect target, cookies and data of a loader or action, returned or thrown. */
async function call(handler: Handler, request: Request) {
  let result: unknown;
  try {
    result = await handler({ request, params: {}, context: {} });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    result = thrown;
  }
  if (result instanceof Response) {
    return {
      status: result.status,
      location: result.headers.get("Location"),
      setCookie: result.headers.get("Set-Cookie") ?? "",
      data: undefined,
    };
  }
  const wrapped = result as { data?: unknown; init?: { status?: number } } | null;
  const isWrapped = !!wrapped && typeof wrapped === "object" && "init" in wrapped;
  return {
    status: isWrapped ? (wrapped.init?.status ?? 200) : 200,
    location: null,
    setCookie: "",
    data: (isWrapped ? wrapped.data : result) as Record<string, unknown>,
  };
}

describe(`account e-mails on ${dialectName()}`, () => {
  let t: TestDb;
  let routes: {
    signup: typeof SignupRoute;
    verify: typeof VerifyRoute;
    forgot: typeof ForgotRoute;
    reset: typeof ResetRoute;
    me: typeof MeRoute;
  };
  let seq = 0;

  const makeUser = async (role: "mayor" | "foreign" = "mayor", locale: "cs" | "en" = "cs") =>
    createUser(t.db, {
      email: `account-${++seq}@email-test.example`,
      password: PASSWORD,
      role,
      name: `Uživatel ${seq}`,
      organisation: "Obec Test",
      locale,
      emailVerified: false,
    });

  const userRow = (id: number) =>
    t.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  const emailsTo = (to: string) =>
    t.db.selectFrom("emails").selectAll().where("to_address", "=", to).orderBy("id").execute();

  /** The token of the newest e-mailed link to pathPrefix for the address. */
  async function tokenFrom(to: string, pathPrefix: string): Promise<string> {
    const last = (await emailsTo(to)).at(-1);
    const match = new RegExp(`${pathPrefix}\\?token=([A-Za-z0-9_-]{43})`).exec(
      last?.body_text ?? "",
    );
    if (!match?.[1]) throw new Error(`no ${pathPrefix} link in the e-mail to ${to}`);
    return match[1];
  }

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    routes = {
      signup: await import("~/routes/signup"),
      verify: await import("~/routes/verify-email"),
      forgot: await import("~/routes/forgot-password"),
      reset: await import("~/routes/reset-password"),
      me: await import("~/routes/me"),
    };
  });
  afterAll(async () => {
    await t.cleanup();
  });

  describe("tokens", () => {
    it("stores only the hash and works exactly once", async () => {
      const user = await makeUser();
      const { token } = await createUserToken(t.db, user.id, "verify_email");
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const rows = await t.db
        .selectFrom("user_tokens")
        .selectAll()
        .where("user_id", "=", user.id)
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.token_hash).toBe(hashToken(token));
      expect(JSON.stringify(rows)).not.toContain(token);

      expect(await consumeUserToken(t.db, token, "verify_email")).toBe(user.id);
      expect(await consumeUserToken(t.db, token, "verify_email")).toBeUndefined();
      expect(await findUsableToken(t.db, token, "verify_email")).toBeUndefined();
    });

    it("lets only one of two simultaneous uses win", async () => {
      const user = await makeUser();
      const { token } = await createUserToken(t.db, user.id, "reset_password");
      const results = await Promise.all(
        Array.from({ length: 4 }, () => consumeUserToken(t.db, token, "reset_password")),
      );
      expect(results.filter((r) => r === user.id)).toHaveLength(1);
      expect(results.filter((r) => r === undefined)).toHaveLength(3);
    });

    it("expires: 48 hours to confirm an address, 1 hour to reset a password", async () => {
      const user = await makeUser();
      const now = new Date();
      const verify = await createUserToken(
        t.db,
        user.id,
        "verify_email",
        new Date(now.getTime() - 47 * HOUR),
      );
      const oldVerify = await createUserToken(
        t.db,
        user.id,
        "verify_email",
        new Date(now.getTime() - 49 * HOUR),
      );
      const reset = await createUserToken(
        t.db,
        user.id,
        "reset_password",
        new Date(now.getTime() - 59 * 60_000),
      );
      const oldReset = await createUserToken(
        t.db,
        user.id,
        "reset_password",
        new Date(now.getTime() - 61 * 60_000),
      );
      expect(await findUsableToken(t.db, oldVerify.token, "verify_email", now)).toBeUndefined();
      expect(await consumeUserToken(t.db, oldVerify.token, "verify_email", now)).toBeUndefined();
      expect(await consumeUserToken(t.db, oldReset.token, "reset_password", now)).toBeUndefined();
      expect((await findUsableToken(t.db, verify.token, "verify_email", now))?.userId).toBe(
        user.id,
      );
      expect(await consumeUserToken(t.db, reset.token, "reset_password", now)).toBe(user.id);
      // A token of one purpose does nothing for the other.
      expect(await consumeUserToken(t.db, verify.token, "reset_password", now)).toBeUndefined();
      expect(await consumeUserToken(t.db, verify.token, "verify_email", now)).toBe(user.id);
    });

    it("refuses unknown and malformed tokens", async () => {
      for (const token of ["", "x", "a".repeat(43), "'; DROP TABLE users; --".padEnd(43, "x")]) {
        expect(await consumeUserToken(t.db, token, "verify_email")).toBeUndefined();
        expect(await findUsableToken(t.db, token, "verify_email")).toBeUndefined();
      }
    });

    it("confirming closes the user's other confirmation links", async () => {
      const user = await makeUser();
      const first = await createUserToken(t.db, user.id, "verify_email");
      const second = await createUserToken(t.db, user.id, "verify_email");
      expect(await verifyEmailWithToken(t.db, second.token)).toBe(user.id);
      expect((await userRow(user.id)).email_verified_at).not.toBeNull();
      expect(await verifyEmailWithToken(t.db, first.token)).toBeUndefined();
    });
  });

  describe("sign-up verification", () => {
    it("signs up unverified, e-mails a link in Czech, and the link confirms once, by POST", async () => {
      const email = "nova-obec@email-test.example";
      const municipality = await makeRegisterEntry(t, { name: "Obec Nová" });
      const signup = await call(
        routes.signup.action,
        post("/signup", {
          role: "mayor",
          name: "Jana Nová",
          municipality: String(municipality),
          claimantRole: "starostka",
          confirm: "on",
          email,
          password: PASSWORD,
          terms: "on",
        }),
      );
      expect(signup.status).toBe(302);
      expect(signup.location).toBe("/me");
      const user = (await getUserByEmail(t.db, email))!;
      expect(user.email_verified_at).toBeNull();
      // The account speaks for the municipality it chose, named as the register names it.
      expect(user.organisation).toBe("Obec Nová");
      expect(await getOwnedMunicipalityId(t.db, user.id)).toBe(municipality);

      const [sent, ...more] = await emailsTo(email);
      expect(more).toHaveLength(0);
      expect(sent).toMatchObject({
        user_id: user.id,
        locale: "cs",
        kind: "verify_email",
        subject: "Potvrďte svůj e-mail ve Spolu",
      });
      expect(sent!.body_text).toContain("Dobrý den, Jana Nová,");
      expect(sent!.body_text).toMatch(/http:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]{43}/);
      expect(sent!.body_html).toContain('href="http://');
      // Transactional: no "change how often we write" footer.
      expect(sent!.body_text).not.toContain("#email-preferences");
      const token = await tokenFrom(email, "/verify-email");

      // Opening the link changes nothing.
      const page = await call(routes.verify.loader, get(`/verify-email?token=${token}`));
      expect(page.data).toMatchObject({ token, signedIn: false });
      expect((await userRow(user.id)).email_verified_at).toBeNull();

      const confirm = await call(routes.verify.action, post("/verify-email", { token }));
      expect(confirm.status).toBe(302);
      expect(confirm.location).toBe("/login");
      expect((await userRow(user.id)).email_verified_at).not.toBeNull();

      const again = await call(routes.verify.action, post("/verify-email", { token }));
      expect(again.status).toBe(400);
      const dead = await call(routes.verify.loader, get(`/verify-email?token=${token}`));
      expect(dead.data).toMatchObject({ token: null });
    });

    it("records the consent to the terms, refuses a sign-up without it, and returns where asked", async () => {
      const email = `consent-${Date.now()}@email-test.example`;
      const fields = {
        role: "foreign",
        name: "Eva Town",
        organisation: "Town",
        email,
        password: PASSWORD,
        redirectTo: "/contacts/new?municipality=7",
      };
      const refused = await call(routes.signup.action, post("/signup", fields));
      expect(refused.status).toBe(400);
      expect((refused.data as { errors: Record<string, string> }).errors).toEqual({
        terms: "Účet založíme, jen když souhlasíte s podmínkami užívání.",
      });
      expect(await getUserByEmail(t.db, email)).toBeUndefined();

      const before = Date.now();
      const made = await call(routes.signup.action, post("/signup", { ...fields, terms: "on" }));
      expect(made).toMatchObject({ status: 302, location: "/contacts/new?municipality=7" });
      const row = await userRow((await getUserByEmail(t.db, email))!.id);
      expect(row.terms_version).toBe(TERMS_VERSION);
      expect(Date.parse(row.terms_accepted_at!)).toBeGreaterThanOrEqual(before - 1000);

      // Only a path of this site: another site is not a place to return to.
      const other = `consent-other-${Date.now()}@email-test.example`;
      const elsewhere = await call(
        routes.signup.action,
        post("/signup", { ...fields, email: other, terms: "on", redirectTo: "//evil.example/" }),
      );
      expect(elsewhere).toMatchObject({ status: 302, location: "/me" });
    });

    it("e-mails in the user's language", async () => {
      const email = "english-town@email-test.example";
      await call(
        routes.signup.action,
        post("/signup?lang=en", {
          role: "foreign",
          name: "Anna Smith",
          organisation: "Town",
          email,
          password: PASSWORD,
          terms: "on",
        }),
      );
      const [sent] = await emailsTo(email);
      expect(sent).toMatchObject({
        locale: "en",
        subject: "Confirm your e-mail address for Spolu",
      });
      expect(sent!.body_text).toContain("Hello Anna Smith,");
      expect(sent!.body_html).toContain('<html lang="en">');
    });

    it("sends a new link from /me, a few times an hour at most", async () => {
      const user = await makeUser();
      const cookie = await cookieFor(t, user.id);
      const me = await call(routes.me.loader, get("/me", cookie));
      expect(me.data).toMatchObject({ user: { email_verified_at: null } });
      for (let i = 0; i < 3; i++) {
        const resend = await call(
          routes.me.action,
          post("/me", { intent: "resend-verification" }, cookie),
        );
        expect(resend.status).toBe(302);
      }
      expect(await emailsTo(user.email)).toHaveLength(3);
      await call(routes.me.action, post("/me", { intent: "resend-verification" }, cookie));
      expect(await emailsTo(user.email)).toHaveLength(3);

      // Any of the links still works; the signed-in user lands on /me.
      const token = await tokenFrom(user.email, "/verify-email");
      const confirm = await call(routes.verify.action, post("/verify-email", { token }, cookie));
      expect(confirm.location).toBe("/me");
      expect((await userRow(user.id)).email_verified_at).not.toBeNull();
    });
  });

  describe("password reset", () => {
    it("answers the same whether or not the account exists, and e-mails only the real one", async () => {
      const user = await makeUser("foreign", "en");
      const known = await call(
        routes.forgot.action,
        post("/forgot-password", { email: user.email.toUpperCase() }),
      );
      const unknown = await call(
        routes.forgot.action,
        post("/forgot-password", { email: "nobody-here@email-test.example" }),
      );
      expect(known.status).toBe(302);
      expect(unknown.status).toBe(known.status);
      expect(unknown.location).toBe(known.location);
      expect(unknown.setCookie).toBe(known.setCookie);

      const sent = await emailsTo(user.email);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ kind: "reset_password", locale: "en" });
      expect(sent[0]!.body_text).toContain("/reset-password?token=");
      expect(await emailsTo("nobody-here@email-test.example")).toHaveLength(0);
    });

    it("refuses a bad e-mail and the honeypot with field errors, sending nothing", async () => {
      const before = await t.db
        .selectFrom("emails")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      const bad = await call(routes.forgot.action, post("/forgot-password", { email: "nope" }));
      expect(bad.status).toBe(400);
      expect(bad.data).toMatchObject({ errors: { email: "Zadejte platnou e-mailovou adresu." } });
      const bot = await call(
        routes.forgot.action,
        post("/forgot-password", { email: "x@email-test.example", website: "spam" }),
      );
      expect(bot.status).toBe(400);
      const after = await t.db
        .selectFrom("emails")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it("sets the new password once, revokes every session and confirms the address", async () => {
      const user = await makeUser();
      const cookie = await cookieFor(t, user.id);
      await cookieFor(t, user.id);
      expect(await listSessions(t.db, user.id)).toHaveLength(2);
      await call(routes.forgot.action, post("/forgot-password", { email: user.email }));
      const token = await tokenFrom(user.email, "/reset-password");
      const hashBefore = (await userRow(user.id)).password_hash;

      const page = await call(routes.reset.loader, get(`/reset-password?token=${token}`));
      expect(page.data).toMatchObject({ token, email: user.email });

      const mismatch = await call(
        routes.reset.action,
        post("/reset-password", { token, password: NEW_PASSWORD, confirm: `${NEW_PASSWORD}x` }),
      );
      expect(mismatch.status).toBe(400);
      expect(mismatch.data).toMatchObject({ errors: { confirm: "Hesla se neshodují." } });
      const weak = await call(
        routes.reset.action,
        post("/reset-password", { token, password: "1234567890", confirm: "1234567890" }),
      );
      expect(weak.status).toBe(400);
      expect(weak.data).toMatchObject({
        errors: { password: "Toto heslo je příliš běžné. Zvolte jiné." },
      });
      expect((await userRow(user.id)).password_hash).toBe(hashBefore);

      const done = await call(
        routes.reset.action,
        post("/reset-password", { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }, cookie),
      );
      expect(done.status).toBe(302);
      expect(done.location).toBe("/login");
      expect(await verifyLogin(t.db, user.email, PASSWORD)).toBeUndefined();
      expect((await verifyLogin(t.db, user.email, NEW_PASSWORD))?.id).toBe(user.id);
      expect(await listSessions(t.db, user.id)).toHaveLength(0);
      expect((await userRow(user.id)).email_verified_at).not.toBeNull();

      const reused = await call(
        routes.reset.action,
        post("/reset-password", { token, password: PASSWORD, confirm: PASSWORD }),
      );
      expect(reused.status).toBe(400);
      expect(reused.data).toMatchObject({ dead: true });
      expect((await verifyLogin(t.db, user.email, NEW_PASSWORD))?.id).toBe(user.id);
    });

    it("an expired link shows the dead-link page and changes nothing", async () => {
      const user = await makeUser();
      const { token } = await createUserToken(
        t.db,
        user.id,
        "reset_password",
        new Date(Date.now() - 2 * HOUR),
      );
      const page = await call(routes.reset.loader, get(`/reset-password?token=${token}`));
      expect(page.data).toMatchObject({ token: null });
      const attempt = await call(
        routes.reset.action,
        post("/reset-password", { token, password: NEW_PASSWORD, confirm: NEW_PASSWORD }),
      );
      expect(attempt.status).toBe(400);
      expect(attempt.data).toMatchObject({ dead: true });
      expect((await verifyLogin(t.db, user.email, PASSWORD))?.id).toBe(user.id);
    });
  });

  describe("e-mail preferences", () => {
    const prefs = async (id: number) => {
      const row = await userRow(id);
      return { pref: row.email_pref, weekly: row.weekly_matches };
    };

    it("saves a valid choice and the mayor's weekly matches", async () => {
      const mayor = await makeUser("mayor");
      const cookie = await cookieFor(t, mayor.id);
      expect(await prefs(mayor.id)).toEqual({ pref: "immediate", weekly: 0 });
      const saved = await call(
        routes.me.action,
        post(
          "/me",
          { intent: "email-preferences", emailPref: "daily", locale: "cs", weeklyMatches: "1" },
          cookie,
        ),
      );
      expect(saved.status).toBe(302);
      expect(await prefs(mayor.id)).toEqual({ pref: "daily", weekly: 1 });
      // An unticked box is absent from the form: weekly matches off again.
      await call(
        routes.me.action,
        post("/me", { intent: "email-preferences", emailPref: "none", locale: "cs" }, cookie),
      );
      expect(await prefs(mayor.id)).toEqual({ pref: "none", weekly: 0 });
    });

    it("refuses a bad value with a field error and writes nothing", async () => {
      const mayor = await makeUser("mayor");
      const cookie = await cookieFor(t, mayor.id);
      const forms: Record<string, string>[] = [
        { emailPref: "hourly", locale: "cs", weeklyMatches: "1" },
        { locale: "cs", weeklyMatches: "1" },
        { emailPref: "daily", locale: "cs", weeklyMatches: "yes" },
        { emailPref: "daily", locale: "fr" },
        { emailPref: "daily" },
      ];
      for (const fields of forms) {
        const refused = await call(
          routes.me.action,
          post("/me", { intent: "email-preferences", ...fields }, cookie),
        );
        expect(refused.status).toBe(400);
        expect(await prefs(mayor.id)).toEqual({ pref: "immediate", weekly: 0 });
      }
      const refused = await call(
        routes.me.action,
        post("/me", { intent: "email-preferences", emailPref: "hourly", locale: "cs" }, cookie),
      );
      expect(refused.data).toMatchObject({
        prefsErrors: { emailPref: "Vyberte, kdy vám máme psát." },
      });
    });

    it("ignores weekly matches for a foreign town", async () => {
      const foreign = await makeUser("foreign");
      const cookie = await cookieFor(t, foreign.id);
      await call(
        routes.me.action,
        post(
          "/me",
          { intent: "email-preferences", emailPref: "daily", locale: "cs", weeklyMatches: "1" },
          cookie,
        ),
      );
      expect(await prefs(foreign.id)).toEqual({ pref: "daily", weekly: 0 });
    });
  });
});
