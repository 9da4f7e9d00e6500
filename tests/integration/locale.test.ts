// The language switch is also the language of the user's e-mails: switching with
// ?lang= while signed in stores it on the account, which e-mails are written in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as RootRoute from "~/root";
import { notify } from "~/models/notification.server";
import { createUser } from "~/models/user.server";
import { cookieFor, get, useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`the language of e-mails on ${dialectName()}`, () => {
  let t: TestDb;
  let root: typeof RootRoute;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    root = await import("~/root");
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const localeOf = async (id: number) =>
    (await t.db.selectFrom("users").select("locale").where("id", "=", id).executeTakeFirstOrThrow())
      .locale;

  it("follows the header's switch and writes the next e-mail in that language", async () => {
    const user = await createUser(t.db, {
      email: "prepinac@obec.example",
      password: "dlouhe-heslo-prepinace-2026",
      role: "mayor",
      name: "Jana Přepínačová",
      organisation: "Obec",
      locale: "cs",
    });
    const cookie = await cookieFor(t, user.id);
    await root.loader({ request: get("/offers?lang=en", cookie), params: {}, context: {} });
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
      .where("to_address", "=", "prepinac@obec.example")
      .executeTakeFirstOrThrow();
    expect(email.locale).toBe("en");
    expect(email.subject).toContain("New expression of interest");
    expect(email.body_text).toContain("/contacts/1");

    await root.loader({ request: get("/?lang=cs", cookie), params: {}, context: {} });
    expect(await localeOf(user.id)).toBe("cs");
  });

  it("leaves accounts alone for visitors and for pages without a switch", async () => {
    const user = await createUser(t.db, {
      email: "bez-prepnuti@obec.example",
      password: "dlouhe-heslo-prepinace-2026",
      role: "foreign",
      name: "Ewa",
      organisation: "Miasto",
      locale: "en",
    });
    const cookie = await cookieFor(t, user.id);
    await root.loader({ request: get("/offers", cookie), params: {}, context: {} });
    await root.loader({ request: get("/offers?lang=cs"), params: {}, context: {} });
    expect(await localeOf(user.id)).toBe("en");
  });
});
