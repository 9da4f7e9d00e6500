// Foreign towns and regions are named as their reader knows them, on the offer page, the
// catalogue and a mayor's matches: the reader's exonym with the town's own name beside it
// when that is another, the region in the reader's language when the tables know it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as OfferRoute from "~/routes/offers.$id";
import type * as OffersRoute from "~/routes/offers._index";
import type * as MunicipalityRoute from "~/routes/municipalities.$id";
import type * as PartnershipsRoute from "~/routes/partnerships";
import { makeMunicipality, makeOffer, makeUser, tag } from "../support/factories";
import { get, useTestDatabase, call } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const LUTSK = 702569; // GeoNames: Луцьк

describe(`foreign names in the reader's language on ${dialectName()}`, () => {
  let t: TestDb;
  let offerRoute: typeof OfferRoute;
  let offersRoute: typeof OffersRoute;
  let offerId: number;
  let freeName: string;
  let freeId: number;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    offerRoute = await import("~/routes/offers.$id");
    offersRoute = await import("~/routes/offers._index");
    const staff = await makeUser(t, "staff");
    offerId = await makeOffer(t, null, staff.id, {
      placeId: LUTSK,
      town: "Lutsk",
      country: "UA",
      region: "Volyn Oblast",
    });
    // A town the tables do not know keeps the name it was given, and its region as typed.
    freeName = `Hrabstwo ${tag()}`;
    freeId = await makeOffer(t, null, staff.id, {
      town: freeName,
      country: "PL",
      region: "Powiat nieznany",
    });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const offerPage = async (id: number, lang: string) => {
    const result = await call(offerRoute.loader, get(`/offers/${id}?lang=${lang}`), {
      id: String(id),
    });
    expect(result.status).toBe(200);
    return (result.data as { offer: { town: string; region: string } }).offer;
  };

  it("shows the reader's exonym with the own name beside it on the offer page", async () => {
    expect(await offerPage(offerId, "cs")).toMatchObject({
      town: "Luck (Луцьк)",
      region: "Volyňská oblast",
    });
    expect(await offerPage(offerId, "en")).toMatchObject({
      town: "Lutsk (Луцьк)",
      region: "Volyn Oblast",
    });
    expect(await offerPage(offerId, "pl")).toMatchObject({ town: "Łuck (Луцьк)" });
    expect(await offerPage(offerId, "uk")).toMatchObject({
      town: "Луцьк",
      region: "Волинська область",
    });
  });

  it("keeps a town and region the tables do not know as they were given", async () => {
    expect(await offerPage(freeId, "cs")).toMatchObject({
      town: freeName,
      region: "Powiat nieznany",
    });
  });

  it("names the town the same way in the catalogue", async () => {
    const result = await call(offersRoute.loader, get(`/offers?country=UA&lang=cs&q=Lutsk`));
    const { offers } = result.data as { offers: { id: number; town: string; region: string }[] };
    expect(offers.find((o) => o.id === offerId)).toMatchObject({
      town: "Luck (Луцьк)",
      region: "Volyňská oblast",
    });
  });

  it("names partner towns the same way on the municipality page and the registry", async () => {
    const staff = await makeUser(t, "staff");
    const id = await makeMunicipality(t, null, staff.id, {
      partnerships: [{ town: "Lutsk", country: "UA", sinceYear: 2004 }],
    });
    const page: typeof MunicipalityRoute = await import("~/routes/municipalities.$id");
    const shown = await call(page.loader, get(`/municipalities/${id}?lang=cs`), {
      id: String(id),
    });
    const { partnerships } = (shown.data as { municipality: { partnerships: { town: string }[] } })
      .municipality;
    expect(partnerships.map((p) => p.town)).toEqual(["Luck (Луцьк)"]);

    const registry: typeof PartnershipsRoute = await import("~/routes/partnerships");
    const listed = await call(
      registry.loader,
      get(`/partnerships?country=UA&lang=en&per_page=100`),
    );
    const items = (listed.data as { items: { municipalityId: number; partnerTown: string }[] })
      .items;
    expect(items.find((p) => p.municipalityId === id)?.partnerTown).toBe("Lutsk (Луцьк)");
  });
});
