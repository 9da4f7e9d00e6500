// Staff's best pairs are precomputed (app/models/best-pairs.server.ts): after every
// kind of change the list depends on — a profile, an offer, a partnership, a
// request, the weights — the scheduler's refresh must store exactly what scoring
// every pair from scratch gives. The oracle below is the plain way: every profile
// against every matchable offer, scored one by one, the best kept by topByScore.
// A stale list is shown only while a new one is computed, and never shows a pair
// that is no longer public. Runs on SQLite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  evaluate,
  prepareMunicipality,
  prepareOffer,
  topByScore,
  weightTable,
} from "~/domain/scoring";
import {
  BEST_PAIRS_LIMIT,
  bestPairs,
  bestPairsRefreshing,
  readBestPairs,
  refreshBestPairs,
  refreshBestPairsIfStale,
} from "~/models/best-pairs.server";
import { createContact, openRequestsByOffer, othersOpenRequests } from "~/models/contact.server";
import {
  currentWeights,
  municipalityForMatching,
  offerForMatching,
  saveWeights,
} from "~/models/match.server";
import { today } from "~/domain/dates";
import { listPublicMunicipalities, saveMunicipality } from "~/models/municipality.server";
import { listMatchableOffers, transitionOffer, updateOffer } from "~/models/offer.server";
import { removePartnership } from "~/models/partnership.server";
import {
  makeMunicipality,
  makeOffer,
  makePartnership,
  makeUser,
  offerInput,
  profileInput,
  type TestUser,
} from "../support/factories";
import { createSeededDb, dialectName, type TestDb } from "../support/test-db";

type Pair = [number, number, number];

describe(`staff's precomputed best pairs on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createSeededDb();
    staff = await makeUser(t, "staff");
  });
  afterAll(() => t.cleanup());

  /** Every pair scored from scratch, the best kept: what the stored list must equal. */
  async function scoredFromScratch(): Promise<Pair[]> {
    const [municipalities, offers, { weights }, open] = await Promise.all([
      listPublicMunicipalities(t.db, { profilesOnly: true }),
      listMatchableOffers(t.db),
      currentWeights(t.db),
      openRequestsByOffer(t.db),
    ]);
    const table = weightTable(weights);
    const date = today();
    const pairs = municipalities.flatMap((m) => offers.map((o) => ({ m, o })));
    return topByScore(
      pairs,
      ({ m, o }) =>
        evaluate(
          prepareMunicipality(municipalityForMatching(m)),
          prepareOffer(offerForMatching(o, othersOpenRequests(open, m.id, o.id)), date),
          table,
        ),
      BEST_PAIRS_LIMIT,
    ).map(({ item, score }) => [item.m.id, item.o.id, score]);
  }

  async function stored(): Promise<Pair[]> {
    return (await readBestPairs(t.db))?.pairs ?? [];
  }

  /** What the scheduler does after a change: it must notice it and store the fresh list. */
  async function expectRefreshedToScratch(): Promise<Pair[]> {
    expect(await refreshBestPairsIfStale(t.db)).toBe(true);
    const list = await stored();
    expect(list).toEqual(await scoredFromScratch());
    // Nothing changed since: the next tick leaves it be.
    expect(await refreshBestPairsIfStale(t.db)).toBe(false);
    return list;
  }

  const scoreOf = (list: Pair[], m: number, o: number) =>
    list.find(([mm, oo]) => mm === m && oo === o)?.[2];

  /** A mayor's municipality and a published offer that fit each other about perfectly. */
  async function closePair() {
    const mayor = await makeUser(t, "mayor", { emailVerified: true });
    const interests = ["culture", "sport", "environment"];
    const municipality = await makeMunicipality(
      t,
      mayor.id,
      staff.id,
      {
        population: 5_000,
        lat: 48.85,
        lon: 14.9,
        interests,
        languages: ["cs", "de"],
        seeksCountries: ["AT"],
        seeksAnyCountry: false,
      },
      { verify: true },
    );
    const offer = await makeOffer(t, null, staff.id, {
      population: 5_500,
      lat: 48.77,
      lon: 14.98,
      topics: interests,
      languages: ["de", "cs"],
    });
    return { mayor, municipality, offer };
  }

  it("stores exactly the fresh list after new profiles and offers", async () => {
    await refreshBestPairs(t.db);
    const { municipality, offer } = await closePair();
    const list = await expectRefreshedToScratch();
    expect(scoreOf(list, municipality, offer)).toBeGreaterThanOrEqual(90);
  });

  it("follows a profile's edit", async () => {
    const { mayor, municipality, offer } = await closePair();
    await expectRefreshedToScratch();
    await saveMunicipality(
      t.db,
      municipality,
      profileInput({ interests: ["tourism"], languages: ["cs"] }),
      { id: mayor.id, role: "mayor" },
    );
    const list = await expectRefreshedToScratch();
    expect(scoreOf(list, municipality, offer) ?? 0).toBeLessThan(90);
  });

  it("follows an offer's edit and its closing", async () => {
    const { municipality, offer } = await closePair();
    const before = scoreOf(await expectRefreshedToScratch(), municipality, offer);
    await updateOffer(t.db, offer, offerInput({ topics: ["tourism"], lat: 41.9, lon: 12.5 }), {
      id: staff.id,
      role: "staff",
    });
    expect(scoreOf(await expectRefreshedToScratch(), municipality, offer) ?? 0).toBeLessThan(
      before!,
    );
    await transitionOffer(t.db, offer, "close", {
      user: { id: staff.id, role: "staff" },
      as: "staff",
    });
    const list = await expectRefreshedToScratch();
    expect(list.some(([, o]) => o === offer)).toBe(false);
  });

  it("follows a partnership added and removed", async () => {
    const { municipality, offer } = await closePair();
    const before = scoreOf(await expectRefreshedToScratch(), municipality, offer)!;
    // Partners in the offer's country already: the saturation factor lowers the pair.
    const ids = [];
    for (const town of ["Gmünd", "Zwettl", "Horn"])
      ids.push(
        await makePartnership(t, municipality, staff.id, { town, country: "AT", sinceYear: 1995 }),
      );
    expect(scoreOf(await expectRefreshedToScratch(), municipality, offer)).toBeLessThan(before);
    for (const id of ids)
      await removePartnership(t.db, municipality, id, "Duplicate", { id: staff.id, role: "staff" });
    expect(scoreOf(await expectRefreshedToScratch(), municipality, offer)).toBe(before);
  });

  it("follows requests sent to an offer", async () => {
    const { mayor, municipality, offer } = await closePair();
    await expectRefreshedToScratch();
    await createContact(
      t.db,
      { municipalityId: municipality, offerId: offer, message: "Dobrý den.", topics: ["culture"] },
      { id: mayor.id, role: "mayor", emailVerified: true },
    );
    // Its own request does not lower the municipality's own pair (the oracle agrees).
    await expectRefreshedToScratch();
  });

  it("follows new weights", async () => {
    const { municipality, offer } = await closePair();
    const before = scoreOf(await expectRefreshedToScratch(), municipality, offer);
    await saveWeights(t.db, { ...DEFAULT_WEIGHTS, topics: 0, population: 80 }, "test", staff.id);
    const list = await expectRefreshedToScratch();
    expect(scoreOf(list, municipality, offer)).not.toBe(before);
    await saveWeights(t.db, DEFAULT_WEIGHTS, "back", staff.id);
    await expectRefreshedToScratch();
  });

  it("shows a stale list while a new one is computed, without pairs no longer public", async () => {
    const { municipality, offer } = await closePair();
    await refreshBestPairs(t.db);
    const fresh = await bestPairs(t.db, {}, { page: 1, pageSize: BEST_PAIRS_LIMIT });
    expect(fresh.updating).toBe(false);
    expect(fresh.items.some((i) => i.offer.id === offer)).toBe(true);

    await transitionOffer(t.db, offer, "close", {
      user: { id: staff.id, role: "staff" },
      as: "staff",
    });
    // As on a large database: the page does not wait for the computation.
    const stale = await bestPairs(
      t.db,
      {},
      { page: 1, pageSize: BEST_PAIRS_LIMIT },
      { syncPairs: 0 },
    );
    expect(stale.updating).toBe(true);
    expect(stale.computedAt).toBe(fresh.computedAt);
    expect(stale.items.some((i) => i.offer.id === offer)).toBe(false);
    expect(stale.items.some((i) => i.municipality.id === municipality)).toBe(
      fresh.items.some((i) => i.municipality.id === municipality && i.offer.id !== offer),
    );

    await bestPairsRefreshing(t.db);
    const after = await bestPairs(
      t.db,
      {},
      { page: 1, pageSize: BEST_PAIRS_LIMIT },
      { syncPairs: 0 },
    );
    expect(after.updating).toBe(false);
    expect(after.items.map((i) => [i.municipality.id, i.offer.id, i.result.score])).toEqual(
      await scoredFromScratch(),
    );
  });

  it("recomputes a small stale list before answering", async () => {
    await refreshBestPairs(t.db);
    const { municipality, offer } = await closePair();
    const page = await bestPairs(t.db, {}, { page: 1, pageSize: BEST_PAIRS_LIMIT });
    expect(page.updating).toBe(false);
    expect(page.items.some((i) => i.municipality.id === municipality && i.offer.id === offer)).toBe(
      true,
    );
  });
});
