// A deterministic synthetic population for the benchmarks: 6,250 Czech
// municipalities shaped like the real distribution of sizes and kraje, and
// 2,000 offers across Europe. Same seed, same data, on every machine.
import { INTEREST_CODES } from "~/domain/interests";
import type { MatchMunicipality, MatchOffer } from "~/domain/scoring";

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
function pickWeighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}
function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < n && copy.length > 0)
    out.push(copy.splice(Math.floor(rng() * copy.length), 1)[0] as T);
  return out;
}

// Municipalities per kraj (Czech Statistical Office, 2024) and a rough centre of each.
const KRAJ_SHARES = [
  ["CZ-10", 1, 50.08, 14.43],
  ["CZ-20", 1144, 49.95, 14.5],
  ["CZ-31", 624, 49.1, 14.45],
  ["CZ-32", 501, 49.6, 13.3],
  ["CZ-41", 134, 50.2, 12.8],
  ["CZ-42", 354, 50.5, 13.9],
  ["CZ-51", 215, 50.75, 15.0],
  ["CZ-52", 448, 50.35, 15.8],
  ["CZ-53", 451, 49.9, 16.1],
  ["CZ-63", 704, 49.4, 15.6],
  ["CZ-64", 673, 49.0, 16.6],
  ["CZ-71", 402, 49.7, 17.2],
  ["CZ-72", 307, 49.15, 17.8],
  ["CZ-80", 300, 49.8, 18.2],
] as const;

// Share of Czech municipalities by size band (most are villages under 500).
const SIZE_BANDS = [
  [[50, 200], 0.22],
  [[200, 500], 0.36],
  [[500, 1_000], 0.2],
  [[1_000, 2_000], 0.11],
  [[2_000, 5_000], 0.065],
  [[5_000, 20_000], 0.035],
  [[20_000, 100_000], 0.009],
  [[100_000, 1_300_000], 0.001],
] as const;

// Where partnership offers come from, weighted roughly as in the Union's news.
const OFFER_COUNTRIES = [
  ["PL", 18, 52.0, 19.5, "pl"],
  ["SK", 14, 48.7, 19.5, "sk"],
  ["DE", 14, 51.0, 10.5, "de"],
  ["AT", 9, 47.6, 14.5, "de"],
  ["IT", 8, 42.8, 12.5, "it"],
  ["FR", 7, 46.6, 2.4, "fr"],
  ["UA", 6, 49.0, 31.0, "uk"],
  ["HU", 5, 47.2, 19.4, "hu"],
  ["SI", 3, 46.1, 14.8, "sl"],
  ["HR", 3, 45.3, 16.0, "hr"],
  ["BE", 2, 50.6, 4.6, "fr"],
  ["NL", 2, 52.2, 5.5, "nl"],
  ["ES", 2, 40.2, -3.7, "es"],
  ["PT", 1, 39.6, -8.0, "pt"],
  ["NO", 1, 60.5, 9.0, "no"],
  ["IE", 1, 53.2, -7.9, "en"],
  ["GB", 1, 52.5, -1.5, "en"],
  ["RO", 1, 45.9, 25.0, "ro"],
  ["BG", 1, 42.7, 25.3, "bg"],
  ["LT", 1, 55.3, 23.9, "lt"],
] as const;

const SECOND_LANGUAGES = [
  ["en", 6],
  ["de", 3],
  ["", 2],
  ["ru", 1],
  ["fr", 1],
] as const;

function population(rng: Rng, bands: typeof SIZE_BANDS): number {
  const [lo, hi] = pickWeighted(
    rng,
    bands.map(([range, w]) => [range, w] as const),
  );
  return Math.round(lo * Math.exp(rng() * Math.log(hi / lo)));
}

function topics(rng: Rng, min: number, max: number): string[] {
  return sample(rng, INTEREST_CODES, min + Math.floor(rng() * (max - min + 1)));
}

function range(rng: Rng, around: number): [number | null, number | null] {
  const min = Math.max(1, Math.round(around / (2 + rng() * 8)));
  const max = Math.round(around * (1.5 + rng() * 6));
  const kind = rng();
  return kind < 0.6 ? [min, max] : kind < 0.8 ? [min, null] : [null, max];
}

export function syntheticMunicipalities(count = 6_250, seed = 2026): MatchMunicipality[] {
  const rng = random(seed);
  const kraje = KRAJ_SHARES.map(([code, n]) => [code, n] as const);
  return Array.from({ length: count }, (_, i) => {
    const kraj = pickWeighted(rng, kraje);
    const [, , lat, lon] = KRAJ_SHARES.find(
      ([code]) => code === kraj,
    ) as (typeof KRAJ_SHARES)[number];
    const pop = population(rng, SIZE_BANDS);
    const [partnerMin, partnerMax] = rng() < 0.4 ? range(rng, pop) : [null, null];
    const second = pickWeighted(
      rng,
      SECOND_LANGUAGES.map(([l, w]) => [l, w] as const),
    );
    const seeks =
      rng() < 0.3
        ? sample(
            rng,
            OFFER_COUNTRIES.map(([c]) => c),
            1 + Math.floor(rng() * 3),
          )
        : [];
    const partners =
      rng() < 0.3
        ? sample(
            rng,
            OFFER_COUNTRIES.map(([c]) => c),
            1 + Math.floor(rng() * 3),
          )
        : [];
    return {
      hasProfile: true,
      name: `Obec ${i + 1}`,
      population: pop,
      kraj,
      lat: lat + (rng() - 0.5) * 0.8,
      lon: lon + (rng() - 0.5) * 1.2,
      interests: topics(rng, 1, 5),
      languages: second ? ["cs", second] : ["cs"],
      seeksCountries: seeks,
      seeksAnyCountry: seeks.length === 0,
      partnerMin,
      partnerMax,
      maxDistanceKm: rng() < 0.2 ? pick(rng, [300, 500, 800, 1_200]) : null,
      partnerCountries: partners,
    };
  });
}

const OFFER_SIZES = [
  [[300, 2_000], 0.3],
  [[2_000, 10_000], 0.35],
  [[10_000, 50_000], 0.25],
  [[50_000, 500_000], 0.1],
] as const;

export function syntheticOffers(count = 2_000, today = "2026-11-25", seed = 4242): MatchOffer[] {
  const rng = random(seed);
  const countries = OFFER_COUNTRIES.map((c) => [c, c[1]] as const);
  const todayMs = Date.parse(today);
  return Array.from({ length: count }, (_, i) => {
    const [country, , lat, lon, language] = pickWeighted(rng, countries);
    const pop = population(rng, OFFER_SIZES as unknown as typeof SIZE_BANDS);
    const open = rng() < 0.15;
    const [partnerMin, partnerMax] = rng() < 0.45 ? range(rng, pop) : [null, null];
    const published = new Date(todayMs - Math.floor(rng() * 400) * 86_400_000);
    return {
      id: i + 1,
      town: `Town ${i + 1}`,
      country,
      population: pop,
      lat: lat + (rng() - 0.5) * 4,
      lon: lon + (rng() - 0.5) * 6,
      topics: open && rng() < 0.5 ? [] : topics(rng, 1, 4),
      openToAnyTopic: open,
      partnerMin,
      partnerMax,
      preferredKraje:
        rng() < 0.2
          ? sample(
              rng,
              KRAJ_SHARES.map(([c]) => c),
              1 + Math.floor(rng() * 3),
            )
          : [],
      languages: rng() < 0.7 ? [language, "en"] : [language],
      maxDistanceKm: rng() < 0.1 ? pick(rng, [500, 1_000, 1_500]) : null,
      publishedOn: published.toISOString().slice(0, 10),
      openRequests: Math.floor(rng() * rng() * 14),
      status: "published",
      expiresOn: "2027-06-30",
    };
  });
}
