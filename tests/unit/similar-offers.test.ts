import { describe, expect, it } from "vitest";
import { similarOffers, similarity, type SimilarCandidate } from "~/domain/similar-offers";

const offer = (over: Partial<SimilarCandidate> & { id: number }): SimilarCandidate => ({
  country: "PL",
  population: 50_000,
  topics: ["culture", "sport"],
  openToAnyTopic: false,
  ...over,
});

describe("similarOffers", () => {
  const base = offer({ id: 1 });

  it("ranks shared topics first, then the country, then a like size", () => {
    const sameTopicsAbroad = offer({ id: 2, country: "DE" });
    const sameCountryOtherTopics = offer({ id: 3, topics: ["economy"] });
    const sameBoth = offer({ id: 4, population: 48_000 });
    const sameBothSmall = offer({ id: 5, population: 900 });
    const ranked = similarOffers(base, [
      sameCountryOtherTopics,
      sameTopicsAbroad,
      sameBothSmall,
      sameBoth,
    ]);
    expect(ranked.map((o) => o.id)).toEqual([4, 5, 2, 3]);
  });

  it("leaves out the offer itself and offers that share neither a topic nor the country", () => {
    const unrelated = offer({ id: 6, country: "IT", topics: ["economy"] });
    expect(similarOffers(base, [base, unrelated])).toEqual([]);
  });

  it("keeps at most the limit asked", () => {
    const many = Array.from({ length: 10 }, (_, i) => offer({ id: 10 + i }));
    expect(similarOffers(base, many, 4)).toHaveLength(4);
  });

  it("is symmetric", () => {
    const a = offer({ id: 1, topics: ["culture"], population: 1_000 });
    const b = offer({ id: 2, topics: ["culture", "youth"], country: "SK", population: 9_000 });
    expect(similarity(a, b)).toBe(similarity(b, a));
  });
});
