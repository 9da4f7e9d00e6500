// Matching on the real database: what may be matched, the rankings for each
// side, the staff's weights, and the routes that show them (called directly,
// as signed-in users). No contact detail may ever reach a ranking.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { DEMO_PARTNERSHIPS } from "../../db/seed-data/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as AdminScoringRoute from "~/routes/admin.scoring";
import type * as MatchPreviewRoute from "~/routes/api.match-preview";
import type * as MatchesRoute from "~/routes/matches";
import type * as OfferRoute from "~/routes/offers.$id";
import { DEFAULT_WEIGHTS, type MatchResult, type ScoringWeights } from "~/domain/scoring";
import { LOCALES } from "~/i18n";
import { explanationText } from "~/i18n/phrases.server";
import { BEST_PAIRS_LIMIT, bestPairs } from "~/models/best-pairs.server";
import {
  currentWeights,
  listWeightVersions,
  rankMunicipalitiesFor,
  rankOffersFor,
  saveWeights,
} from "~/models/match.server";
import { today } from "~/domain/dates";
import {
  getOwnedMunicipality,
  getPublicMunicipality,
  listPublicMunicipalities,
  saveMunicipality,
  type MunicipalityPublic,
  type ProfileInput,
} from "~/models/municipality.server";
import {
  createOffer,
  getOfferForManager,
  listMatchableOffers,
  transitionOffer,
  updateOffer,
  type OfferInput,
  type PublicOffer,
} from "~/models/offer.server";
import type { Database } from "../../db/schema";
import {
  addDays,
  makeRegisterEntry,
  makeUser,
  offerInput as offerWith,
  profileInput as profileWith,
} from "../support/factories";
import { cookieFor, get, post, useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

const CONTACT_KEYS = /contact/i;
const EVERYTHING: { page: number; pageSize: number } = { page: 1, pageSize: 1000 };

const ENTRY = { name: "Horní Dolní", kraj: "CZ-63", population: 2_500, lat: 49.4, lon: 15.6 };

const profileInput: ProfileInput = profileWith({
  description: "Malá obec na Vysočině.",
  contactName: "Jan Novák",
  contactEmail: "jan@horni-dolni-private.example",
});

const offerInput: OfferInput = offerWith({
  town: "Gmünd",
  topics: ["culture", "heritage"],
  description: "Gmünd sucht Partner.",
  contactName: "Anna Gruber",
  contactEmail: "anna@gmuend-private.example",
});

// ---- Small helpers ----------------------------------------------------------------------------

function pointsOf(result: { reasons: { points: number }[] }): number {
  return result.reasons.reduce((sum, r) => sum + r.points, 0);
}

function expectDescending(scores: number[]): void {
  for (let i = 1; i < scores.length; i++) {
    expect(scores[i]!, `position ${i}`).toBeLessThanOrEqual(scores[i - 1]!);
  }
}

function expectExplained(results: MatchResult[]): void {
  for (const result of results) {
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(pointsOf(result)).toBe(result.score);
  }
}

/** Every private contact value stored for any municipality or offer. */
async function contactSecrets(t: TestDb): Promise<string[]> {
  const [municipalities, offers] = await Promise.all([
    t.db
      .selectFrom("municipalities")
      .select(["contact_name", "contact_email", "contact_phone"])
      .execute(),
    t.db.selectFrom("offers").select(["contact_name", "contact_email", "contact_phone"]).execute(),
  ]);
  const values = [...municipalities, ...offers].flatMap((r) => [
    r.contact_name,
    r.contact_email,
    r.contact_phone,
  ]);
  return [...new Set(values.filter((v): v is string => !!v && v.trim().length > 3))];
}

function expectNoSecrets(value: unknown, secrets: string[], label = ""): void {
  const json = JSON.stringify(value);
  const leaked = secrets.filter((s) => json.includes(s));
  expect(leaked, label).toEqual([]);
  expect(json, label).not.toMatch(/"contact(Name|Email|Phone|Role)"/);
}

async function userId(t: TestDb, email: string): Promise<number> {
  return (
    await t.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()
  ).id;
}

async function countRows(t: TestDb, table: keyof Database): Promise<number> {
  const row = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Runs `body`, then removes every scoring-weights version stored meanwhile, so the
 * weights in force afterwards are the ones before (ids are never reused on either dialect).
 */
async function restoringWeights(t: TestDb, body: () => Promise<void>): Promise<void> {
  const newest = await t.db
    .selectFrom("scoring_weights")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  const before = Number(newest?.id ?? 0);
  try {
    await body();
  } finally {
    await t.db.deleteFrom("scoring_weights").where("id", ">", before).execute();
  }
}

async function offerIdByTown(t: TestDb, town: string): Promise<number> {
  return (
    await t.db.selectFrom("offers").select("id").where("town", "=", town).executeTakeFirstOrThrow()
  ).id;
}

async function slavonice(t: TestDb): Promise<MunicipalityPublic> {
  const m = await getOwnedMunicipality(t.db, await userId(t, "mayor@spolu.example"));
  expect(m?.name).toBe("Slavonice");
  return m!;
}

interface Answer<T> {
  status: number;
  body: T;
  location: string | null;
}

/** Runs a loader or action and returns its status and data, whether it returns or throws. */
async function call<T = unknown>(
  handler: (args: LoaderFunctionArgs) => Promise<unknown>,
  request: Request,
  params: Record<string, string> = {},
): Promise<Answer<T>> {
  let result: unknown;
  try {
    result = await handler({ request, params, context: {} });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    result = thrown;
  }
  if (result instanceof Response) {
    const text = await result.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: result.status, body: body as T, location: result.headers.get("Location") };
  }
  const wrapped = result as { type?: string; data?: unknown; init?: { status?: number } | null };
  if (wrapped && wrapped.type === "DataWithResponseInit") {
    return { status: wrapped.init?.status ?? 200, body: wrapped.data as T, location: null };
  }
  return { status: 200, body: result as T, location: null };
}

describe(`matching on ${dialectName()}`, () => {
  // ---- What may be matched ----------------------------------------------------------------------

  // Each block has its own copy of the seeded database; changes stay within the block.
  describe("matchable offers and visible profiles", () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await createSeededDb();
    });
    afterAll(async () => {
      await t.cleanup();
    });

    it("lists only published offers that have not expired", async () => {
      const before = await listMatchableOffers(t.db);
      expect(before.length).toBeGreaterThan(10);
      expect(before.every((o) => o.status === "published" && o.expiresOn >= today())).toBe(true);
      const ids = before.map((o) => o.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b)); // oldest id first

      const [expired, draft, overdue, lastDay] = before.map((o) => o.id);
      try {
        // Written directly as the models write (every change sets updated_at: the rankings
        // keep what they read until it changes).
        await t.db
          .updateTable("offers")
          .set({ status: "expired", updated_at: new Date().toISOString() })
          .where("id", "=", expired!)
          .execute();
        await t.db
          .updateTable("offers")
          .set({ status: "draft", updated_at: new Date().toISOString() })
          .where("id", "=", draft!)
          .execute();
        await t.db
          .updateTable("offers")
          .set({ expires_on: addDays(today(), -1), updated_at: new Date().toISOString() })
          .where("id", "=", overdue!)
          .execute();
        // The expiry day itself still counts.
        await t.db
          .updateTable("offers")
          .set({ expires_on: today(), updated_at: new Date().toISOString() })
          .where("id", "=", lastDay!)
          .execute();

        const after = (await listMatchableOffers(t.db)).map((o) => o.id);
        expect(after).not.toContain(expired);
        expect(after).not.toContain(draft);
        expect(after).not.toContain(overdue);
        expect(after).toContain(lastDay);
        expect(after).toHaveLength(before.length - 3);

        // Nor does any ranking pick them up.
        const ranked = await rankOffersFor(t.db, await slavonice(t), {}, EVERYTHING);
        const rankedIds = ranked.items.map((i) => i.offer.id);
        expect(ranked.total).toBe(before.length - 3);
        for (const id of [expired, draft, overdue]) expect(rankedIds).not.toContain(id);
        const pairs = await bestPairs(t.db, {}, { page: 1, pageSize: BEST_PAIRS_LIMIT });
        for (const id of [expired, draft, overdue]) {
          expect(pairs.items.map((i) => i.offer.id)).not.toContain(id);
        }
      } finally {
        // The four offers as they were (published, their own expiry), for the other tests.
        for (const offer of before.slice(0, 4)) {
          await t.db
            .updateTable("offers")
            .set({
              status: offer.status,
              expires_on: offer.expiresOn,
              updated_at: new Date().toISOString(),
            })
            .where("id", "=", offer.id)
            .execute();
        }
      }
    });

    it("carries no contact fields on matchable offers", async () => {
      const secrets = await contactSecrets(t);
      expect(secrets.length).toBeGreaterThan(20);
      const offers = await listMatchableOffers(t.db);
      for (const offer of offers) {
        expect(Object.keys(offer).filter((k) => CONTACT_KEYS.test(k))).toEqual([]);
      }
      expectNoSecrets(offers, secrets);
    });

    it("lists visible profiles with their partnerships and without contacts", async () => {
      const slavoniceId = (await slavonice(t)).id;
      const now = new Date().toISOString();
      const added = await t.db
        .insertInto("partnerships")
        .values(
          ["Weitra", "Gmünd"].map((town, i) => ({
            municipality_id: slavoniceId,
            partner_town: town,
            partner_country: "AT",
            partner_place_id: null,
            since_year: 1990 + i,
            offer_id: null,
            confirmed_by: "municipality" as const,
            confirmed_at: now,
            created_at: now,
          })),
        )
        .returning("id")
        .execute();
      try {
        const hidden = await makeRegisterEntry(t, ENTRY);
        await saveMunicipality(t.db, hidden, profileInput, {
          id: await userId(t, "staff@spolu.example"),
          role: "staff",
        });
        await t.db
          .updateTable("municipalities")
          .set({ status: "rejected" })
          .where("id", "=", hidden)
          .execute();

        // A rejected profile is not shown; its municipality stays, with official data only.
        const all = await listPublicMunicipalities(t.db);
        expect(all.length).toBeGreaterThanOrEqual(6_254);
        const entry = all.find((m) => m.id === hidden)!;
        expect(entry).toMatchObject({ hasProfile: false, interests: [], description: "" });
        expectNoSecrets(entry, ["jan@horni-dolni-private.example", "Jan Novák", "Malá obec"]);

        const visible = await listPublicMunicipalities(t.db, { profilesOnly: true });
        expect(visible.length).toBeGreaterThan(10);
        expect(visible.map((m) => m.id)).not.toContain(hidden);
        expect(
          visible.every((m) => ["pending", "published", "changes_requested"].includes(m.status)),
        ).toBe(true);
        const own = visible.find((m) => m.id === slavoniceId);
        expect(own?.partnerships.filter((p) => p.confirmed)).toEqual([
          {
            town: "Weitra",
            placeId: null, // the demo seed names its partners without a place
            country: "AT",
            sinceYear: 1990,
            confirmed: true,
            confirmedBy: "municipality",
            sourceUrls: [],
          },
          {
            town: "Gmünd",
            placeId: null,
            country: "AT",
            sinceYear: 1991,
            confirmed: true,
            confirmedBy: "municipality",
            sourceUrls: [],
          },
        ]);
        // The same partnerships as the one-profile query loads.
        expect(own?.partnerships).toEqual(
          (await getPublicMunicipality(t.db, slavoniceId))?.partnerships,
        );
        // Every other profile carries exactly the partnerships the seed gave it, and the
        // public lists' rows, unverified and with their source.
        for (const m of visible.filter((v) => v.id !== slavoniceId)) {
          expect(m.partnerships.filter((p) => p.confirmed).map((p) => [p.town, p.country])).toEqual(
            DEMO_PARTNERSHIPS[m.name] ?? [],
          );
          for (const p of m.partnerships.filter((p) => !p.confirmed))
            expect(p.sourceUrls[0]).toMatch(/^https:\/\/en\.wikipedia\.org\//);
        }
        expect(visible.some((m) => m.partnerships.length > 0 && m.id !== slavoniceId)).toBe(true);

        for (const m of visible) {
          expect(m).not.toHaveProperty("contactName");
          expect(m).not.toHaveProperty("contactEmail");
          expect(m).not.toHaveProperty("contactPhone");
          expect(m).not.toHaveProperty("contactRole");
          expect(Object.keys(m).filter((k) => CONTACT_KEYS.test(k))).toEqual([]);
        }
        const json = JSON.stringify(visible);
        const seedEmails = await t.db
          .selectFrom("municipalities")
          .select("contact_email")
          .where("is_demo", "=", 1)
          .execute();
        expect(seedEmails.length).toBeGreaterThan(10);
        for (const { contact_email } of seedEmails) expect(json).not.toContain(contact_email);
        expectNoSecrets(visible, await contactSecrets(t));

        // Two partners in Austria already: Austrian offers now carry the saturation penalty.
        const ranked = await rankOffersFor(t.db, own!, { countries: ["AT"] }, EVERYTHING);
        expect(ranked.total).toBeGreaterThan(0);
        for (const { result } of ranked.items) {
          const saturation = result.reasons.find((r) => r.factor === "saturation");
          expect(saturation?.points).toBeLessThan(0);
          expect(pointsOf(result)).toBe(result.score);
        }
      } finally {
        // Slavonice's partnerships as the seed left them, for the other tests' rankings.
        await t.db
          .deleteFrom("partnerships")
          .where(
            "id",
            "in",
            added.map((r) => r.id),
          )
          .execute();
      }
    });
  });

  // ---- Rankings ---------------------------------------------------------------------------------

  describe("rankings", () => {
    let t: TestDb;
    let m: MunicipalityPublic;
    let all: Awaited<ReturnType<typeof rankOffersFor>>;
    beforeAll(async () => {
      t = await createSeededDb();
      m = await slavonice(t);
      all = await rankOffersFor(t.db, m, {}, EVERYTHING);
    });
    afterAll(async () => {
      await t.cleanup();
    });

    it("ranks every matchable offer for Slavonice, best first, each score explained", async () => {
      const matchable = await listMatchableOffers(t.db);
      expect(all.total).toBe(matchable.length);
      expect(all.items).toHaveLength(matchable.length);
      expect(all.pages).toBe(1);
      expectDescending(all.items.map((i) => i.result.score));
      expectExplained(all.items.map((i) => i.result));
      for (const { result } of all.items) {
        for (const reason of result.reasons) {
          // Written in every language, every placeholder filled.
          for (const locale of LOCALES)
            expect(explanationText(reason.text, locale)).toMatch(/^[^{}]+$/);
          if (reason.factor !== "saturation" && reason.factor !== "balance") {
            expect(reason.points).toBeGreaterThanOrEqual(0);
            expect(reason.points).toBeLessThanOrEqual(reason.max);
          }
        }
      }
      // The scores differ: the ranking says something.
      expect(new Set(all.items.map((i) => i.result.score)).size).toBeGreaterThan(5);
      expectNoSecrets(all, await contactSecrets(t));
    });

    it("filters by country, topic and minimum score", async () => {
      const byCountry = await rankOffersFor(t.db, m, { countries: ["AT", "IT"] }, EVERYTHING);
      const expectedCountry = all.items.filter((i) => ["AT", "IT"].includes(i.offer.country));
      expect(expectedCountry.length).toBeGreaterThan(1);
      expect(byCountry.items.map((i) => i.offer.id)).toEqual(
        expectedCountry.map((i) => i.offer.id),
      );

      const byTopic = await rankOffersFor(t.db, m, { topics: ["culture"] }, EVERYTHING);
      // As on /offers, an offer open to any topic suits every topic filter.
      const withCulture = all.items.filter(
        (i) => i.offer.topics.includes("culture") || i.offer.openToAnyTopic,
      );
      expect(withCulture.some((i) => i.offer.openToAnyTopic)).toBe(true);
      expect(withCulture.length).toBeGreaterThan(1);
      expect(byTopic.items.length).toBeGreaterThanOrEqual(withCulture.length);
      for (const { offer } of byTopic.items) {
        expect(offer.topics.includes("culture") || offer.openToAnyTopic, offer.town).toBe(true);
      }
      for (const { offer } of withCulture) {
        expect(byTopic.items.map((i) => i.offer.id)).toContain(offer.id);
      }
      expectDescending(byTopic.items.map((i) => i.result.score));

      const minScore = all.items[Math.floor(all.items.length / 2)]!.result.score;
      const byScore = await rankOffersFor(t.db, m, { minScore }, EVERYTHING);
      expect(byScore.items.every((i) => i.result.score >= minScore)).toBe(true);
      expect(byScore.total).toBe(all.items.filter((i) => i.result.score >= minScore).length);
      expect((await rankOffersFor(t.db, m, { minScore: 101 }, EVERYTHING)).total).toBe(0);

      const combined = await rankOffersFor(
        t.db,
        m,
        { countries: ["AT", "IT"], minScore },
        EVERYTHING,
      );
      expect(combined.items.map((i) => i.offer.id)).toEqual(
        expectedCountry.filter((i) => i.result.score >= minScore).map((i) => i.offer.id),
      );
    });

    it("pages through the ranking and clamps a page beyond the end", async () => {
      const pageSize = 10;
      const pages = Math.ceil(all.total / pageSize);
      const first = await rankOffersFor(t.db, m, {}, { page: 1, pageSize });
      const second = await rankOffersFor(t.db, m, {}, { page: 2, pageSize });
      expect(first.pages).toBe(pages);
      expect(first.total).toBe(all.total);
      expect(first.items.map((i) => i.offer.id)).toEqual(
        all.items.slice(0, 10).map((i) => i.offer.id),
      );
      expect(second.page).toBe(2);
      expect(second.items.map((i) => i.offer.id)).toEqual(
        all.items.slice(10, 20).map((i) => i.offer.id),
      );
      const beyond = await rankOffersFor(t.db, m, {}, { page: 999, pageSize });
      expect(beyond.page).toBe(pages);
      expect(beyond.items.map((i) => i.offer.id)).toEqual(
        all.items.slice((pages - 1) * pageSize).map((i) => i.offer.id),
      );
      const before = await rankOffersFor(t.db, m, {}, { page: 0, pageSize });
      expect(before.page).toBe(1);
      const empty = await rankOffersFor(t.db, m, { minScore: 101 }, { page: 5, pageSize });
      expect(empty).toMatchObject({ total: 0, page: 1, pages: 1, items: [] });
    });

    it("never ranks an expired offer", async () => {
      const [top] = all.items;
      // Written as the models write: with updated_at, which the rankings' caches follow.
      await t.db
        .updateTable("offers")
        .set({ expires_on: addDays(today(), -1), updated_at: new Date().toISOString() })
        .where("id", "=", top!.offer.id)
        .execute();
      try {
        const ranked = await rankOffersFor(t.db, m, {}, EVERYTHING);
        expect(ranked.items.map((i) => i.offer.id)).not.toContain(top!.offer.id);
        expect(ranked.total).toBe(all.total - 1);
      } finally {
        await t.db
          .updateTable("offers")
          .set({ expires_on: top!.offer.expiresOn, updated_at: new Date().toISOString() })
          .where("id", "=", top!.offer.id)
          .execute();
      }
    });

    it("ranks every Czech municipality for the Kłodzko offer with public data only", async () => {
      const offer = (await listMatchableOffers(t.db)).find((o) => o.town === "Kłodzko")!;
      expect(offer).toBeDefined();
      const visible = await listPublicMunicipalities(t.db);
      const ranked = await rankMunicipalitiesFor(t.db, offer, {}, EVERYTHING);
      expect(ranked.total).toBe(visible.length);
      expect(ranked.total).toBeGreaterThanOrEqual(6_254);
      const profiles = await rankMunicipalitiesFor(t.db, offer, { profilesOnly: true }, EVERYTHING);
      expect(profiles.total).toBe(
        (await listPublicMunicipalities(t.db, { profilesOnly: true })).length,
      );
      expect(profiles.items.every((i) => i.municipality.hasProfile)).toBe(true);
      expectDescending(ranked.items.map((i) => i.result.score));
      expectExplained(ranked.items.map((i) => i.result));
      for (const { municipality } of ranked.items) {
        expect(Object.keys(municipality).filter((k) => CONTACT_KEYS.test(k))).toEqual([]);
      }
      expectNoSecrets(ranked, await contactSecrets(t));

      const [best] = ranked.items;
      const without = await rankMunicipalitiesFor(
        t.db,
        offer,
        {},
        EVERYTHING,
        best!.municipality.id,
      );
      expect(without.total).toBe(ranked.total - 1);
      expect(without.items.map((i) => i.municipality.id)).not.toContain(best!.municipality.id);

      const minScore = ranked.items[5]!.result.score;
      const filtered = await rankMunicipalitiesFor(t.db, offer, { minScore }, EVERYTHING);
      expect(filtered.items.every((i) => i.result.score >= minScore)).toBe(true);
      expect(filtered.total).toBe(ranked.items.filter((i) => i.result.score >= minScore).length);
    });

    it("scores a pair the same from either side", async () => {
      const offers = await listMatchableOffers(t.db);
      const klodzko = offers.find((o) => o.town === "Kłodzko")!;
      const fromOffer = await rankMunicipalitiesFor(t.db, klodzko, {}, EVERYTHING);
      const fromSlavonice = all.items.find((i) => i.offer.id === klodzko.id)!;
      const slavoniceForKlodzko = fromOffer.items.find((i) => i.municipality.id === m.id)!;
      expect(slavoniceForKlodzko.result.score).toBe(fromSlavonice.result.score);
    });

    it("keeps the best pairs, best first, bounded and above the minimum", async () => {
      const [municipalities, offers] = await Promise.all([
        listPublicMunicipalities(t.db, { profilesOnly: true }),
        listMatchableOffers(t.db),
      ]);
      const pairs = await bestPairs(t.db, {}, { page: 1, pageSize: BEST_PAIRS_LIMIT + 10 });
      expect(pairs.total).toBeLessThanOrEqual(BEST_PAIRS_LIMIT);
      expect(pairs.total).toBe(Math.min(BEST_PAIRS_LIMIT, municipalities.length * offers.length));
      expect(pairs.items).toHaveLength(pairs.total);
      expectDescending(pairs.items.map((i) => i.result.score));
      expectExplained(pairs.items.map((i) => i.result));
      const keys = pairs.items.map((i) => `${i.municipality.id}-${i.offer.id}`);
      expect(new Set(keys).size).toBe(keys.length);
      expectNoSecrets(pairs.items.slice(0, 50), await contactSecrets(t));

      // The best pair is the best score any municipality's own ranking finds.
      let best = 0;
      for (const municipality of municipalities) {
        const [top] = (await rankOffersFor(t.db, municipality, {}, { page: 1, pageSize: 1 })).items;
        best = Math.max(best, top?.result.score ?? 0);
      }
      expect(pairs.items[0]!.result.score).toBe(best);

      const minScore = pairs.items[20]!.result.score;
      const above = await bestPairs(t.db, { minScore }, { page: 1, pageSize: BEST_PAIRS_LIMIT });
      expect(above.total).toBeGreaterThan(0);
      expect(above.total).toBeLessThanOrEqual(BEST_PAIRS_LIMIT);
      expect(above.items.every((i) => i.result.score >= minScore)).toBe(true);
      expect((await bestPairs(t.db, { minScore: 101 }, { page: 1, pageSize: 20 })).total).toBe(0);

      // Pages continue where the previous one stopped.
      const page2 = await bestPairs(t.db, {}, { page: 2, pageSize: 20 });
      expect(page2.page).toBe(2);
      expect(page2.pages).toBe(Math.ceil(pairs.total / 20));
      expect(page2.items.map((i) => i.result.score)).toEqual(
        pairs.items.slice(20, 40).map((i) => i.result.score),
      );
      const last = await bestPairs(t.db, {}, { page: 10_000, pageSize: 20 });
      expect(last.page).toBe(last.pages);
    });
  });

  // ---- Weights and distance limits ------------------------------------------------------------

  describe("weights and distance limits", () => {
    let t: TestDb;
    let staff: { id: number; role: "staff" };
    let foreign: { id: number; role: "foreign" };
    beforeAll(async () => {
      t = await createSeededDb();
      staff = { id: await userId(t, "staff@spolu.example"), role: "staff" };
      foreign = { id: await userId(t, "foreign@spolu.example"), role: "foreign" };
    });
    afterAll(async () => {
      await t.cleanup();
    });

    it("uses the default weights until staff save some", async () => {
      expect(await countRows(t, "scoring_weights")).toBe(0);
      expect(await currentWeights(t.db)).toEqual({
        id: null,
        weights: DEFAULT_WEIGHTS,
        note: "",
        createdAt: null,
        createdBy: null,
      });
      expect(await listWeightVersions(t.db)).toEqual([]);
    });

    it("keeps every saved version, newest first, and ranks with the newest", async () => {
      const m = await slavonice(t);
      const before = await rankOffersFor(t.db, m, {}, EVERYTHING);
      expect(
        before.items.some((i) => i.result.reasons.some((r) => r.factor === "population")),
      ).toBe(true);

      await restoringWeights(t, async () => {
        const first: ScoringWeights = { ...DEFAULT_WEIGHTS, topics: 40 };
        const firstId = await saveWeights(t.db, first, "Víc témat.", staff.id);
        const second: ScoringWeights = { ...DEFAULT_WEIGHTS, population: 0, saturation: 0 };
        const secondId = await saveWeights(t.db, second, "Bez velikosti.", staff.id);
        expect(secondId).toBeGreaterThan(firstId);

        const current = await currentWeights(t.db);
        expect(current).toMatchObject({
          id: secondId,
          weights: second,
          note: "Bez velikosti.",
          createdBy: "Demo Svaz",
        });
        expect(Number.isNaN(Date.parse(current.createdAt!))).toBe(false);
        const versions = await listWeightVersions(t.db);
        expect(versions.map((v) => [v.id, v.note, v.weights])).toEqual([
          [secondId, "Bez velikosti.", second],
          [firstId, "Víc témat.", first],
        ]);
        expect((await listWeightVersions(t.db, 1)).map((v) => v.id)).toEqual([secondId]);

        // Population no longer counts: no such reason, and the scores move.
        const after = await rankOffersFor(t.db, m, {}, EVERYTHING);
        expect(after.total).toBe(before.total);
        expectExplained(after.items.map((i) => i.result));
        expectDescending(after.items.map((i) => i.result.score));
        for (const { result } of after.items) {
          expect(result.reasons.map((r) => r.factor)).not.toContain("population");
        }
        const scoreBefore = new Map(before.items.map((i) => [i.offer.id, i.result.score]));
        const changed = after.items.filter((i) => scoreBefore.get(i.offer.id) !== i.result.score);
        expect(changed.length).toBeGreaterThan(0);
        // The offer whose score leaned most on size moves the most surely.
        const scoreOf = (id: number, list: typeof before) =>
          list.items.find((i) => i.offer.id === id)!.result.score;
        const sizeDriven = before.items
          .map((i) => ({
            id: i.offer.id,
            share:
              (i.result.reasons.find((r) => r.factor === "population")?.points ?? 0) /
              Math.max(1, i.result.score),
          }))
          .sort((a, b) => b.share - a.share)[0]!;
        expect(scoreOf(sizeDriven.id, after)).not.toBe(scoreOf(sizeDriven.id, before));
      });
    });

    it("ignores a stored version that is not valid weights", async () => {
      await restoringWeights(t, async () => {
        await t.db
          .insertInto("scoring_weights")
          .values({ weights: "{not json", note: "broken", created_by: null, created_at: "x" })
          .execute();
        const current = await currentWeights(t.db);
        expect(current.note).toBe("broken");
        expect(current.createdBy).toBeNull();
        expect(current.weights).toEqual(DEFAULT_WEIGHTS);
      });
    });

    it("stores a profile's distance limit and shows it in the public view", async () => {
      const id = await makeRegisterEntry(t, ENTRY);
      await saveMunicipality(t.db, id, { ...profileInput, maxDistance: 150 }, staff);
      const row = await t.db
        .selectFrom("municipalities")
        .select("partner_max_distance_km")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(row.partner_max_distance_km).toBe(150);
      expect((await getPublicMunicipality(t.db, id))?.maxDistanceKm).toBe(150);
      const listed = (await listPublicMunicipalities(t.db)).find((m) => m.id === id)!;
      expect(listed.maxDistanceKm).toBe(150);
      expectNoSecrets(listed, ["jan@horni-dolni-private.example", "Jan Novák"]);

      // A side that asks for a distance gets it weighed, near offers first.
      const ranked = await rankOffersFor(t.db, listed, {}, EVERYTHING);
      const distance = (offer: PublicOffer) =>
        ranked.items
          .find((i) => i.offer.id === offer.id)!
          .result.reasons.find((r) => r.factor === "distance");
      const located = ranked.items.filter((i) => i.offer.lat !== null && i.offer.lon !== null);
      expect(located.length).toBeGreaterThan(5);
      for (const { offer } of located) expect(distance(offer), offer.town).toBeDefined();
      expectExplained(ranked.items.map((i) => i.result));

      // Cleared on the next save without a limit.
      await saveMunicipality(t.db, id, profileInput, staff);
      expect((await getPublicMunicipality(t.db, id))?.maxDistanceKm).toBeNull();
      const unlimited = (await listPublicMunicipalities(t.db)).find((m) => m.id === id)!;
      const plain = await rankOffersFor(t.db, unlimited, {}, EVERYTHING);
      for (const { result } of plain.items) {
        expect(result.reasons.map((r) => r.factor)).not.toContain("distance");
      }
      // Proximity counts without any limit, wherever both places are known.
      expect(unlimited.lat).not.toBeNull();
      for (const { offer, result } of plain.items.filter((i) => i.offer.lat !== null)) {
        expect(
          result.reasons.map((r) => r.factor),
          offer.town,
        ).toContain("proximity");
      }
    });

    it("stores an offer's distance limit and shows it in the public view", async () => {
      const id = await createOffer(
        t.db,
        { ...offerInput, maxDistance: 300 },
        { actor: foreign, authorId: foreign.id, source: "self", sourceDate: null, submit: true },
      );
      const stored = () =>
        t.db
          .selectFrom("offers")
          .select("partner_max_distance_km")
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
      expect((await stored()).partner_max_distance_km).toBe(300);
      expect((await getOfferForManager(t.db, id, foreign))?.maxDistanceKm).toBe(300);
      await transitionOffer(t.db, id, "approve", { user: staff, as: "staff" });
      const published = (await listMatchableOffers(t.db)).find((o) => o.id === id)!;
      expect(published.maxDistanceKm).toBe(300);
      expectNoSecrets(published, ["anna@gmuend-private.example", "Anna Gruber"]);

      await updateOffer(t.db, id, { ...offerInput, maxDistance: 80 }, staff);
      expect((await stored()).partner_max_distance_km).toBe(80);
      const updated = (await listMatchableOffers(t.db)).find((o) => o.id === id)!;
      expect(updated.maxDistanceKm).toBe(80);

      // Ranked for the Czech side, the offer's own limit is weighed.
      const ranked = await rankMunicipalitiesFor(t.db, updated, {}, EVERYTHING);
      const located = ranked.items.filter((i) => i.municipality.lat !== null);
      expect(located.length).toBeGreaterThan(5);
      for (const { result } of located) {
        expect(result.reasons.map((r) => r.factor)).toContain("distance");
      }
      expectExplained(ranked.items.map((i) => i.result));

      await updateOffer(t.db, id, offerInput, staff);
      expect((await stored()).partner_max_distance_km).toBeNull();
    });
  });

  // ---- Routes -------------------------------------------------------------------------------

  describe("routes", () => {
    let t: TestDb;
    let ids: Record<"mayor" | "foreign" | "staff" | "bareMayor" | "bareForeign", number>;
    let cookies: Record<keyof typeof ids, string>;
    let secrets: string[];
    let routes: {
      preview: typeof MatchPreviewRoute;
      matches: typeof MatchesRoute;
      scoring: typeof AdminScoringRoute;
      offer: typeof OfferRoute;
    };

    beforeAll(async () => {
      t = await createSeededDb();
      await useTestDatabase(t);
      const make = async (email: string, role: "foreign" | "mayor") =>
        (await makeUser(t, role, { email, name: email })).id;
      ids = {
        mayor: await userId(t, "mayor@spolu.example"),
        foreign: await userId(t, "foreign@spolu.example"),
        staff: await userId(t, "staff@spolu.example"),
        bareMayor: await make("bare-mayor@match.example", "mayor"),
        bareForeign: await make("bare-foreign@match.example", "foreign"),
      };
      cookies = {
        mayor: await cookieFor(t, ids.mayor),
        foreign: await cookieFor(t, ids.foreign),
        staff: await cookieFor(t, ids.staff),
        bareMayor: await cookieFor(t, ids.bareMayor),
        bareForeign: await cookieFor(t, ids.bareForeign),
      };
      secrets = await contactSecrets(t);
      routes = {
        preview: await import("~/routes/api.match-preview"),
        matches: await import("~/routes/matches"),
        scoring: await import("~/routes/admin.scoring"),
        offer: await import("~/routes/offers.$id"),
      };
    });
    afterAll(async () => {
      await t.cleanup();
    });

    // -- api.match-preview

    interface PreviewBody {
      results?: {
        offer: Record<string, unknown> & { id: number };
        score: number;
        reasons: {
          factor: string;
          points: number;
          max: number;
          text: { cs: string; en: string };
        }[];
      }[];
      errors?: Record<string, string>;
    }
    const preview = (query: string) =>
      call<PreviewBody>(routes.preview.loader, get(`/api/match-preview?${query}`));

    it("previews a rough profile against the published offers", async () => {
      const answer = await preview(
        "population=2400&interests=culture,tourism&languages=cs,en&kraj=CZ-31&country=AT&lat=49&lon=15.3&limit=7",
      );
      expect(answer.status).toBe(200);
      const results = answer.body.results!;
      expect(results).toHaveLength(7);
      expectDescending(results.map((r) => r.score));
      for (const r of results) {
        expect(Object.keys(r.offer).sort()).toEqual(["country", "id", "population", "town"]);
        expect(pointsOf(r)).toBe(r.score);
        expect(r.reasons.length).toBeGreaterThan(0);
      }
      expectNoSecrets(answer.body, secrets);

      const byDefault = await preview("population=2400&interests=culture");
      expect(byDefault.status).toBe(200);
      expect(byDefault.body.results).toHaveLength(10);
      const one = await preview("population=2400&limit=1");
      expect(one.body.results).toHaveLength(1);
      const most = await preview("population=2400&limit=50");
      expect(most.body.results).toHaveLength(
        Math.min(50, (await listMatchableOffers(t.db)).length),
      );
      expectDescending(most.body.results!.map((r) => r.score));
      for (const r of most.body.results!) expect(pointsOf(r)).toBe(r.score);
      // Lists may come repeated as well as comma-separated.
      const repeated = await preview("population=2400&interests=culture&interests=tourism&limit=5");
      const commas = await preview("population=2400&interests=culture,tourism&limit=5");
      expect(repeated.body).toEqual(commas.body);
    });

    it("answers a bad preview question with 400 and the field's error", async () => {
      const cases: [string, string][] = [
        ["interests=culture", "population"],
        ["population=", "population"],
        ["population=abc", "population"],
        ["population=-5", "population"],
        ["population=0", "population"],
        ["population=60000000", "population"],
        ["population=2400&interests=culture,nonsense", "interests"],
        ["population=2400&limit=0", "limit"],
        ["population=2400&limit=51", "limit"],
        ["population=2400&limit=abc", "limit"],
        ["population=2400&limit=2.5", "limit"],
        ["population=2400&country=CZ", "country"],
        ["population=2400&country=cz", "country"],
        ["population=2400&country=XX", "country"],
        ["population=2400&kraj=CZ-99", "kraj"],
        ["population=2400&lat=95&lon=15", "lat"],
        ["population=2400&lat=49&lon=200", "lon"],
        ["population=2400&languages=c1", "languages"],
      ];
      for (const [query, field] of cases) {
        const answer = await preview(query);
        expect(answer.status, query).toBe(400);
        expect(answer.body.errors?.[field], query).toEqual(expect.any(String));
        expect(answer.body.results, query).toBeUndefined();
      }
      const latOnly = await preview("population=2400&lat=49");
      expect(latOnly.status).toBe(400);
      expect(Object.keys(latOnly.body.errors ?? {})).toEqual(expect.arrayContaining(["lon"]));
      const lonOnly = await preview("population=2400&lon=15");
      expect(lonOnly.status).toBe(400);
      expect(Object.keys(lonOnly.body.errors ?? {})).toEqual(expect.arrayContaining(["lat"]));
      // Errors come in the reader's language.
      const en = await preview("population=abc&lang=en");
      const cs = await preview("population=abc&lang=cs");
      expect(en.body.errors?.population).not.toBe(cs.body.errors?.population);
    });

    it("never fails on weird preview input", async () => {
      const long = "x".repeat(100_000);
      const digits = "9".repeat(5_000);
      const queries = [
        `population=${long}`,
        `population=2400&interests=${long}`,
        `population=2400&interests=${Array.from({ length: 2_000 }, () => "culture").join(",")}`,
        `population=2400&languages=${Array.from({ length: 500 }, () => "de").join(",")}`,
        `population=2400&languages=${Array.from({ length: 13 }, (_, i) => `a${String.fromCharCode(97 + i)}`).join(",")}`,
        `population=2400&country=${long}&kraj=${long}`,
        `population=2400&lat=${long}&lon=${long}`,
        `population=${digits}`,
        `population=2400&limit=${digits}`,
        "population=2400&interests=,,,",
        "population=2400&interests=,,,&languages=,,",
        "population=100&population=abc",
        "population=abc&population=100",
        "population=2400&limit=5&limit=100",
        "population=2400&lat=NaN&lon=NaN",
        "population=2400&lat=Infinity&lon=-Infinity",
        "population=1e400",
        "population=2400&lat=1e400&lon=1",
        "population=0x10",
        "population=2400&__proto__=x&constructor=y&toString=z",
        "population=2400&interests=__proto__",
        "population=%00&interests=%00&country=%00",
        "population=2400&kraj=%E2%80%AE&country=%F0%9F%98%80",
        "population= 2 400 &interests= culture , tourism ",
        "",
        "&&&=&=",
      ];
      for (const query of queries) {
        const answer = await preview(query);
        expect([200, 400], query.slice(0, 80)).toContain(answer.status);
        if (answer.status === 200) {
          expectDescending(answer.body.results!.map((r) => r.score));
          for (const r of answer.body.results!) expect(pointsOf(r)).toBe(r.score);
        } else {
          expect(Object.keys(answer.body.errors ?? {}).length, query.slice(0, 80)).toBeGreaterThan(
            0,
          );
        }
      }
      expect((await preview("population=2400&interests=,,,")).status).toBe(200);
      expect((await preview("population=100&population=abc")).status).toBe(200);
      expect((await preview("population= 2 400 &interests= culture , tourism ")).status).toBe(200);
    });

    // -- matches

    interface MatchesBody {
      view: "mayor" | "foreign" | "staff" | "noProfile" | "noOffers";
      minScoreError: string | null;
      total?: number;
      page?: number;
      pages?: number;
      municipality?: { id: number; name: string };
      offers?: { id: number; town: string; status: string }[];
      offer?: { id: number; town: string; published: boolean };
      countryOptions?: { code: string; name: string }[];
      items?: ({ score: number; all: { points: number }[]; top: unknown[] } & Record<
        string,
        unknown
      >)[];
    }
    const matches = (query: string, cookie?: string) =>
      call<MatchesBody>(routes.matches.loader, get(`/matches${query}`, cookie));

    function expectRankedItems(body: MatchesBody): void {
      expect(body.items!.length).toBeGreaterThan(0);
      expect(body.items!.length).toBeLessThanOrEqual(20);
      expectDescending(body.items!.map((i) => i.score));
      for (const item of body.items!) {
        expect(item.all.reduce((s, r) => s + r.points, 0)).toBe(item.score);
        expect(item.top.length).toBeGreaterThan(0);
      }
    }

    it("sends anonymous visitors to sign in", async () => {
      const answer = await matches("?min=10");
      expect(answer.status).toBe(302);
      expect(answer.location).toMatch(/^\/login\?redirectTo=/);
      expect(decodeURIComponent(answer.location!)).toContain("/matches?min=10");
    });

    it("ranks offers for a mayor's municipality", async () => {
      const answer = await matches("", cookies.mayor);
      expect(answer.status).toBe(200);
      const body = answer.body;
      expect(body.view).toBe("mayor");
      expect(body.municipality?.name).toBe("Slavonice");
      expect(body.total).toBe((await listMatchableOffers(t.db)).length);
      expect(body.pages).toBe(Math.ceil(body.total! / 20));
      expectRankedItems(body);
      const ranked = await rankOffersFor(t.db, await slavonice(t), {}, { page: 1, pageSize: 20 });
      expect(body.items!.map((i) => [i.id, i.score])).toEqual(
        ranked.items.map((i) => [i.offer.id, i.result.score]),
      );
      expect(body.countryOptions!.length).toBeGreaterThan(5);
      expectNoSecrets(body, secrets, "mayor");

      const filtered = await matches("?country=at&country=IT&topic=heritage&min=30", cookies.mayor);
      expect(filtered.status).toBe(200);
      const offers = new Map((await listMatchableOffers(t.db)).map((o) => [o.id, o]));
      expect(filtered.body.items!.length).toBeGreaterThan(0);
      for (const item of filtered.body.items!) {
        const offer = offers.get(item.id as number)!;
        expect(["AT", "IT"]).toContain(offer.country);
        expect(offer.topics.includes("heritage") || offer.openToAnyTopic).toBe(true);
        expect(item.score).toBeGreaterThanOrEqual(30);
      }
      // Unknown countries and topics are ignored rather than failing.
      const ignored = await matches("?country=XX&topic=nonsense", cookies.mayor);
      expect(ignored.status).toBe(200);
      expect(ignored.body.total).toBe(body.total);

      const last = await matches("?page=9999", cookies.mayor);
      expect(last.status).toBe(200);
      expect(last.body.page).toBe(body.pages);
    });

    it("answers a bad minimum score with 400 for every role", async () => {
      for (const cookie of [cookies.mayor, cookies.foreign, cookies.staff]) {
        for (const min of ["abc", "-1", "101", "2.5"]) {
          const answer = await matches(`?min=${min}`, cookie);
          expect(answer.status, min).toBe(400);
          expect(answer.body.minScoreError, min).toEqual(expect.any(String));
        }
      }
      const ok = await matches("?min=%20", cookies.mayor);
      expect(ok.status).toBe(200);
      expect(ok.body.minScoreError).toBeNull();
    });

    it("ranks profiles for a foreign user's own offers only", async () => {
      const klodzko = await offerIdByTown(t, "Kłodzko");
      const someoneElses = await offerIdByTown(t, "Idrija");
      const answer = await matches("", cookies.foreign);
      expect(answer.status).toBe(200);
      expect(answer.body.view).toBe("foreign");
      expect(answer.body.offers!.map((o) => o.id)).toEqual([klodzko]);
      expect(answer.body.offer).toMatchObject({ id: klodzko, town: "Kłodzko", published: true });
      expect(answer.body.total).toBe((await listPublicMunicipalities(t.db)).length);
      expectRankedItems(answer.body);
      expectNoSecrets(answer.body, secrets, "foreign");

      const aimed = await matches(`?offer=${someoneElses}`, cookies.foreign);
      expect(aimed.status).toBe(200);
      expect(aimed.body.offer?.id).toBe(klodzko);
      expect(aimed.body.items).toEqual(answer.body.items);
      expectNoSecrets(aimed.body, secrets, "foreign aiming elsewhere");

      // A second own offer may be chosen; another town's never.
      const foreign = { id: ids.foreign, role: "foreign" as const };
      const own = await createOffer(t.db, offerInput, {
        actor: foreign,
        authorId: foreign.id,
        source: "self",
        sourceDate: null,
        submit: false,
      });
      const chosen = await matches(`?offer=${own}`, cookies.foreign);
      expect(chosen.body.offers!.map((o) => o.id).sort()).toEqual([klodzko, own].sort());
      expect(chosen.body.offer).toMatchObject({ id: own, town: "Gmünd", published: false });
      const back = await matches(`?offer=${klodzko}`, cookies.foreign);
      expect(back.body.offer?.id).toBe(klodzko);
      for (const query of [`?offer=${someoneElses}`, "?offer=abc", "?offer=-1", "?offer="]) {
        const fallback = await matches(query, cookies.foreign);
        expect(fallback.status, query).toBe(200);
        expect([klodzko, own], query).toContain(fallback.body.offer?.id);
        expect(fallback.body.offer?.id, query).not.toBe(someoneElses);
      }
      expectNoSecrets(chosen.body, secrets, "foreign draft");
      expect(JSON.stringify(chosen.body)).not.toContain("anna@gmuend-private.example");
    });

    it("shows staff the best pairs", async () => {
      const answer = await matches("", cookies.staff);
      expect(answer.status).toBe(200);
      expect(answer.body.view).toBe("staff");
      expect(answer.body.total).toBeLessThanOrEqual(BEST_PAIRS_LIMIT);
      expectRankedItems(answer.body);
      expect(answer.body.items).toHaveLength(20);
      expectNoSecrets(answer.body, secrets, "staff");
      const high = await matches("?min=90", cookies.staff);
      expect(high.body.items!.every((i) => i.score >= 90)).toBe(true);
      expect(high.body.total).toBeLessThan(answer.body.total!);
    });

    it("tells a mayor without a profile and a town without offers what to do first", async () => {
      const mayor = await matches("", cookies.bareMayor);
      expect(mayor.status).toBe(200);
      expect(mayor.body.view).toBe("noProfile");
      const foreign = await matches("", cookies.bareForeign);
      expect(foreign.status).toBe(200);
      expect(foreign.body.view).toBe("noOffers");
    });

    // -- admin.scoring

    const validWeights: Record<string, string> = {
      topics: "35",
      population: "20",
      language: "15",
      preferences: "10",
      distance: "10",
      proximity: "15",
      freshness: "10",
      saturation: "5",
    };

    it("refuses the scoring page to everyone but staff", async () => {
      const rows = await countRows(t, "scoring_weights");
      for (const cookie of [cookies.mayor, cookies.foreign]) {
        const page = await call(routes.scoring.loader, get("/admin/scoring", cookie));
        expect(page.status).toBe(403);
        const save = await call(
          routes.scoring.action,
          post("/admin/scoring", { ...validWeights, note: "x" }, cookie),
        );
        expect(save.status).toBe(403);
      }
      const anonymous = await call(
        routes.scoring.action,
        post("/admin/scoring", { ...validWeights, note: "x" }),
      );
      expect(anonymous.status).toBe(302);
      expect(await countRows(t, "scoring_weights")).toBe(rows);
    });

    it("lets staff save weights, and refuses bad ones without writing anything", async () => {
      interface ActionBody {
        errors?: Record<string, string>;
      }
      const rows = await countRows(t, "scoring_weights");
      const bad: [Record<string, string>, string][] = [
        [{ ...validWeights, topics: "150" }, "topics"],
        [{ ...validWeights, language: "abc" }, "language"],
        [{ ...validWeights, freshness: "-1" }, "freshness"],
        [{ ...validWeights, distance: "2.5" }, "distance"],
        // A missing or blank weight is refused, not saved as 0.
        [{ ...validWeights, population: "" }, "population"],
        [{ topics: "50" }, "population"],
        [
          {
            topics: "0",
            population: "0",
            language: "0",
            preferences: "0",
            distance: "0",
            proximity: "0",
            freshness: "0",
            saturation: "5",
          },
          "topics",
        ],
        [{ ...validWeights, note: "x".repeat(501) }, "note"],
      ];
      for (const [fields, field] of bad) {
        const answer = await call<ActionBody>(
          routes.scoring.action,
          post("/admin/scoring", fields, cookies.staff),
        );
        expect(answer.status, JSON.stringify(fields)).toBe(400);
        expect(answer.body.errors?.[field], field).toEqual(expect.any(String));
      }
      expect(await countRows(t, "scoring_weights")).toBe(rows);

      // The saved version is removed again: the other tests rank with the weights as they were.
      await restoringWeights(t, async () => {
        const saved = await call(
          routes.scoring.action,
          post("/admin/scoring", { ...validWeights, note: "Čerstvost víc." }, cookies.staff),
        );
        expect(saved.status).toBe(302);
        expect(saved.location).toBe("/admin/scoring");
        expect(await countRows(t, "scoring_weights")).toBe(rows + 1);
        const current = await currentWeights(t.db);
        expect(current.weights).toEqual(
          Object.fromEntries(Object.entries(validWeights).map(([k, v]) => [k, Number(v)])),
        );
        expect(current).toMatchObject({ note: "Čerstvost víc.", createdBy: "Demo Svaz" });
      });
    });

    it("reads a version saved before proximity existed with proximity at its default", async () => {
      const { proximity: _added, ...older } = { ...DEFAULT_WEIGHTS, topics: 33 };
      const row = await t.db
        .insertInto("scoring_weights")
        .values({
          weights: JSON.stringify(older),
          note: "Před blízkostí.",
          created_by: null,
          created_at: new Date().toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      try {
        const current = await currentWeights(t.db);
        expect(current.id).toBe(row.id);
        // Kept in force (not replaced by the defaults), the new factor added at its default.
        expect(current.weights).toEqual({ ...older, proximity: DEFAULT_WEIGHTS.proximity });
        // The preview of a link from before proximity keeps the weight in force for it.
        const query = new URLSearchParams(
          Object.fromEntries(Object.entries(older).map(([k, v]) => [k, String(v)])),
        );
        const page = await call<{ errors: Record<string, string>; preview: { after: unknown[] } }>(
          routes.scoring.loader,
          get(`/admin/scoring?${query}`, cookies.staff),
        );
        expect(page.status).toBe(200);
        expect(page.body.errors).toEqual({});
        expect(page.body.preview.after.length).toBeGreaterThan(0);
      } finally {
        await t.db.deleteFrom("scoring_weights").where("id", "=", row.id).execute();
      }
    });

    it("previews proposed weights for staff without saving them", async () => {
      interface ScoringBody {
        current: { weights: ScoringWeights };
        history: unknown[];
        preview: {
          municipalityId: number;
          before: { id: number; score: number; newRank?: number | null }[];
          after: { id: number; score: number; oldRank: number | null }[] | null;
        } | null;
        errors: Record<string, string>;
      }
      const rows = await countRows(t, "scoring_weights");
      const plain = await call<ScoringBody>(
        routes.scoring.loader,
        get("/admin/scoring", cookies.staff),
      );
      expect(plain.status).toBe(200);
      expect(plain.body.preview?.before.length).toBeGreaterThan(0);
      expect(plain.body.preview?.after).toBeNull();
      expect(plain.body.history).toHaveLength(rows);

      const slavoniceId = (await slavonice(t)).id;
      const query = new URLSearchParams({
        ...validWeights,
        population: "100",
        municipality: String(slavoniceId),
      });
      const proposed = await call<ScoringBody>(
        routes.scoring.loader,
        get(`/admin/scoring?${query}`, cookies.staff),
      );
      expect(proposed.status).toBe(200);
      expect(proposed.body.errors).toEqual({});
      expect(proposed.body.preview?.municipalityId).toBe(slavoniceId);
      const after = proposed.body.preview?.after;
      expect(after?.length).toBeGreaterThan(0);
      expectDescending(after!.map((a) => a.score));
      expectDescending(proposed.body.preview!.before.map((b) => b.score));
      expect(proposed.body.preview!.before.every((b) => b.newRank !== undefined)).toBe(true);
      expectNoSecrets(proposed.body, secrets, "scoring preview");
      expect(await countRows(t, "scoring_weights")).toBe(rows);

      const badProposals: Record<string, string>[] = [
        { ...validWeights, topics: "150" },
        { ...validWeights, topics: "abc" },
        { ...validWeights, language: "-3" },
        Object.fromEntries(Object.keys(validWeights).map((k) => [k, "0"])),
      ];
      for (const proposal of badProposals) {
        const bad = await call<ScoringBody>(
          routes.scoring.loader,
          get(`/admin/scoring?${new URLSearchParams(proposal)}`, cookies.staff),
        );
        const label = JSON.stringify(proposal);
        expect(bad.status, label).toBe(400);
        expect(Object.keys(bad.body.errors).length, label).toBeGreaterThan(0);
        expect(bad.body.preview?.after, label).toBeNull();
      }
      const forbidden = await call(
        routes.scoring.loader,
        get(`/admin/scoring?${query}`, cookies.mayor),
      );
      expect(forbidden.status).toBe(403);
    });

    // -- offers.$id

    it("shows a mayor their fit on a published offer, and nobody else", async () => {
      interface OfferBody {
        fit: {
          name: string;
          score: number;
          reasons: { factor: string; points: number; text: string }[];
        } | null;
      }
      const idrija = await offerIdByTown(t, "Idrija");
      const params = { id: String(idrija) };
      const mayor = await call<OfferBody>(
        routes.offer.loader,
        get(`/offers/${idrija}`, cookies.mayor),
        params,
      );
      expect(mayor.status).toBe(200);
      const fit = mayor.body.fit!;
      expect(fit.name).toBe("Slavonice");
      expect(fit.reasons.length).toBeGreaterThan(0);
      expect(pointsOf(fit)).toBe(fit.score);
      for (const reason of fit.reasons) expect(typeof reason.text).toBe("string");
      const ranked = await rankOffersFor(t.db, await slavonice(t), {}, EVERYTHING);
      expect(fit.score).toBe(ranked.items.find((i) => i.offer.id === idrija)!.result.score);
      expectNoSecrets(mayor.body, secrets, "mayor offer page");

      for (const [who, cookie] of [
        ["visitor", undefined],
        ["foreign", cookies.foreign],
        ["staff", cookies.staff],
      ] as const) {
        const page = await call<OfferBody>(
          routes.offer.loader,
          get(`/offers/${idrija}`, cookie),
          params,
        );
        expect(page.status, who).toBe(200);
        expect(page.body.fit, who).toBeNull();
      }
      // The author of another offer sees their own page without a fit either.
      const klodzko = await offerIdByTown(t, "Kłodzko");
      const own = await call<OfferBody>(
        routes.offer.loader,
        get(`/offers/${klodzko}`, cookies.foreign),
        { id: String(klodzko) },
      );
      expect(own.status).toBe(200);
      expect(own.body.fit).toBeNull();
    });
  });
});
