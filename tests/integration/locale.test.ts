// The language of a user's e-mails is their explicit choice on /me (defaulting to the
// language they signed up in): the header's switch and shared ?lang= links change the
// pages only, never what the mailbox receives.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as MeRoute from "~/routes/me";
import type * as RootRoute from "~/root";
import { notify } from "~/models/notification.server";
import { makeUser } from "../support/factories";
import { cookieFor, get, post, statusOf, useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`the language of e-mails on ${dialectName()}`, () => {
  let t: TestDb;
  let root: typeof RootRoute;
  let me: typeof MeRoute;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    root = await import("~/root");
    me = await import("~/routes/me");
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const localeOf = async (id: number) =>
    (await t.db.selectFrom("users").select("locale").where("id", "=", id).executeTakeFirstOrThrow())
      .locale;

  const newMayor = (email: string) =>
    makeUser(t, "mayor", { email, name: "Jana Přepínačová", organisation: "Obec" });

  it("is chosen on /me and the next e-mail is written in it", async () => {
    const user = await newMayor("anglictina@obec.example");
    const cookie = await cookieFor(t, user.id);
    const saved = await statusOf(
      me.action,
      post("/me", { intent: "email-preferences", emailPref: "immediate", locale: "en" }, cookie),
    );
    expect(saved).toBe(302);
    expect(await localeOf(user.id)).toBe("en");

    await notify(t.db, {
      userId: user.id,
      kind: "contact_received",
      params: { municipality: "Slavonice", town: "Kłodzko" },
      link: "/contacts/1",
    });
    const email = await t.db
      .selectFrom("emails")
      .select(["locale", "subject", "body_text"])
      .where("to_address", "=", "anglictina@obec.example")
      .executeTakeFirstOrThrow();
    expect(email.locale).toBe("en");
    expect(email.subject).toContain("New expression of interest");
    expect(email.body_text).toContain("/contacts/1");
  });

  it("is not changed by the header's switch or a shared ?lang= link", async () => {
    const user = await newMayor("prepinac@obec.example");
    const cookie = await cookieFor(t, user.id);
    await root.loader({ request: get("/offers?lang=en", cookie), params: {}, context: {} });
    await root.loader({ request: get("/matches?lang=en", cookie), params: {}, context: {} });
    expect(await localeOf(user.id)).toBe("cs");
  });
});
