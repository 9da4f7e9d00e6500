import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INTEREST_CODES } from "~/domain/interests";
import { KRAJE } from "~/domain/kraje";
import {
  evaluate,
  explain,
  POSITIVE_FACTORS,
  prepareMunicipality,
  prepareOffer,
  proximityFit,
  weightTable,
  WEIGHT_KEYS,
  type MatchMunicipality,
  type MatchOffer,
  type MatchResult,
  type Perspective,
  type ScoringWeights,
} from "~/domain/scoring";
import { foreignTownShortName } from "~/i18n/place-names.server";
import { inCs, inEn } from "../support/phrases";

const TODAY = "2026-05-01";
const RUNS = { numRuns: 500 };
const LANGUAGES = ["cs", "sk", "en", "de", "pl", "it", "fr"] as const;
const COUNTRIES = ["PL", "SK", "DE", "AT", "IT", "UA", "FR"] as const;
const KRAJ_CODES = KRAJE.map((k) => k.code);
const MAX_POPULATION = 5_000_000;

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(date) - days * 86_400_000).toISOString().slice(0, 10);
}

const population = fc.integer({ min: 1, max: MAX_POPULATION });

/** No range, a closed range (min ≤ max), or a range open on one side. */
const range: fc.Arbitrary<{ min: number | null; max: number | null }> = fc.oneof(
  fc.constant({ min: null, max: null }),
  fc.tuple(population, population).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
  population.map((min) => ({ min, max: null })),
  population.map((max) => ({ min: null, max })),
);

/** Both coordinates within Europe, or neither. */
const place = fc.option(
  fc.record({
    lat: fc.double({ min: 35, max: 70, noNaN: true }),
    lon: fc.double({ min: -10, max: 40, noNaN: true }),
  }),
  { nil: null },
);

const maxDistanceKm = fc.option(fc.integer({ min: 10, max: 3_000 }), { nil: null });

const municipalityArb: fc.Arbitrary<MatchMunicipality> = fc
  .record({
    name: fc.constantFrom("Slavonice", "Praha", "Telč", "Zelená Lhota"),
    hasProfile: fc.boolean(),
    population,
    kraj: fc.option(fc.constantFrom(...KRAJ_CODES), { nil: null }),
    place,
    interests: fc.subarray([...INTEREST_CODES]),
    languages: fc.subarray([...LANGUAGES]),
    seeksCountries: fc.subarray([...COUNTRIES]),
    seeksAnyCountry: fc.boolean(),
    range,
    maxDistanceKm,
    partnerCountries: fc.array(fc.constantFrom(...COUNTRIES), { maxLength: 5 }),
  })
  .map(({ place, range, ...m }) => ({
    ...m,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    partnerMin: range.min,
    partnerMax: range.max,
  }));

const offerArb: fc.Arbitrary<MatchOffer> = fc
  .record({
    id: fc.nat(),
    town: fc.constantFrom("Wołomin", "Montefranco", "Lutsk", "Levoča"),
    country: fc.constantFrom(...COUNTRIES),
    population,
    place,
    topics: fc.subarray([...INTEREST_CODES]),
    openToAnyTopic: fc.boolean(),
    range,
    preferredKraje: fc.subarray(KRAJ_CODES, { maxLength: 4 }),
    languages: fc.subarray([...LANGUAGES]),
    maxDistanceKm,
    age: fc.option(fc.integer({ min: 0, max: 730 }), { nil: null }),
    openRequests: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ place, range, age, ...o }) => ({
    ...o,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    partnerMin: range.min,
    partnerMax: range.max,
    publishedOn: age === null ? null : daysBefore(TODAY, age),
    status: "published",
    expiresOn: "2027-05-01",
  }));

const weightsArb: fc.Arbitrary<ScoringWeights> = fc
  .record(
    Object.fromEntries(WEIGHT_KEYS.map((k) => [k, fc.integer({ min: 0, max: 100 })])) as Record<
      keyof ScoringWeights,
      fc.Arbitrary<number>
    >,
  )
  .filter((w) => POSITIVE_FACTORS.some((f) => w[f] > 0));

const perspectiveArb = fc.constantFrom<Perspective>("municipality", "offer", "staff");

function run(
  m: MatchMunicipality,
  o: MatchOffer,
  weights: ScoringWeights,
  perspective: Perspective = "municipality",
): MatchResult {
  return explain(prepareMunicipality(m), prepareOffer(o, TODAY), weightTable(weights), {
    perspective,
  });
}

function scoreOf(m: MatchMunicipality, o: MatchOffer, weights: ScoringWeights): number {
  return evaluate(prepareMunicipality(m), prepareOffer(o, TODAY), weightTable(weights));
}

const isPositive = (factor: string) => (POSITIVE_FACTORS as readonly string[]).includes(factor);

describe("scoring properties", () => {
  it("gives an integer score in 0–100 that equals the sum of its reasons", () => {
    fc.assert(
      fc.property(
        municipalityArb,
        offerArb,
        weightsArb,
        perspectiveArb,
        (m, o, weights, perspective) => {
          const result = run(m, o, weights, perspective);
          expect(Number.isInteger(result.score)).toBe(true);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          expect(result.reasons.reduce((s, r) => s + r.points, 0)).toBe(result.score);
          expect(scoreOf(m, o, weights)).toBe(result.score);
          for (const r of result.reasons) {
            expect(Number.isInteger(r.points)).toBe(true);
            expect(inCs(r).length).toBeGreaterThan(0);
            expect(inEn(r).length).toBeGreaterThan(0);
          }
        },
      ),
      RUNS,
    );
  });

  it("keeps positive factors within 0..max and penalties at or below zero", () => {
    fc.assert(
      fc.property(municipalityArb, offerArb, weightsArb, (m, o, weights) => {
        const result = run(m, o, weights);
        for (const r of result.reasons) {
          if (isPositive(r.factor)) {
            expect(r.points).toBeGreaterThanOrEqual(0);
            expect(r.points).toBeLessThanOrEqual(r.max);
          } else {
            expect(r.points).toBeLessThanOrEqual(0);
          }
        }
        // The factors that apply share 100 points (none, when all their weights are 0).
        const total = result.reasons.reduce((s, r) => s + (isPositive(r.factor) ? r.max : 0), 0);
        expect([0, 100]).toContain(total);
      }),
      RUNS,
    );
  });

  it("never lowers the score when both sides gain a topic neither had", () => {
    fc.assert(
      fc.property(municipalityArb, offerArb, weightsArb, fc.nat(), (m, o, weights, pick) => {
        const fresh = INTEREST_CODES.filter(
          (t) => !m.interests.includes(t) && !o.topics.includes(t),
        );
        fc.pre(fresh.length > 0);
        const topic = fresh[pick % fresh.length] as string;
        const before = scoreOf(m, o, weights);
        const after = scoreOf(
          { ...m, interests: [...m.interests, topic] },
          { ...o, topics: [...o.topics, topic] },
          weights,
        );
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it("never lowers the score when the offer gains a topic the municipality has", () => {
    fc.assert(
      fc.property(municipalityArb, offerArb, weightsArb, fc.nat(), (m, o, weights, pick) => {
        const candidates = m.interests.filter((t) => !o.topics.includes(t));
        fc.pre(candidates.length > 0);
        const topic = candidates[pick % candidates.length] as string;
        const before = scoreOf(m, o, weights);
        const after = scoreOf(m, { ...o, topics: [...o.topics, topic] }, weights);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  /** A population inside the offer's range, `t` of the way from its lower to its upper end. */
  const insideOf = (o: MatchOffer, t: number) => {
    const lo = o.partnerMin ?? 1;
    const hi = o.partnerMax ?? MAX_POPULATION;
    return Math.min(hi, Math.max(lo, Math.round(lo + t * (hi - lo))));
  };
  const isInside = (o: MatchOffer, population: number) =>
    (o.partnerMin === null || population >= o.partnerMin) &&
    (o.partnerMax === null || population <= o.partnerMax);

  it("never lowers the score when the municipality's size moves from outside into the offer's range", () => {
    fc.assert(
      fc.property(
        municipalityArb,
        offerArb,
        weightsArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (m, o, weights, t) => {
          fc.pre(o.partnerMin !== null || o.partnerMax !== null);
          // The municipality's own range weighs the sizes' similarity too (the tie-break), so
          // its side may move either way; the offer's side and, without such a range, the score not.
          fc.pre(!isInside(o, m.population));
          const moved = { ...m, population: insideOf(o, t) };
          const before = run(m, o, weights);
          const after = run(moved, o, weights);
          expect(after.sides.offer).toBeGreaterThanOrEqual(before.sides.offer);
          if (m.partnerMin === null && m.partnerMax === null) {
            expect(after.score).toBeGreaterThanOrEqual(before.score);
          }
        },
      ),
      RUNS,
    );
  });

  it("inside a range, never lowers the score when the sizes get more similar", () => {
    fc.assert(
      fc.property(
        municipalityArb,
        offerArb,
        weightsArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (m, o, weights, t, u) => {
          fc.pre(o.partnerMin !== null || o.partnerMax !== null);
          const noRange = { ...m, partnerMin: null, partnerMax: null };
          const a = insideOf(o, t);
          const b = insideOf(o, u);
          const log = (n: number) => Math.log10(Math.max(1, n));
          const [closer, farther] =
            Math.abs(log(a) - log(o.population)) <= Math.abs(log(b) - log(o.population))
              ? [a, b]
              : [b, a];
          const near = scoreOf({ ...noRange, population: closer }, o, weights);
          const far = scoreOf({ ...noRange, population: farther }, o, weights);
          expect(near).toBeGreaterThanOrEqual(far);
        },
      ),
      RUNS,
    );
  });

  describe("proximity", () => {
    const onlyProximity = Object.fromEntries(
      WEIGHT_KEYS.map((k) => [k, k === "proximity" ? 100 : 0]),
    ) as ScoringWeights;
    const lat = fc.double({ min: 35, max: 70, noNaN: true });
    const lon = fc.double({ min: -10, max: 40, noNaN: true });
    const rad = Math.PI / 180;
    /** The point `km` from (lat, lon) towards `bearing` (degrees), on a sphere. */
    const destination = (from: { lat: number; lon: number }, bearing: number, km: number) => {
      const d = km / 6371;
      const [p1, l1, b] = [from.lat * rad, from.lon * rad, bearing * rad];
      const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
      const l2 =
        l1 +
        Math.atan2(
          Math.sin(b) * Math.sin(d) * Math.cos(p1),
          Math.cos(d) - Math.sin(p1) * Math.sin(p2),
        );
      return { lat: p2 / rad, lon: l2 / rad };
    };
    const haversineKm = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
      const h =
        Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
        Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
      return 2 * 6371 * Math.asin(Math.sqrt(h));
    };

    it("never rises with distance, along any direction", () => {
      fc.assert(
        fc.property(
          municipalityArb,
          offerArb,
          lat,
          lon,
          fc.double({ min: 0, max: 360, noNaN: true }),
          fc.double({ min: 0, max: 3_000, noNaN: true }),
          fc.double({ min: 0, max: 3_000, noNaN: true }),
          (m, o, la, lo, bearing, d1, d2) => {
            const home = { lat: la, lon: lo };
            const [near, far] = d1 <= d2 ? [d1, d2] : [d2, d1];
            const at = (km: number) =>
              scoreOf(
                { ...m, ...home },
                { ...o, ...destination(home, bearing, km) },
                onlyProximity,
              );
            expect(at(near)).toBeGreaterThanOrEqual(at(far));
          },
        ),
        RUNS,
      );
    });

    it("is bounded and follows the curve: full nearby, nothing from 1,000 km", () => {
      fc.assert(
        fc.property(municipalityArb, offerArb, lat, lon, lat, lon, (m, o, la1, lo1, la2, lo2) => {
          const a = { lat: la1, lon: lo1 };
          const b = { lat: la2, lon: lo2 };
          const result = run({ ...m, ...a }, { ...o, ...b }, onlyProximity);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          // Read from a table in half-kilometre steps: within a point of the exact curve.
          expect(
            Math.abs(result.score - 100 * proximityFit(haversineKm(a, b))),
          ).toBeLessThanOrEqual(1);
          const km = haversineKm(a, b);
          if (km <= 29) expect(result.score).toBe(100);
          if (km >= 1_001) expect(result.score).toBe(0);
        }),
        RUNS,
      );
    });

    it("is symmetric: the two places swapped give the same score, with any weights", () => {
      fc.assert(
        fc.property(
          municipalityArb,
          offerArb,
          weightsArb,
          lat,
          lon,
          lat,
          lon,
          (m, o, weights, la1, lo1, la2, lo2) => {
            const a = { lat: la1, lon: lo1 };
            const b = { lat: la2, lon: lo2 };
            const there = run({ ...m, ...a }, { ...o, ...b }, weights);
            const back = run({ ...m, ...b }, { ...o, ...a }, weights);
            expect(back.score).toBe(there.score);
            expect(back.sides).toEqual(there.sides);
          },
        ),
        RUNS,
      );
    });

    it("is explained in both languages with the distance and the other town's name", () => {
      fc.assert(
        fc.property(
          municipalityArb,
          offerArb,
          weightsArb,
          perspectiveArb,
          lat,
          lon,
          lat,
          lon,
          (m, o, weights, perspective, la1, lo1, la2, lo2) => {
            // Weight enough for at least a whole point of the 100 (smaller shares show no reason).
            const w = { ...weights, proximity: Math.max(weights.proximity, 50) };
            const a = { lat: la1, lon: lo1 };
            const b = { lat: la2, lon: lo2 };
            const result = run({ ...m, ...a }, { ...o, ...b }, w, perspective);
            const proximity = result.reasons.find((r) => r.factor === "proximity");
            expect(proximity).toBeDefined();
            const km = Math.round(haversineKm(a, b));
            const digits = (text: string) => text.replace(/[\s,]/g, "");
            expect(digits(inCs(proximity!))).toContain(`${km}km`);
            expect(digits(inEn(proximity!))).toContain(`${km}km`);
            // The town as each reader knows it (Luck for Lutsk in Czech).
            const town = { placeId: null, name: o.town, country: o.country };
            expect(inCs(proximity!)).toContain(foreignTownShortName(town, "cs"));
            expect(inEn(proximity!)).toContain(foreignTownShortName(town, "en"));
            if (perspective === "municipality") {
              expect(inCs(proximity!)).toContain("vaší obce");
              expect(inEn(proximity!)).toContain("your municipality");
            } else {
              expect(inCs(proximity!)).toContain(m.name);
              expect(inEn(proximity!)).toContain(m.name);
            }
          },
        ),
        RUNS,
      );
    });
  });

  describe("does not depend on the order of topics, interests and languages", () => {
    const shuffled = fc
      .tuple(municipalityArb, offerArb, weightsArb, perspectiveArb)
      .chain(([m, o, weights, perspective]) =>
        fc.record({
          m: fc.constant(m),
          o: fc.constant(o),
          weights: fc.constant(weights),
          perspective: fc.constant(perspective),
          interests: fc.shuffledSubarray([...m.interests], { minLength: m.interests.length }),
          mLanguages: fc.shuffledSubarray([...m.languages], { minLength: m.languages.length }),
          topics: fc.shuffledSubarray([...o.topics], { minLength: o.topics.length }),
          oLanguages: fc.shuffledSubarray([...o.languages], { minLength: o.languages.length }),
        }),
      );
    const pairOf = (c: ShuffleCase) => {
      const before = run(c.m, c.o, c.weights, c.perspective);
      const after = run(
        { ...c.m, interests: c.interests, languages: c.mLanguages },
        { ...c.o, topics: c.topics, languages: c.oLanguages },
        c.weights,
        c.perspective,
      );
      return { before, after };
    };

    it("in the score, the factors and their points", () => {
      fc.assert(
        fc.property(shuffled, (c) => {
          const { before, after } = pairOf(c);
          expect(after.score).toBe(before.score);
          expect(after.sides).toEqual(before.sides);
          const numbers = (r: MatchResult) =>
            r.reasons.map(({ factor, points, max }) => ({ factor, points, max }));
          expect(numbers(after)).toEqual(numbers(before));
        }),
        RUNS,
      );
    });

    it("in the reasons' sentences", () => {
      fc.assert(
        fc.property(shuffled, (c) => {
          const { before, after } = pairOf(c);
          expect(after.reasons).toEqual(before.reasons);
        }),
        RUNS,
      );
    });
  });
});

interface ShuffleCase {
  m: MatchMunicipality;
  o: MatchOffer;
  weights: ScoringWeights;
  perspective: Perspective;
  interests: string[];
  mLanguages: string[];
  topics: string[];
  oLanguages: string[];
}
