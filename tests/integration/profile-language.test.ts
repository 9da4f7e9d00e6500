// A profile's description carries its language, as an offer's text does: the mayor says
// which it is (Czech unless told; staff may edit on their behalf, as here), the page labels it and marks it up with lang, and the
// open data says it too. A language Spolu does not know is a field error that saves nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as ApiRoute from "~/routes/api.municipalities";
import type * as EditRoute from "~/routes/municipalities.$id_.edit";
import type * as PageRoute from "~/routes/municipalities.$id";
import { makeMunicipality, makeUser } from "../support/factories";
import { cookieFor, get, post, useTestDatabase, call, errorsOf } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

describe(`a profile's description language on ${dialectName()}`, () => {
  let t: TestDb;
  let edit: typeof EditRoute;
  let page: typeof PageRoute;
  let api: typeof ApiRoute;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    edit = await import("~/routes/municipalities.$id_.edit");
    page = await import("~/routes/municipalities.$id");
    api = await import("~/routes/api.municipalities");
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const stored = async (id: number) =>
    await t.db
      .selectFrom("municipalities")
      .select(["description", "description_lang"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();

  const form = (descriptionLang: string) => ({
    interests: ["culture"],
    languages: ["de"],
    description: "Wir sind eine kleine Gemeinde im Böhmerwald.",
    descriptionLang,
    seeksAnyCountry: "on",
    contactName: "Jana Nováková",
    contactRole: "starostka",
    contactEmail: "jana@obec-jazyk.example",
    contactPhone: "",
  });

  it("is Czech unless the mayor says otherwise, and the page and open data say which", async () => {
    const staff = await makeUser(t, "staff");
    const mayor = await makeUser(t, "mayor");
    const id = await makeMunicipality(t, mayor.id, staff.id, {}, { verify: true });
    expect((await stored(id)).description_lang).toBe("cs");

    const saved = await call(
      edit.action,
      post(`/municipalities/${id}/edit`, form("de"), await cookieFor(t, staff.id)),
      { id: String(id) },
    );
    expect(saved.status).toBe(302);
    expect(await stored(id)).toEqual({
      description: "Wir sind eine kleine Gemeinde im Böhmerwald.",
      description_lang: "de",
    });

    // Staff saved it on the owner's behalf; the owner's page says which language it is in.
    const shown = await call(
      page.loader,
      get(`/municipalities/${id}?lang=cs`, await cookieFor(t, mayor.id)),
      { id: String(id) },
    );
    expect(shown.data).toMatchObject({ municipality: { descriptionLang: "de" } });
  });

  it("refuses a language Spolu does not know, keeping what was there", async () => {
    const staff = await makeUser(t, "staff");
    const mayor = await makeUser(t, "mayor");
    const id = await makeMunicipality(
      t,
      mayor.id,
      staff.id,
      { descriptionLang: "pl" },
      { verify: true },
    );
    const before = await stored(id);
    const refused = await call(
      edit.action,
      post(`/municipalities/${id}/edit`, form("xx"), await cookieFor(t, staff.id)),
      { id: String(id) },
    );
    expect(refused.status).toBe(400);
    expect(Object.keys(errorsOf(refused))).toEqual(["descriptionLang"]);
    expect(await stored(id)).toEqual(before);
  });

  it("is in the open data of a public profile", async () => {
    const staff = await makeUser(t, "staff");
    const id = await makeMunicipality(t, null, staff.id, { descriptionLang: "en" });
    const { name } = await t.db
      .selectFrom("municipalities")
      .select("name")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const result = await call(
      api.loader,
      get(`/api/municipalities?q=${encodeURIComponent(name)}&profile=1`),
    );
    const rows = (result.data as { data: { id: number; profile: { description_lang: string } }[] })
      .data;
    expect(rows.find((r) => r.id === id)?.profile.description_lang).toBe("en");
  });
});
