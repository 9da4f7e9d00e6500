// Which sentences explain a score, always with the numbers behind them: each reason is a
// list of phrases (./phrase.ts: a message of app/i18n/<language>/reasons.ts and its values),
// which app/i18n/phrases.server.ts writes in the reader's language.
import { INTEREST_CODES } from "./interests";
import { KRAJE } from "./kraje";
import { WORKING_LANGUAGES } from "./languages";
import { codes, type Phrase, type TownName } from "./phrase";
import {
  PROXIMITY_FULL_KM,
  PROXIMITY_ZERO_KM,
  RANGE_TIE_BREAK,
  SATURATION_REQUESTS,
  STALE_DAYS,
  type Details,
  type Factor,
  type PreparedMunicipality,
  type PreparedOffer,
} from "./scoring-model";

/** One sentence of a reason. */
export type ReasonPhrase = Phrase<"reason.">;

/** The sentences of one reason, in order. */
export type Explanation = ReasonPhrase[];

/** Who reads the sentence: the municipality is "you" only to its own mayor. */
export type Perspective = "municipality" | "offer" | "staff";

/** Lists in one fixed order, so the sentence does not depend on the order data came in. */
const LANGUAGE_ORDER = new Map<string, number>(WORKING_LANGUAGES.map((c, i) => [c, i]));
const KRAJ_ORDER = new Map<string, number>(KRAJE.map((k, i) => [k.code, i]));
const ordered = (list: Iterable<string>, order: Map<string, number>) =>
  [...new Set(list)].sort(
    (a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || a.localeCompare(b),
  );

/** The municipality as the sentences name it: "your municipality" to its own mayor. */
function who(m: PreparedMunicipality, perspective: Perspective) {
  return { you: perspective === "municipality" ? "yes" : "no", name: m.source.name };
}

/** The offer's town, for the reader's name of it. */
function townOf(o: PreparedOffer): TownName {
  const { placeId, town: name, country } = o.source;
  return { town: { placeId: placeId ?? null, name, country } };
}

/** Which of a wished range's bounds are set, and their values (0 for one not set). */
function bounds(min: number | null, max: number | null) {
  return {
    bounds: min !== null && max !== null ? "both" : min !== null ? "min" : "max",
    min: min ?? 0,
    max: max ?? 0,
  };
}

/** What a population outside the wished range means, by how far outside it is. */
function outside(fit: number): ReasonPhrase {
  return fit >= 0.8 * (1 - RANGE_TIE_BREAK)
    ? { key: "reason.population.justOutside" }
    : { key: "reason.population.outside" };
}

function sharedTopics(m: PreparedMunicipality, o: PreparedOffer): string[] {
  return INTEREST_CODES.filter((code) => {
    const i = INTEREST_CODES.indexOf(code);
    return ((m.topics & o.topics) >> i) & 1;
  });
}

function topicsText(m: PreparedMunicipality, o: PreparedOffer, p: Perspective): Explanation {
  const W = who(m, p);
  const town = townOf(o);
  if (!m.known) return [{ key: "reason.topics.noProfile", values: W }];
  if (m.topicCount === 0) return [{ key: "reason.topics.noneListed", values: W }];
  const shared = sharedTopics(m, o);
  if (shared.length > 0) {
    const topics = codes("topic", shared);
    if (o.topicCount === 1)
      return [{ key: "reason.topics.onlyOne", values: { ...W, town, topics } }];
    const phrases: Explanation = [
      {
        key: "reason.topics.shared",
        values: { ...W, town, topics, shared: shared.length, total: o.topicCount },
      },
    ];
    if (o.source.openToAnyTopic) phrases.push({ key: "reason.topics.openToo", values: { town } });
    return phrases;
  }
  if (o.source.openToAnyTopic) return [{ key: "reason.topics.anyTopic", values: { town } }];
  const wanted = INTEREST_CODES.filter((c) => o.source.topics.includes(c));
  return [{ key: "reason.topics.noneShared", values: { town, topics: codes("topic", wanted) } }];
}

const inRange = (logValue: number, logMin: number, logMax: number) =>
  logValue >= logMin && logValue <= logMax;

function populationText(
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Explanation {
  const W = who(m, p);
  const town = townOf(o);
  const population = m.source.population;
  const townPopulation = o.source.population;
  // Inside a range, the tie-break for similar size is worth a sentence once it costs half a point.
  const max = d.maxima[1] as number;
  const tieBreakShows = (fit: number) => (1 - fit) * max >= 0.5;
  const phrases: Explanation = [];
  if (o.hasRange) {
    const inside = inRange(m.logPopulation, o.logMin, o.logMax);
    const fit = d.b[1] as number;
    phrases.push({
      key: "reason.population.offerRange",
      values: { ...W, town, population, ...bounds(o.source.partnerMin, o.source.partnerMax) },
    });
    if (!inside) phrases.push(outside(fit));
    else if (tieBreakShows(fit))
      phrases.push({
        key: "reason.population.similarToTown",
        values: { town, population: townPopulation },
      });
  }
  if (m.hasRange) {
    const inside = inRange(o.logPopulation, m.logMin, m.logMax);
    const fit = d.a[1] as number;
    phrases.push({
      key: "reason.population.municipalityRange",
      values: {
        ...W,
        town,
        population: townPopulation,
        ...bounds(m.source.partnerMin, m.source.partnerMax),
      },
    });
    if (!inside) phrases.push(outside(fit));
    else if (tieBreakShows(fit))
      phrases.push({
        key: "reason.population.similarToMunicipality",
        values: { ...W, population },
      });
  }
  if (phrases.length === 0) {
    phrases.push({
      key: "reason.population.compare",
      values: { ...W, town, townPopulation, population },
    });
  }
  return phrases;
}

function languageText(m: PreparedMunicipality, o: PreparedOffer, p: Perspective): Explanation {
  const W = who(m, p);
  const town = townOf(o);
  const mine = new Set(m.known ? m.source.languages : ["cs"]);
  const theirs = ordered(o.source.languages, LANGUAGE_ORDER);
  const literal = theirs.filter((code) => mine.has(code));
  const mutual =
    literal.length === 0 &&
    ((mine.has("cs") && theirs.includes("sk")) || (mine.has("sk") && theirs.includes("cs")));
  const common = mutual ? theirs.filter((c) => c === "cs" || c === "sk") : literal;
  if (common.length === 0 && !m.known) {
    return [{ key: "reason.language.noProfile", values: { ...W, town } }];
  }
  if (common.length === 0) {
    return [
      {
        key: "reason.language.none",
        values: {
          ...W,
          town,
          theirs: codes("language", theirs),
          mine: codes("language", ordered(mine, LANGUAGE_ORDER)),
        },
      },
    ];
  }
  const phrases: Explanation = [
    { key: "reason.language.common", values: { languages: codes("language", common) } },
  ];
  if (mutual) phrases.push({ key: "reason.language.mutual" });
  return phrases;
}

function preferencesText(m: PreparedMunicipality, o: PreparedOffer, p: Perspective): Explanation {
  const W = who(m, p);
  const town = townOf(o);
  const phrases: Explanation = [];
  if (m.seeks !== null) {
    const country = o.source.country;
    phrases.push({
      key: m.seeks.has(country) ? "reason.preferences.countryIn" : "reason.preferences.countryOut",
      values: {
        ...W,
        town,
        country: codes("country", [country]),
        countries: codes("country", [...m.seeks].sort()),
      },
    });
  }
  if (o.kraje !== 0 && m.krajBit !== 0) {
    const kraj = codes("kraj", m.source.kraj ? [m.source.kraj] : []);
    phrases.push(
      (o.kraje & m.krajBit) !== 0
        ? { key: "reason.preferences.krajIn", values: { ...W, town, kraj } }
        : {
            key: "reason.preferences.krajOut",
            values: {
              ...W,
              town,
              kraj,
              kraje: codes("kraj", ordered(o.source.preferredKraje, KRAJ_ORDER)),
            },
          },
    );
  }
  return phrases;
}

function distanceText(
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Explanation {
  const km = Math.round(d.distanceKm);
  const phrases: Explanation = [];
  if (m.source.maxDistanceKm !== null) {
    phrases.push({
      key: "reason.distance.municipality",
      values: { ...who(m, p), max: m.source.maxDistanceKm, km },
    });
  }
  if (o.source.maxDistanceKm !== null) {
    phrases.push({
      key: "reason.distance.town",
      values: { town: townOf(o), max: o.source.maxDistanceKm, km },
    });
  }
  return phrases;
}

function proximityText(
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Explanation {
  const fit = d.a[5] as number;
  return [
    {
      key: "reason.proximity",
      values: {
        ...who(m, p),
        town: townOf(o),
        km: Math.round(d.distanceKm),
        points: fit >= 1 ? "full" : fit <= 0 ? "none" : "some",
        full: PROXIMITY_FULL_KM,
        zero: PROXIMITY_ZERO_KM,
        // Half the points at the geometric mean of the curve's two ends (~170 km).
        half: Math.round(Math.sqrt(PROXIMITY_FULL_KM * PROXIMITY_ZERO_KM) / 10) * 10,
      },
    },
  ];
}

function freshnessText(o: PreparedOffer): Explanation {
  const days = o.ageDays;
  return [{ key: "reason.freshness", values: { days, stale: days >= STALE_DAYS ? "yes" : "no" } }];
}

function saturationText(
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Explanation {
  const phrases: Explanation = [];
  const partners = d.partnersInCountry;
  if (partners > 0) {
    phrases.push({
      key: "reason.saturation.country",
      values: { ...who(m, p), count: partners, country: codes("country", [o.source.country]) },
    });
  }
  const requests = o.source.openRequests;
  if (requests > 0) {
    phrases.push({
      key: "reason.saturation.requests",
      values: { town: townOf(o), count: requests, limit: SATURATION_REQUESTS },
    });
  }
  return phrases;
}

export function explainBalance(
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Explanation {
  return [
    {
      key: "reason.balance",
      values: {
        ...who(m, p),
        town: townOf(o),
        municipality: Math.round(100 * d.sideA),
        offer: Math.round(100 * d.sideB),
      },
    },
  ];
}

export function explainFactor(
  factor: Factor,
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Explanation {
  switch (factor) {
    case "topics":
      return topicsText(m, o, p);
    case "population":
      return populationText(m, o, d, p);
    case "language":
      return languageText(m, o, p);
    case "preferences":
      return preferencesText(m, o, p);
    case "distance":
      return distanceText(m, o, d, p);
    case "proximity":
      return proximityText(m, o, d, p);
    case "freshness":
      return freshnessText(o);
    case "saturation":
      return saturationText(m, o, d, p);
    case "balance":
      return explainBalance(m, o, d, p);
  }
}
