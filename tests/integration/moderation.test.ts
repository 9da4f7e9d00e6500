import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listHistory, latestStaffComment } from "~/models/audit.server";
import {
  getMunicipalityWithContact,
  getPublicMunicipality,
  listPendingMunicipalities,
  saveMunicipality,
  transitionMunicipality,
  type ProfileInput,
} from "~/models/municipality.server";
import { listNotifications } from "~/models/notification.server";
import {
  createOffer,
  getOfferWithContact,
  getPublishedOffer,
  listPendingOffers,
  runOfferExpiry,
  transitionOffer,
  TransitionError,
  updateOffer,
  type OfferInput,
} from "~/models/offer.server";
import { claimMunicipality } from "~/models/claim.server";
import {
  makePartnership,
  makeRegisterEntry,
  makeUser,
  offerInput as offerWith,
  profileInput as profileWith,
} from "../support/factories";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const offerInput: OfferInput = offerWith({
  town: "Zittau",
  country: "DE",
  region: "Saxony",
  population: 25_000,
  lat: 50.9,
  lon: 14.8,
  topics: ["culture", "mobility"],
  preferredKraje: ["CZ-51"],
  description: "Zittau sucht Partner.",
  descriptionCs: "Žitava hledá partnery.",
  contactName: "Petra Schulz",
  contactEmail: "petra@zittau-test.example",
  contactPhone: "+49 3583 000",
  expiresOn: "2027-06-30",
});

const profileInput: ProfileInput = profileWith({
  interests: ["culture"],
  description: "Malá obec na Vysočině.",
  seeksCountries: ["AT"],
  seeksAnyCountry: false,
  contactName: "Jan Novák",
  contactEmail: "jan@horni-dolni.example",
});

describe(`moderation on ${dialectName()}`, () => {
  let t: TestDb;
  let author: { id: number; role: "foreign" };
  let other: { id: number; role: "foreign" };
  let staff: { id: number; role: "staff" };
  let mayor: { id: number; role: "mayor" };

  beforeAll(async () => {
    t = await createSeededDb();
    const make = async (email: string, role: "foreign" | "staff" | "mayor") =>
      (await makeUser(t, role, { email, name: email })).id;
    author = { id: await make("author@t.example", "foreign"), role: "foreign" };
    other = { id: await make("other@t.example", "foreign"), role: "foreign" };
    staff = { id: await make("moderator@t.example", "staff"), role: "staff" };
    mayor = { id: await make("mayor2@t.example", "mayor"), role: "mayor" };
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("takes an offer from draft through changes requested to published, recording every step", async () => {
    const id = await createOffer(t.db, offerInput, {
      actor: author,
      authorId: author.id,
      source: "self",
      sourceDate: null,
      submit: false,
    });
    expect(await getPublishedOffer(t.db, id)).toBeUndefined();
    await transitionOffer(t.db, id, "submit", { user: author, as: "author" });
    expect((await listPendingOffers(t.db)).map((o) => o.id)).toContain(id);
    await expect(
      transitionOffer(t.db, id, "approve", { user: author, as: "author" }),
    ).rejects.toThrow(TransitionError);
    await expect(
      transitionOffer(t.db, id, "request_changes", { user: staff, as: "staff" }, " "),
    ).rejects.toThrow(/comment/);
    await transitionOffer(
      t.db,
      id,
      "request_changes",
      { user: staff, as: "staff" },
      "Doplňte prosím anglický text.",
    );
    expect(await latestStaffComment(t.db, "offer", id)).toBe("Doplňte prosím anglický text.");
    await updateOffer(
      t.db,
      id,
      { ...offerInput, descriptionEn: "Zittau is looking for partners." },
      author,
    );
    await transitionOffer(t.db, id, "submit", { user: author, as: "author" });
    await transitionOffer(t.db, id, "approve", { user: staff, as: "staff" });
    expect((await getPublishedOffer(t.db, id))?.descriptionEn).toBe(
      "Zittau is looking for partners.",
    );
    const history = await listHistory(t.db, "offer", id);
    expect(history.map((h) => h.action)).toEqual([
      "created",
      "submit",
      "request_changes",
      "edited",
      "submit",
      "approve",
    ]);
    expect(history[2]).toMatchObject({
      actorName: "moderator@t.example",
      fromStatus: "pending",
      toStatus: "changes_requested",
    });
    const kinds = (await listNotifications(t.db, author.id)).map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(["offer_changes_requested", "offer_approved"]));
  });

  it("sends an author's edit of a published offer back to review, but not a staff edit", async () => {
    const id = await createOffer(t.db, offerInput, {
      actor: author,
      authorId: author.id,
      source: "self",
      sourceDate: null,
      submit: true,
    });
    await transitionOffer(t.db, id, "approve", { user: staff, as: "staff" });
    expect(await updateOffer(t.db, id, offerInput, staff)).toBe("published");
    const [edit] = (await listHistory(t.db, "offer", id)).filter((h) => h.action === "edited");
    expect(edit?.onBehalf).toBe(true);
    expect(await updateOffer(t.db, id, offerInput, author)).toBe("pending");
  });

  it("shows the private contact to the author and staff only", async () => {
    const id = await createOffer(t.db, offerInput, {
      actor: author,
      authorId: author.id,
      source: "self",
      sourceDate: null,
      submit: true,
    });
    expect((await getOfferWithContact(t.db, id, author))?.contactEmail).toBe(
      "petra@zittau-test.example",
    );
    expect((await getOfferWithContact(t.db, id, staff))?.contactEmail).toBe(
      "petra@zittau-test.example",
    );
    expect(await getOfferWithContact(t.db, id, other)).toBeUndefined();
    expect(await getOfferWithContact(t.db, id, mayor)).toBeUndefined();
  });

  it("expires overdue offers once and reminds 30 and 7 days ahead, once each", async () => {
    const today = "2027-06-01";
    const soon = await createOffer(
      t.db,
      { ...offerInput, expiresOn: "2027-06-20" },
      { actor: author, authorId: author.id, source: "self", sourceDate: null, submit: true },
    );
    const overdue = await createOffer(
      t.db,
      { ...offerInput, expiresOn: "2027-05-31" },
      { actor: author, authorId: author.id, source: "self", sourceDate: null, submit: true },
    );
    await transitionOffer(t.db, soon, "approve", { user: staff, as: "staff" });
    await transitionOffer(t.db, overdue, "approve", { user: staff, as: "staff" });
    const first = await runOfferExpiry(t.db, today);
    const second = await runOfferExpiry(t.db, today);
    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect(second.expired).toBe(0);
    const status = await t.db
      .selectFrom("offers")
      .select("status")
      .where("id", "=", overdue)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe("expired");
    const notices = (await listNotifications(t.db, author.id, { limit: 500 })).filter(
      (n) => n.link === `/offers/${soon}` && n.kind === "offer_expiring",
    );
    expect(notices).toHaveLength(1);
    await runOfferExpiry(t.db, "2027-06-15");
    const later = (await listNotifications(t.db, author.id, { limit: 500 })).filter(
      (n) => n.link === `/offers/${soon}` && n.kind === "offer_expiring",
    );
    expect(later).toHaveLength(2);
    // Renewal brings an expired offer back for another year.
    await transitionOffer(t.db, overdue, "renew", { user: author, as: "author" }, null, today);
    const renewed = await t.db
      .selectFrom("offers")
      .select(["status", "expires_on"])
      .where("id", "=", overdue)
      .executeTakeFirstOrThrow();
    expect(renewed).toEqual({ status: "published", expires_on: "2028-06-01" });
  });

  it("keeps a profile's contact private and lets staff moderate it", async () => {
    const id = await makeRegisterEntry(t, { name: "Horní Dolní", population: 412 });
    await claimMunicipality(t.db, { municipalityId: id, user: mayor, role: "starosta", phone: "" });
    await saveMunicipality(t.db, id, profileInput, mayor);
    const pub = await getPublicMunicipality(t.db, id);
    expect(pub?.status).toBe("pending");
    expect(pub?.verified).toBe(false);
    expect(JSON.stringify(pub)).not.toContain("jan@horni-dolni.example");
    expect((await getMunicipalityWithContact(t.db, id, mayor))?.contactEmail).toBe(
      "jan@horni-dolni.example",
    );
    expect(await getMunicipalityWithContact(t.db, id, other)).toBeUndefined();
    expect((await listPendingMunicipalities(t.db)).map((m) => m.id)).toContain(id);
    // Approving the texts is not verifying who speaks for the municipality.
    await transitionMunicipality(t.db, id, "approve", { id: staff.id, as: "staff" });
    expect(await getPublicMunicipality(t.db, id)).toMatchObject({
      status: "published",
      hasProfile: true,
      verified: false,
      interests: ["culture"],
    });
    await transitionMunicipality(
      t.db,
      id,
      "reject",
      { id: staff.id, as: "staff" },
      "Falešný profil.",
    );
    // A rejected profile is hidden; the register entry stays with its official data only.
    const rejected = await getPublicMunicipality(t.db, id);
    expect(rejected).toMatchObject({ hasProfile: false, interests: [], description: "" });
    await expect(
      transitionMunicipality(t.db, id, "approve", { id: mayor.id, as: "author" }),
    ).rejects.toThrow();
  });

  it("leaves the registry's partnerships alone when a profile is saved or rejected", async () => {
    const id = await makeRegisterEntry(t, { name: "Dolní Horní" });
    await makePartnership(t, id, staff.id, { town: "Weitra", country: "AT", sinceYear: 1998 });
    await saveMunicipality(t.db, id, profileInput, staff);
    await transitionMunicipality(t.db, id, "reject", { id: staff.id, as: "staff" }, "Ne.");
    expect((await getPublicMunicipality(t.db, id))?.partnerships).toEqual([
      {
        town: "Weitra",
        placeId: 2761538, // GeoNames: Weitra, found by its name and country
        country: "AT",
        sinceYear: 1998,
        confirmed: true,
        confirmedBy: "union",
        sourceUrls: [],
      },
    ]);
  });
});
