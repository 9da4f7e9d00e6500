// "Similar requests" on an offer's page: other live requests a reader of this one may also
// want, by what they share. Pure; the offer page gives it the matchable offers.

export interface SimilarCandidate {
  id: number;
  country: string;
  population: number;
  topics: readonly string[];
  openToAnyTopic: boolean;
}

/** How alike two requests are: shared topics count most, then the country, then the size. */
export function similarity(a: SimilarCandidate, b: SimilarCandidate): number {
  const shared = a.topics.filter((topic) => b.topics.includes(topic)).length;
  const union = new Set([...a.topics, ...b.topics]).size;
  // An offer open to any topic shares a little with everything, but less than a real match.
  const topics = union > 0 ? shared / union : 0;
  const open = a.openToAnyTopic || b.openToAnyTopic ? 0.2 : 0;
  const country = a.country === b.country ? 0.5 : 0;
  const ratio = Math.min(a.population, b.population) / Math.max(a.population, b.population, 1);
  return 2 * Math.max(topics, open) + country + 0.5 * ratio;
}

/**
 * The `limit` requests most like `offer`, most alike first. Alike in size alone is not
 * alike: a candidate must share a topic or the country.
 */
export function similarOffers<T extends SimilarCandidate>(
  offer: SimilarCandidate,
  candidates: readonly T[],
  limit = 4,
): T[] {
  return candidates
    .filter(
      (c) =>
        c.id !== offer.id &&
        (c.country === offer.country || c.topics.some((topic) => offer.topics.includes(topic))),
    )
    .map((c) => ({ c, score: similarity(offer, c) }))
    .sort((x, y) => y.score - x.score || y.c.id - x.c.id)
    .slice(0, limit)
    .map(({ c }) => c);
}
