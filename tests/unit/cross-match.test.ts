// The cross-match behind staff's best pairs: the ceiling never undercuts a real
// score, and the pruned scan keeps exactly what scoring every pair and keeping the
// best (topByScore, ties in order) keeps, whatever the limit, minimum and weights.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  TopPairs,
  WEIGHT_KEYS,
  crossMatchRows,
  evaluate,
  prepareMunicipality,
  prepareOffer,
  scoreCeiling,
  topByScore,
  weightTable,
  type PreparedOffer,
  type ScoringWeights,
} from "~/domain/scoring";
import { syntheticMunicipalities, syntheticOffers } from "../bench/synthetic";

const TODAY = "2026-12-01";
const MS = syntheticMunicipalities(80, 5).map(prepareMunicipality);
const RAW_OFFERS = syntheticOffers(80, TODAY, 9);
const OS = RAW_OFFERS.map((o) => prepareOffer(o, TODAY));
// Offers 0, 5, 10, … carry open requests; some pairs see them with their own left out.
const LOADED = RAW_OFFERS.map((o, j) =>
  j % 5 === 0 ? prepareOffer({ ...o, openRequests: 6 }, TODAY) : null,
);
const OWN = RAW_OFFERS.map((o, j) =>
  j % 5 === 0 ? prepareOffer({ ...o, openRequests: 5 }, TODAY) : null,
);
const OWN_PAIRS = new Set(
  Array.from({ length: 40 }, (_, k) => ((k * 37) % MS.length) * OS.length + ((k * 5) % OS.length)),
);
const BASE = OS.map((o, j) => LOADED[j] ?? o);

const weightsArb: fc.Arbitrary<ScoringWeights> = fc
  .tuple(...WEIGHT_KEYS.map(() => fc.integer({ min: 0, max: 60 })))
  .map((values) => Object.fromEntries(WEIGHT_KEYS.map((k, i) => [k, values[i]])) as ScoringWeights);

/** Every pair scored in (row, column) order and the best kept: the plain way. */
function bruteForce(weights: ScoringWeights, limit: number, minScore: number) {
  const table = weightTable(weights);
  const all: { row: number; col: number }[] = [];
  for (let i = 0; i < MS.length; i++)
    for (let j = 0; j < BASE.length; j++) all.push({ row: i, col: j });
  const offerOf = ({ row, col }: { row: number; col: number }): PreparedOffer =>
    OWN[col] && OWN_PAIRS.has(row * BASE.length + col) ? OWN[col]! : BASE[col]!;
  return topByScore(all, (p) => evaluate(MS[p.row]!, offerOf(p), table), limit, minScore).map(
    ({ item, score }) => ({ ...item, score }),
  );
}

function pruned(weights: ScoringWeights, limit: number, minScore: number, slices = 1) {
  const table = weightTable(weights);
  const top = new TopPairs(limit, minScore);
  const step = Math.ceil(MS.length / slices);
  for (let from = 0; from < MS.length; from += step)
    crossMatchRows(
      MS,
      BASE,
      table,
      top,
      { from, to: Math.min(MS.length, from + step) },
      {
        offers: OWN,
        pairs: OWN_PAIRS,
      },
    );
  return top.toArray();
}

describe("scoreCeiling", () => {
  it("is never below the pair's score, for any weights", () => {
    fc.assert(
      fc.property(weightsArb, (weights) => {
        const table = weightTable(weights);
        for (const m of MS.slice(0, 40))
          for (const o of [...BASE, ...OWN.filter((x) => x !== null)])
            expect(scoreCeiling(m, o, table)).toBeGreaterThanOrEqual(evaluate(m, o, table));
      }),
      { numRuns: 12 },
    );
  });

  it("is below 100 for pairs that share no topic, so they can be skipped", () => {
    const table = weightTable(DEFAULT_WEIGHTS);
    const disjoint = MS.flatMap((m) =>
      BASE.filter((o) => (m.topics & o.topics) === 0 && !o.openToAnyTopic).map((o) =>
        scoreCeiling(m, o, table),
      ),
    );
    expect(disjoint.length).toBeGreaterThan(100);
    expect(Math.max(...disjoint)).toBeLessThan(100);
  });
});

describe("crossMatchRows into TopPairs", () => {
  it("keeps exactly what scoring every pair keeps, ties in order", () => {
    fc.assert(
      fc.property(
        weightsArb,
        fc.constantFrom(1, 7, 60, 500, 20_000),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 1, max: 7 }),
        (weights, limit, minScore, slices) => {
          expect(pruned(weights, limit, minScore, slices)).toEqual(
            bruteForce(weights, limit, minScore),
          );
        },
      ),
      { numRuns: 20 },
    );
  });

  it("keeps nothing with a zero limit, and everything scoring at least the minimum", () => {
    expect(pruned(DEFAULT_WEIGHTS, 0, 0)).toEqual([]);
    const all = pruned(DEFAULT_WEIGHTS, MS.length * OS.length, 40);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((p) => p.score >= 40)).toBe(true);
    expect(all).toHaveLength(bruteForce(DEFAULT_WEIGHTS, MS.length * OS.length, 40).length);
  });
});
