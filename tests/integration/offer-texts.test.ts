// An offer's text carries its language: the reader sees the version in their language when
// there is one, else the original, each labelled with its language, the rest a click away.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as OfferRoute from "~/routes/offers.$id";
import { makeOffer, makeUser } from "../support/factories";
import { get, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

interface Version {
  lang: string;
  text: string;
  original: boolean;
  label: string;
}

describe(`an offer's text versions on ${dialectName()}`, () => {
  let t: TestDb;
  let route: typeof OfferRoute;
  let offerId: number;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    route = await import("~/routes/offers.$id");
    const staff = await makeUser(t, "staff");
    offerId = await makeOffer(t, null, staff.id, {
      description: "Miasto szuka partnera do wymiany młodzieży.",
      descriptionLang: "pl",
      descriptionCs: "Město hledá partnera pro výměny mládeže.",
      descriptionEn: "",
    });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const versions = async (lang: string) => {
    const result = await call(route.loader, get(`/offers/${offerId}?lang=${lang}`), {
      id: String(offerId),
    });
    expect(result.status).toBe(200);
    return (result.data as { offer: { texts: Version[] } }).offer.texts;
  };

  it("shows a Czech reader the Czech translation first, labelled, with the original beside", async () => {
    expect(await versions("cs")).toEqual([
      {
        lang: "cs",
        text: "Město hledá partnera pro výměny mládeže.",
        original: false,
        label: "Čeština, překlad",
      },
      {
        lang: "pl",
        text: "Miasto szuka partnera do wymiany młodzieży.",
        original: true,
        label: "Polština, původní text",
      },
    ]);
  });

  it("shows the original first where there is no version in the reader's language", async () => {
    const german = await versions("de");
    expect(german.map((v) => [v.lang, v.label])).toEqual([
      ["pl", "Polnisch, Originaltext"],
      ["cs", "Tschechisch, Übersetzung"],
    ]);
    expect((await versions("pl"))[0]).toMatchObject({
      lang: "pl",
      label: "Polski, tekst oryginalny",
    });
  });
});
