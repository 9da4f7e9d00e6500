import { describe, expect, it } from "vitest";
import {
  topReasons,
  apportion,
  DEFAULT_WEIGHTS,
  evaluate,
  explain,
  isMatchable,
  POSITIVE_FACTORS,
  prepareMunicipality,
  prepareOffer,
  proximityFit,
  RANGE_TIE_BREAK,
  saturationShare,
  topByScore,
  weightTable,
  type MatchMunicipality,
  type MatchOffer,
  type MatchResult,
  type Perspective,
  type Reason,
  type ScoringWeights,
} from "~/domain/scoring";
import { LOCALES, type Locale } from "~/i18n";
import { explanationText } from "~/i18n/phrases.server";
import { inCs, inEn } from "../support/phrases";

const TODAY = "2026-05-01";
const cs = new Intl.NumberFormat("cs-CZ");
const en = new Intl.NumberFormat("en-GB");

function municipality(overrides: Partial<MatchMunicipality> = {}): MatchMunicipality {
  return {
    name: "Slavonice",
    hasProfile: true,
    population: 2_400,
    kraj: "CZ-63",
    lat: null,
    lon: null,
    interests: ["culture", "tourism"],
    languages: ["cs", "en"],
    seeksCountries: [],
    seeksAnyCountry: true,
    partnerMin: null,
    partnerMax: null,
    maxDistanceKm: null,
    partnerCountries: [],
    ...overrides,
  };
}

function offer(overrides: Partial<MatchOffer> = {}): MatchOffer {
  return {
    id: 100,
    town: "Somewhere",
    country: "AT",
    population: 3_000,
    lat: null,
    lon: null,
    topics: ["culture"],
    openToAnyTopic: false,
    partnerMin: null,
    partnerMax: null,
    preferredKraje: [],
    languages: ["de"],
    maxDistanceKm: null,
    publishedOn: "2026-04-10",
    openRequests: 0,
    status: "published",
    expiresOn: "2027-04-10",
    ...overrides,
  };
}

// The seed offers from the issue.
const WOLOMIN = offer({
  id: 1,
  town: "Wołomin",
  country: "PL",
  population: 53_000,
  topics: ["environment", "culture", "agriculture_land"],
  languages: ["pl"],
  publishedOn: "2026-04-03",
});
const MONTEFRANCO = offer({
  id: 2,
  town: "Montefranco",
  country: "IT",
  population: 1_300,
  topics: [],
  openToAnyTopic: true,
  partnerMin: 1_000,
  partnerMax: 5_000,
  languages: ["it"],
  publishedOn: "2026-04-10",
});
const LUTSK = offer({
  id: 3,
  town: "Lutsk",
  country: "UA",
  population: 217_000,
  topics: ["culture"],
  languages: ["uk"],
  publishedOn: "2026-04-17",
});
const SEED = [WOLOMIN, MONTEFRANCO, LUTSK];

const CULTURE_TOWN = municipality({
  population: 2_400,
  interests: ["culture", "tourism"],
  languages: ["cs", "en"],
});
const PRAGUE = municipality({
  name: "Praha",
  population: 1_300_000,
  kraj: "CZ-10",
  interests: ["culture", "tourism", "economy"],
});
const GREEN_TOWN = municipality({
  name: "Zelená Lhota",
  population: 8_000,
  interests: ["environment", "agriculture_land"],
});

function score(
  m: MatchMunicipality,
  o: MatchOffer,
  weights: ScoringWeights = DEFAULT_WEIGHTS,
  perspective: Perspective = "municipality",
): MatchResult {
  return explain(prepareMunicipality(m), prepareOffer(o, TODAY), weightTable(weights), {
    perspective,
  });
}

function reason(result: MatchResult, factor: Reason["factor"]): Reason {
  const found = result.reasons.find((r) => r.factor === factor);
  if (!found) throw new Error(`no ${factor} reason in ${JSON.stringify(result.reasons)}`);
  return found;
}

function ranking(m: MatchMunicipality, offers: MatchOffer[] = SEED): string[] {
  return offers
    .map((o) => ({ town: o.town, score: score(m, o).score }))
    .sort((a, b) => b.score - a.score)
    .map((r) => r.town);
}

describe("seed scenarios from the issue", () => {
  it("ranks Montefranco first for a culture-minded town of 2,400, with full population points", () => {
    expect(ranking(CULTURE_TOWN)[0]).toBe("Montefranco");
    const montefranco = score(CULTURE_TOWN, MONTEFRANCO);
    for (const other of [WOLOMIN, LUTSK]) {
      expect(montefranco.score).toBeGreaterThan(score(CULTURE_TOWN, other).score);
    }
    const population = reason(montefranco, "population");
    expect(population.max).toBeGreaterThan(0);
    expect(population.points).toBe(population.max);
    expect(inCs(population)).toBe(
      `Montefranco hledá obec s ${cs.format(1_000)}–${cs.format(5_000)} obyvateli; ` +
        `vaše obec má ${cs.format(2_400)}.`,
    );
    // The same sentence with plain spaces, as the issue wrote it.
    expect(inCs(population).replace(/\u00a0/g, " ")).toBe(
      "Montefranco hledá obec s 1 000–5 000 obyvateli; vaše obec má 2 400.",
    );
    expect(inEn(population)).toBe(
      "Montefranco seeks a town of 1,000–5,000 inhabitants; yours has 2,400.",
    );
  });

  it("does not put Montefranco high for Prague", () => {
    const order = ranking(PRAGUE);
    expect(order[order.length - 1]).toBe("Montefranco");
    const forPrague = score(PRAGUE, MONTEFRANCO);
    expect(forPrague.score).toBeLessThan(score(CULTURE_TOWN, MONTEFRANCO).score);
    for (const other of [WOLOMIN, LUTSK]) {
      expect(forPrague.score).toBeLessThan(score(PRAGUE, other).score);
    }
    const population = reason(forPrague, "population");
    expect(population.points).toBe(0);
    expect(inCs(population)).toContain(`${cs.format(1_000)}–${cs.format(5_000)}`);
    expect(inCs(population)).toContain(cs.format(1_300_000));
    expect(inCs(population)).toContain("mimo požadovaný rozsah");
    expect(inEn(population)).toContain("1,000–5,000");
    expect(inEn(population)).toContain("1,300,000");
  });

  it("ranks Wołomin first for a town interested in environment and agriculture", () => {
    expect(ranking(GREEN_TOWN)[0]).toBe("Wołomin");
    const topics = reason(score(GREEN_TOWN, WOLOMIN), "topics");
    expect(inEn(topics)).toBe(
      "2 of Wołomin's 3 topics match yours: environment, agriculture and land.",
    );
    expect(inCs(topics)).toBe(
      "2 z 3 témat, která uvádí Wołomin, odpovídají zájmům vaší obce: " +
        "životní prostředí, zemědělství a půda.",
    );
    expect(topics.points).toBeGreaterThan(0);
    expect(topics.points).toBeLessThan(topics.max);
  });
});

describe("reasons", () => {
  const pairs: [string, MatchMunicipality, MatchOffer][] = [];
  for (const m of [CULTURE_TOWN, PRAGUE, GREEN_TOWN]) {
    for (const o of SEED) pairs.push([`${m.name} ${m.population} × ${o.town}`, m, o]);
  }
  pairs.push([
    "a busy, lopsided pair",
    municipality({
      population: 1_300_000,
      partnerMin: 1_000,
      partnerMax: 5_000,
      seeksAnyCountry: false,
      seeksCountries: ["IT"],
      lat: 50.08,
      lon: 14.43,
      maxDistanceKm: 2_000,
      partnerCountries: ["IT", "IT", "PL"],
    }),
    offer({
      ...MONTEFRANCO,
      preferredKraje: ["CZ-31"],
      lat: 42.6,
      lon: 12.65,
      maxDistanceKm: 100,
      openRequests: 7,
      publishedOn: "2025-09-01",
    }),
  ]);

  it.each(pairs)("are complete and add up to the score: %s", (_name, m, o) => {
    const result = score(m, o);
    expect(Number.isInteger(result.score)).toBe(true);
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const r of result.reasons) {
      expect(r.factor).toBeTruthy();
      expect(Number.isInteger(r.points)).toBe(true);
      expect(Number.isInteger(r.max)).toBe(true);
      expect(inCs(r).length).toBeGreaterThan(0);
      expect(inEn(r).length).toBeGreaterThan(0);
      if ((POSITIVE_FACTORS as readonly string[]).includes(r.factor)) {
        expect(r.points).toBeGreaterThanOrEqual(0);
        expect(r.points).toBeLessThanOrEqual(r.max);
      } else {
        expect(r.points).toBeLessThanOrEqual(0);
        expect(r.max).toBe(0);
      }
    }
    expect(result.reasons.reduce((s, r) => s + r.points, 0)).toBe(result.score);
    const prepared = [prepareMunicipality(m), prepareOffer(o, TODAY)] as const;
    expect(evaluate(...prepared, weightTable(DEFAULT_WEIGHTS))).toBe(result.score);
  });

  // explanationText keeps what it wrote: a kept text must be the one for that language and
  // those values, however the calls interleave.
  it("are written for each language and pair, whatever was written before", () => {
    const texts = (m: MatchMunicipality, o: MatchOffer, locale: Locale) =>
      score(m, o).reasons.map((r) => explanationText(r.text, locale));
    const first = texts(CULTURE_TOWN, MONTEFRANCO, "cs");
    const english = texts(CULTURE_TOWN, MONTEFRANCO, "en");
    const other = texts(PRAGUE, MONTEFRANCO, "cs");
    expect(english).not.toEqual(first);
    expect(other).not.toEqual(first);
    expect(texts(CULTURE_TOWN, MONTEFRANCO, "cs")).toEqual(first);
    expect(texts(CULTURE_TOWN, MONTEFRANCO, "en")).toEqual(english);
    expect(english.join(" ")).toMatch(/[a-z]/);
    expect(first.join(" ")).toMatch(/[áčďéěíňóřšťúůýž]/);
  });

  // Issue 18: a card showed a −2 while a +15 hid under "all reasons".
  it.each(pairs)("shows the largest contributions first: %s", (_name, m, o) => {
    const result = score(m, o);
    const top = topReasons(result);
    expect(top).toHaveLength(Math.min(3, result.reasons.length));
    const smallestShown = Math.min(...top.map((r) => Math.abs(r.points)));
    for (const r of result.reasons.filter((x) => !top.includes(x)))
      expect(Math.abs(r.points)).toBeLessThanOrEqual(smallestShown);
  });

  it("positive maxima add up to 100", () => {
    const result = score(CULTURE_TOWN, MONTEFRANCO);
    const positive = result.reasons.filter((r) => r.max > 0);
    expect(positive.reduce((s, r) => s + r.max, 0)).toBe(100);
  });
});

describe("language", () => {
  it("treats Czech and Slovak as mutually understood", () => {
    const result = score(
      municipality({ languages: ["cs"] }),
      offer({ country: "SK", languages: ["sk"] }),
    );
    const language = reason(result, "language");
    expect(language.max).toBeGreaterThan(0);
    expect(language.points).toBe(language.max);
    expect(inCs(language)).toContain("vzájemně srozumitelné");
    expect(inEn(language)).toContain("mutually understood");
  });
  it("gives nothing for Czech against Polish", () => {
    const language = reason(
      score(municipality({ languages: ["cs"] }), offer({ country: "PL", languages: ["pl"] })),
      "language",
    );
    expect(language.points).toBe(0);
    expect(inEn(language)).toContain("No working language in common");
  });
  it("counts a literal common language without the Czech–Slovak remark", () => {
    const language = reason(
      score(municipality({ languages: ["cs", "de"] }), offer({ languages: ["de"] })),
      "language",
    );
    expect(language.points).toBe(language.max);
    expect(inCs(language)).toBe("Společný pracovní jazyk: němčina.");
    expect(inEn(language)).not.toContain("mutually");
  });
});

describe("distance", () => {
  const SLAVONICE = { lat: 48.9976, lon: 15.3517 };
  const LINZ = { lat: 48.3069, lon: 14.2858 }; // about 110 km
  const VALENCIA = { lat: 39.4699, lon: -0.3763 }; // about 1,500 km

  it("does not apply when neither side sets a limit (proximity does)", () => {
    const result = score(municipality(SLAVONICE), offer(LINZ));
    expect(result.reasons.map((r) => r.factor)).not.toContain("distance");
    expect(result.reasons.map((r) => r.factor)).toContain("proximity");
  });
  it("does not apply without coordinates, even with a limit", () => {
    const result = score(municipality({ maxDistanceKm: 300 }), offer(LINZ));
    expect(result.reasons.map((r) => r.factor)).not.toContain("distance");
  });
  it("applies when the municipality sets a limit and both have coordinates", () => {
    const near = score(municipality({ ...SLAVONICE, maxDistanceKm: 300 }), offer(LINZ));
    const distance = reason(near, "distance");
    expect(distance.max).toBeGreaterThan(0);
    expect(distance.points).toBe(distance.max);
    expect(inCs(distance)).toMatch(
      new RegExp(`^Vaše obec hledá partnera do 300 km; vzdálenost je 1\\d\\d km\\.$`),
    );

    const far = score(municipality({ ...SLAVONICE, maxDistanceKm: 300 }), offer(VALENCIA));
    const farDistance = reason(far, "distance");
    expect(farDistance.points).toBeLessThan(distance.points);
    expect(inEn(farDistance)).toMatch(/the distance is 1,[4-6]\d\d km\.$/);
    expect(far.score).toBeLessThan(near.score);
  });
  it("applies when only the offer sets a limit", () => {
    const result = score(municipality(SLAVONICE), offer({ ...LINZ, maxDistanceKm: 50 }));
    const distance = reason(result, "distance");
    expect(distance.points).toBeLessThan(distance.max);
    expect(inEn(distance)).toMatch(/^Somewhere seeks a partner within 50 km/);
  });
});

/** Haversine, independent of the module's own chord arithmetic. */
function greatCircleKm(
  a: { lat: number | null; lon: number | null },
  b: { lat: number | null; lon: number | null },
): number {
  const rad = Math.PI / 180;
  const [lat1, lon1, lat2, lon2] = [a.lat ?? 0, a.lon ?? 0, b.lat ?? 0, b.lon ?? 0];
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe("proximity", () => {
  // Náchod and two Polish towns of about its size: its real partner Kłodzko, and Braniewo.
  const NACHOD = municipality({
    name: "Náchod",
    population: 19_827,
    kraj: "CZ-52",
    lat: 50.41674,
    lon: 16.16297,
    interests: ["culture"],
    languages: ["cs", "en"],
  });
  const polish = { country: "PL", topics: ["culture"], languages: ["pl", "en"] };
  const KLODZKO = offer({
    ...polish,
    id: 11,
    town: "Kłodzko",
    population: 27_941,
    lat: 50.43488,
    lon: 16.66145,
  });
  const BRANIEWO = offer({
    ...polish,
    id: 12,
    town: "Braniewo",
    population: 17_000,
    lat: 54.3793,
    lon: 19.8203,
  });
  const onlyProximity: ScoringWeights = {
    topics: 0,
    population: 0,
    language: 0,
    preferences: 0,
    distance: 0,
    proximity: 100,
    freshness: 0,
    saturation: 0,
  };

  it("follows the curve: full up to 30 km, half at about 170 km, nothing from 1,000 km", () => {
    expect(proximityFit(0)).toBe(1);
    expect(proximityFit(30)).toBe(1);
    expect(proximityFit(173.2)).toBeCloseTo(0.5, 3);
    expect(proximityFit(150)).toBeGreaterThan(0.5);
    expect(proximityFit(200)).toBeLessThan(0.5);
    expect(proximityFit(1_000)).toBe(0);
    expect(proximityFit(5_000)).toBe(0);
  });

  // Kłodzko is Kladsko to a Czech reader, in the reasons as on the page.
  it("ranks Náchod's real partner Kłodzko (35 km) above Braniewo (about 500 km)", () => {
    const near = score(NACHOD, KLODZKO);
    const far = score(NACHOD, BRANIEWO);
    expect(near.score).toBeGreaterThan(far.score);
    const nearReason = reason(near, "proximity");
    const farReason = reason(far, "proximity");
    expect(nearReason.points).toBeGreaterThan(farReason.points);
    expect(nearReason.max).toBe(farReason.max);
    // 20 of 100 relative weight, the same share of the points as of the weights that apply.
    expect(nearReason.max).toBe(20);
    expect(nearReason.points).toBe(Math.round(20 * proximityFit(greatCircleKm(NACHOD, KLODZKO))));
    expect(farReason.points).toBeLessThan(nearReason.points / 2);
  });

  it("says how far, naming the other town, in both languages and from both sides", () => {
    const own = reason(score(NACHOD, KLODZKO), "proximity");
    expect(inCs(own)).toBe(
      "Kladsko leží 35 km od vaší obce; čím blíž, tím víc bodů (polovina kolem 170 km).",
    );
    expect(inEn(own)).toBe(
      "Kłodzko is 35 km from your municipality; the closer, the more points (half at about 170 km).",
    );
    for (const perspective of ["offer", "staff"] as const) {
      const theirs = reason(score(NACHOD, KLODZKO, DEFAULT_WEIGHTS, perspective), "proximity");
      expect(inCs(theirs)).toBe(
        "Obec Náchod a Kladsko jsou od sebe 35 km; čím blíž, tím víc bodů (polovina kolem 170 km).",
      );
      expect(inEn(theirs)).toBe(
        "Náchod is 35 km from Kłodzko; the closer, the more points (half at about 170 km).",
      );
    }
    const far = reason(score(NACHOD, offer({ ...BRANIEWO, lat: 40.4, lon: -3.7 })), "proximity");
    expect(far.points).toBe(0);
    expect(inCs(far)).toMatch(
      /^Braniewo leží 1\s\d{3} km od vaší obce; od 1\s000 km už za blízkost body nejsou\.$/,
    );
    expect(inEn(far)).toMatch(
      /^Braniewo is 1,\d{3} km from your municipality; from 1,000 km on proximity earns no points\.$/,
    );
    const next = reason(score(NACHOD, offer({ ...KLODZKO, lat: 50.45, lon: 16.2 })), "proximity");
    expect(next.points).toBe(next.max);
    expect(inCs(next)).toBe("Kladsko leží 5 km od vaší obce; do 30 km plné body za blízkost.");
    expect(inEn(next)).toBe(
      "Kłodzko is 5 km from your municipality; within 30 km proximity earns full points.",
    );
  });

  it("counts the same for both sides and both ways round", () => {
    const there = score(NACHOD, KLODZKO, onlyProximity);
    const swapped = score(
      { ...NACHOD, lat: KLODZKO.lat, lon: KLODZKO.lon },
      { ...KLODZKO, lat: NACHOD.lat, lon: NACHOD.lon },
      onlyProximity,
    );
    expect(there.sides.municipality).toBe(there.sides.offer);
    expect(swapped.score).toBe(there.score);
    expect(there.score).toBe(Math.round(100 * proximityFit(greatCircleKm(NACHOD, KLODZKO))));
  });

  it("does not apply without both places, and its points go to the other factors", () => {
    const unknown = score({ ...NACHOD, lat: null, lon: null }, KLODZKO);
    expect(unknown.reasons.map((r) => r.factor)).not.toContain("proximity");
    expect(unknown.reasons.filter((r) => r.max > 0).reduce((s, r) => s + r.max, 0)).toBe(100);
    const noPlace = score(NACHOD, { ...KLODZKO, lat: null, lon: null });
    expect(noPlace.reasons.map((r) => r.factor)).not.toContain("proximity");
  });

  it("keeps topics first: a nearby town with no topic in common ranks below a far one with", () => {
    const sharedFar = score(NACHOD, { ...BRANIEWO, lat: 40.4, lon: -3.7, population: 5_000 });
    const noTopicNear = score(NACHOD, { ...KLODZKO, topics: ["sport"] });
    expect(sharedFar.score).toBeGreaterThan(noTopicNear.score);
  });
});

describe("size range tie-break", () => {
  const seeker = offer({ town: "Montefranco", partnerMin: 1_000, partnerMax: 50_000 });
  it("prefers the more similar size inside the range, a little", () => {
    const similar = score(municipality({ population: 3_000 }), seeker);
    const bigger = score(municipality({ population: 45_000 }), seeker);
    const pSimilar = reason(similar, "population");
    const pBigger = reason(bigger, "population");
    expect(pSimilar.points).toBe(pSimilar.max);
    expect(pBigger.points).toBeLessThan(pBigger.max);
    // A tie-break, not a penalty: at most ε of the factor's points.
    expect(pBigger.points).toBeGreaterThanOrEqual(Math.floor((1 - RANGE_TIE_BREAK) * pBigger.max));
    expect(bigger.score).toBeLessThan(similar.score);
  });
  it("keeps every size inside the range above every size outside it", () => {
    const inside = [1_000, 3_000, 10_000, 50_000].map(
      (population) => score(municipality({ population }), seeker).score,
    );
    const outside = [900, 60_000, 200_000].map(
      (population) => score(municipality({ population }), seeker).score,
    );
    expect(Math.min(...inside)).toBeGreaterThanOrEqual(Math.max(...outside));
  });
  it("explains the tie-break when it costs points, and only then", () => {
    const bigger = reason(score(municipality({ population: 45_000 }), seeker), "population");
    expect(inCs(bigger)).toBe(
      `Montefranco hledá obec s ${cs.format(1_000)}–${cs.format(50_000)} obyvateli; ` +
        `vaše obec má ${cs.format(45_000)}. V rozsahu mají o něco víc bodů obce podobné ` +
        `velikosti jako Montefranco (${cs.format(3_000)}).`,
    );
    expect(inEn(bigger)).toBe(
      "Montefranco seeks a town of 1,000–50,000 inhabitants; yours has 45,000. " +
        "Within the range, towns closer to Montefranco's size (3,000) score a little higher.",
    );
    const similar = reason(score(municipality({ population: 3_000 }), seeker), "population");
    expect(inEn(similar)).not.toContain("Within the range");
  });
  it("works for the municipality's own range too", () => {
    const m = municipality({ partnerMin: 1_000, partnerMax: 100_000 });
    const close = score(m, offer({ population: 2_500 }));
    const far = score(m, offer({ population: 90_000 }));
    expect(close.score).toBeGreaterThan(far.score);
    expect(inEn(reason(far, "population"))).toContain(
      `partners closer to your size (${en.format(2_400)}) score a little higher`,
    );
    const staff = reason(
      score(m, offer({ population: 90_000 }), DEFAULT_WEIGHTS, "staff"),
      "population",
    );
    expect(inEn(staff)).toContain("partners closer to Slavonice's size");
    expect(inCs(staff)).toContain("jako obec Slavonice");
  });
});

describe("preferences", () => {
  it("scores an offer from a sought country above an otherwise identical one", () => {
    const seeker = municipality({ seeksAnyCountry: false, seeksCountries: ["IT"] });
    const italian = score(seeker, offer({ country: "IT" }));
    const polish = score(seeker, offer({ country: "PL" }));
    expect(italian.score).toBeGreaterThan(polish.score);
    expect(reason(italian, "preferences").points).toBe(reason(italian, "preferences").max);
    expect(reason(polish, "preferences").points).toBe(0);
  });
  it("ignores sought countries when the municipality takes any country", () => {
    const anyCountry = municipality({ seeksAnyCountry: true, seeksCountries: ["IT"] });
    const result = score(anyCountry, offer({ country: "PL" }));
    expect(result.reasons.map((r) => r.factor)).not.toContain("preferences");
  });
  it("scores a municipality in a preferred kraj above one elsewhere", () => {
    const o = offer({ preferredKraje: ["CZ-31"] });
    const inside = score(municipality({ kraj: "CZ-31" }), o);
    const outside = score(municipality({ kraj: "CZ-80" }), o);
    expect(inside.score).toBeGreaterThan(outside.score);
    expect(inCs(reason(inside, "preferences"))).toContain("Jihočeský kraj");
    expect(inCs(reason(outside, "preferences"))).toContain("Moravskoslezský kraj");
    expect(reason(outside, "preferences").points).toBe(0);
  });
});

describe("saturation", () => {
  it("lowers the score for a country where the municipality already has partners", () => {
    const o = offer({ country: "PL", languages: ["pl", "en"] });
    const fresh = score(municipality(), o);
    const saturated = score(municipality({ partnerCountries: ["PL", "PL", "DE"] }), o);
    expect(saturated.score).toBeLessThan(fresh.score);
    const saturation = reason(saturated, "saturation");
    expect(saturation.points).toBeLessThan(0);
    expect(saturation.max).toBe(0);
    expect(inCs(saturation)).toContain("2 partnery");
    expect(inCs(saturation)).toContain("mírnou přednost");
    expect(inEn(saturation)).toContain("2 partners in Poland");
    expect(inEn(saturation)).toContain("slightly preferred");
    expect(fresh.reasons.map((r) => r.factor)).not.toContain("saturation");
  });
  it("is written in every language, with its plural forms and its names for the country", () => {
    const o = offer({ country: "PL", languages: ["pl", "en"] });
    const partners = (n: number) =>
      reason(score(municipality({ partnerCountries: Array(n).fill("PL") }), o), "saturation");
    const text = (n: number, locale: Locale) => explanationText(partners(n).text, locale);
    expect(text(5, "pl")).toMatch(/^Państwa gmina ma już w tym państwie \(Polska\) 5 partnerów;/);
    expect(text(22, "pl")).toContain("22 partnerów");
    expect(text(21, "uk")).toContain("21 партнер;");
    expect(text(22, "uk")).toContain("22 партнери;");
    expect(text(25, "uk")).toContain("25 партнерів;");
    expect(text(2, "sk")).toContain("(Poľsko) 2 partnerov");
    expect(text(1, "de")).toMatch(/^Ihre Gemeinde hat in diesem Land \(Polen\) bereits 1 Partner;/);
    expect(text(1, "cs")).toContain("(Polsko) 1 partnera");
    for (const locale of LOCALES) expect(text(3, locale)).not.toMatch(/[{}]/);
  });
  it("nudges rather than sinks: a concave share that never reaches the whole penalty", () => {
    expect(saturationShare(0)).toBe(0);
    expect(saturationShare(1)).toBeCloseTo(1 / 3);
    expect(saturationShare(2)).toBeCloseTo(1 / 2);
    let previousStep = Infinity;
    for (let n = 1; n <= 50; n++) {
      const step = saturationShare(n) - saturationShare(n - 1);
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThan(previousStep);
      expect(saturationShare(n)).toBeLessThan(1);
      previousStep = step;
    }
  });
  it("takes a third of the penalty from the municipality's side for one partner, half for two", () => {
    // The default penalty is 6 points on the municipality's side; the score, the geometric
    // mean of both sides, and the reason, their average, lose about half of that.
    const o = offer({ country: "PL", languages: ["pl", "en"] });
    const base = score(municipality(), o);
    const one = score(municipality({ partnerCountries: ["PL"] }), o);
    const two = score(municipality({ partnerCountries: ["PL", "PL"] }), o);
    expect(DEFAULT_WEIGHTS.saturation).toBe(6);
    expect(base.sides.municipality - one.sides.municipality).toBe(2);
    expect(base.sides.municipality - two.sides.municipality).toBe(3);
    expect(one.sides.offer).toBe(base.sides.offer);
    expect(reason(one, "saturation").points).toBe(-1);
    expect(reason(two, "saturation").points).toBe(-2);
    expect(base.score - one.score).toBe(1);
    expect(base.score - two.score).toBeLessThanOrEqual(2);
    // Before, two partners cost the whole penalty (6 points on the side, 3 in the score).
    expect(base.score - two.score).toBeLessThan(3);
  });
  it("does not count partners in other countries", () => {
    const o = offer({ country: "PL", languages: ["pl", "en"] });
    const elsewhere = score(municipality({ partnerCountries: ["DE", "DE"] }), o);
    expect(elsewhere.score).toBe(score(municipality(), o).score);
  });
  it("lowers the score of an offer with many open requests", () => {
    const m = municipality({ languages: ["cs", "de"] });
    const quiet = score(m, offer({ openRequests: 0 }));
    const busy = score(m, offer({ openRequests: 10 }));
    expect(busy.score).toBeLessThan(quiet.score);
    expect(reason(busy, "saturation").points).toBeLessThan(0);
    expect(inEn(reason(busy, "saturation"))).toContain("10 open requests");
  });
});

describe("balance", () => {
  it("keeps a lopsided pair below the average of its two sides", () => {
    // Prague wants a small Italian partner nearby-ish; Montefranco wants a small
    // South Bohemian town within 100 km: the pair suits Prague far better.
    const m = municipality({
      name: "Praha",
      population: 1_300_000,
      kraj: "CZ-10",
      partnerMin: 1_000,
      partnerMax: 5_000,
      seeksAnyCountry: false,
      seeksCountries: ["IT"],
      languages: ["cs", "it"],
      lat: 50.08,
      lon: 14.43,
      maxDistanceKm: 2_000,
    });
    const o = offer({
      ...MONTEFRANCO,
      topics: ["culture"],
      openToAnyTopic: false,
      preferredKraje: ["CZ-31"],
      lat: 42.6,
      lon: 12.65,
      maxDistanceKm: 100,
    });
    const result = score(m, o);
    // Proximity (about 840 km, the same for both sides) narrows the gap a little.
    expect(result.sides.municipality - result.sides.offer).toBeGreaterThan(20);
    const balance = reason(result, "balance");
    expect(balance.points).toBeLessThan(0);
    expect(balance.max).toBe(0);
    expect(inCs(balance)).toContain(
      `vaše obec ${result.sides.municipality} %, Montefranco ${result.sides.offer} %`,
    );
    expect(result.score).toBeLessThan((result.sides.municipality + result.sides.offer) / 2);
    expect(result.reasons.reduce((s, r) => s + r.points, 0)).toBe(result.score);
  });
  it("has no balance reason for an even pair", () => {
    const result = score(CULTURE_TOWN, MONTEFRANCO);
    expect(result.sides.municipality).toBe(result.sides.offer);
    expect(result.reasons.map((r) => r.factor)).not.toContain("balance");
  });
});

describe("isMatchable", () => {
  it("accepts published offers that have not expired", () => {
    expect(isMatchable({ status: "published", expiresOn: "2027-01-01" }, TODAY)).toBe(true);
    expect(isMatchable({ status: "published", expiresOn: TODAY }, TODAY)).toBe(true);
  });
  it("rejects anything else", () => {
    for (const status of ["draft", "pending", "closed", "expired", "rejected"]) {
      expect(isMatchable({ status, expiresOn: "2027-01-01" }, TODAY)).toBe(false);
    }
    expect(isMatchable({ status: "published", expiresOn: "2026-04-30" }, TODAY)).toBe(false);
  });
});

describe("weights", () => {
  const patterns = (w: ScoringWeights) =>
    weightTable(w).maxima.map((m) => Array.from(m).reduce((s, v) => s + v, 0));

  it("scales the maxima of every applicability pattern to 100", () => {
    expect(patterns(DEFAULT_WEIGHTS)).toEqual(Array(16).fill(100));
    expect(weightTable(DEFAULT_WEIGHTS).maxima).toHaveLength(16);
    const odd = { ...DEFAULT_WEIGHTS, topics: 7, population: 3, language: 1, distance: 13 };
    expect(patterns(odd)).toEqual(Array(16).fill(100));
    for (const m of weightTable(odd).maxima) {
      for (const v of m) expect(Number.isInteger(v) && v >= 0).toBe(true);
    }
  });
  it("gives all zeros when every weight is zero", () => {
    const zero: ScoringWeights = {
      topics: 0,
      population: 0,
      language: 0,
      preferences: 0,
      distance: 0,
      proximity: 0,
      freshness: 0,
      saturation: 0,
    };
    expect(patterns(zero)).toEqual(Array(16).fill(0));
    const result = score(CULTURE_TOWN, MONTEFRANCO, zero);
    expect(result.score).toBe(0);
    expect(result.reasons.reduce((s, r) => s + r.points, 0)).toBe(0);
  });
  it("apportions whole numbers that add up to the total", () => {
    const thirds = apportion([1, 1, 1], 100);
    expect(thirds.reduce((s, v) => s + v, 0)).toBe(100);
    expect(thirds).toEqual([34, 33, 33]);
    expect(apportion([0, 0], 100)).toEqual([0, 0]);
    expect(apportion([30, 25, 15], 100).reduce((s, v) => s + v, 0)).toBe(100);
  });
  it("changes the result when a weight changes", () => {
    const before = score(CULTURE_TOWN, MONTEFRANCO);
    const after = score(CULTURE_TOWN, MONTEFRANCO, { ...DEFAULT_WEIGHTS, population: 0 });
    const population = after.reasons.find((r) => r.factor === "population");
    expect(population === undefined || (population.points === 0 && population.max === 0)).toBe(
      true,
    );
    expect(after.score).not.toBe(before.score);
    expect(after.reasons.filter((r) => r.max > 0).reduce((s, r) => s + r.max, 0)).toBe(100);
  });
});

describe("topByScore", () => {
  const items = [
    { id: "a", s: 40 },
    { id: "b", s: 90 },
    { id: "c", s: 40 },
    { id: "d", s: 70 },
    { id: "e", s: 10 },
    { id: "f", s: 90 },
    { id: "g", s: 40 },
  ];
  const ids = (ranked: { item: { id: string } }[]) => ranked.map((r) => r.item.id);

  it("returns the best N in descending order, ties in input order", () => {
    const top = topByScore(items, (i) => i.s, 4);
    expect(ids(top)).toEqual(["b", "f", "d", "a"]);
    expect(top.map((r) => r.score)).toEqual([90, 90, 70, 40]);
    expect(ids(topByScore(items, (i) => i.s, 5))).toEqual(["b", "f", "d", "a", "c"]);
    expect(ids(topByScore(items, (i) => i.s, 100))).toEqual(["b", "f", "d", "a", "c", "g", "e"]);
  });
  it("respects the minimum score", () => {
    expect(ids(topByScore(items, (i) => i.s, 10, 40))).toEqual(["b", "f", "d", "a", "c", "g"]);
    expect(ids(topByScore(items, (i) => i.s, 10, 91))).toEqual([]);
  });
  it("handles a zero limit and empty input", () => {
    expect(topByScore(items, (i) => i.s, 0)).toEqual([]);
    expect(topByScore([], () => 1, 3)).toEqual([]);
  });
  it("ranks the seed offers for a municipality", () => {
    const m = prepareMunicipality(GREEN_TOWN);
    const table = weightTable(DEFAULT_WEIGHTS);
    const top = topByScore(SEED, (o) => evaluate(m, prepareOffer(o, TODAY), table), 2);
    expect(top.map((r) => r.item.town)).toEqual(["Wołomin", "Montefranco"]);
  });
});

describe("perspective", () => {
  it("names the municipality for staff and says 'your' to the municipality", () => {
    const slavonice = municipality({ name: "Slavonice" });
    const staff = score(slavonice, MONTEFRANCO, DEFAULT_WEIGHTS, "staff");
    const own = score(slavonice, MONTEFRANCO, DEFAULT_WEIGHTS, "municipality");
    expect(staff.score).toBe(own.score);
    const population = reason(staff, "population");
    expect(inCs(population)).toContain("obec Slavonice");
    expect(inCs(population)).not.toContain("vaše obec");
    expect(inEn(population)).toContain(`Slavonice has ${en.format(2_400)}`);
    expect(inCs(reason(own, "population"))).toContain("vaše obec");
    for (const r of staff.reasons) {
      expect(inCs(r)).not.toMatch(/vaš/i);
      expect(inEn(r)).not.toMatch(/\byour/i);
    }
  });
});
