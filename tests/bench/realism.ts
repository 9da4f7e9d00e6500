// npm run bench:realism -- [--pairs FILE] [--decoys 100] [--seed 1] [--weights JSON]
//
// Does the match score rank like reality? For every real partnership in FILE (the
// columns of czech-twinnings.csv: a_name,a_country,a_lat,a_lon,a_population,
// b_name,b_country,b_lat,b_lon,b_population; further columns ignored), the Czech
// side a becomes a municipality profile and the partner b an offer, both with
// neutral content: one and the same topic, each side's national language plus
// English, no size range, no distance limit, no preferred countries, published
// today, no existing partners. What is left to tell candidates apart is where
// they are and how big they are, which is what the score should get right.
//
// b is then ranked among `--decoys` towns drawn at random (seeded) from the places
// the app imports (`readEuropeanPlaces`), built the same way: once from b's own
// country, once from all of Europe. Decoys have at least 1,000 inhabitants and are
// neither b, nor a, nor any other partner of a in FILE (same country and the same
// name or within 2 km). The scorer sees every candidate alike and never the list
// of pairs; only the bench knows which one is real.
//
// percentile = candidates ranked above the real partner (ties count half) / decoys,
// so 0 is first and 1 last; top10 = the expected share of real partners in the
// first ten (ties broken at random). `random` is the same for a random ranking
// (same seed), the baseline. Prints progress to stderr and, as its last line on
// stdout, one JSON object. docs/benchmarks.md has the method and the figures.
import fs from "node:fs";
import path from "node:path";
import { readEuropeanPlaces } from "../../db/places-source";
import { normalizeName } from "~/domain/normalize";
import {
  DEFAULT_WEIGHTS,
  evaluate,
  prepareMunicipality,
  prepareOffer,
  weightTable,
  type MatchMunicipality,
  type MatchOffer,
  type ScoringWeights,
} from "~/domain/scoring";
import { parseDelimited } from "~/domain/register";
import { WeightsSchema } from "~/domain/forms/weights.server";
import { countryLanguages } from "~/i18n/countries.server";
import { random } from "./synthetic";

/** Where the app keeps the public list of partnerships (db/data/README.md). */
export const DEFAULT_PAIRS_FILE = path.join("db", "data", "czech-twinnings.csv");
const MIN_POPULATION = 1_000;
const SAME_PLACE_KM = 2;
const TOPIC = "culture";
const TODAY = new Date().toISOString().slice(0, 10);

const log = (line: string) => process.stderr.write(`${line}\n`);

// ---- Arguments ----------------------------------------------------------------------------

function parseArgs(argv: string[]) {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [key, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!key.startsWith("--")) throw new Error(`unexpected argument ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${key} needs a value`);
    args.set(key.slice(2), value);
  }
  const unknown = [...args.keys()].filter(
    (k) => !["pairs", "decoys", "seed", "weights"].includes(k),
  );
  if (unknown.length > 0) throw new Error(`unknown option --${unknown.join(", --")}`);
  const decoys = Number(args.get("decoys") ?? 100);
  const seed = Number(args.get("seed") ?? 1);
  if (!Number.isInteger(decoys) || decoys < 10)
    throw new Error("--decoys must be a whole number ≥ 10");
  if (!Number.isInteger(seed)) throw new Error("--seed must be a whole number");
  return {
    file: args.get("pairs") ?? DEFAULT_PAIRS_FILE,
    decoys,
    seed,
    weights: args.get("weights"),
  };
}

/** `--weights '{"proximity":20}'` or a JSON file: merged onto the defaults, then validated. */
function readWeights(value: string | undefined): ScoringWeights {
  if (value === undefined) return DEFAULT_WEIGHTS;
  const json = value.trim().startsWith("{") ? value : fs.readFileSync(value, "utf8");
  return WeightsSchema.parse({ ...DEFAULT_WEIGHTS, ...(JSON.parse(json) as object) });
}

// ---- Towns --------------------------------------------------------------------------------

interface Town {
  name: string;
  /** Normalised names it is known by (a place's alternates too). */
  norms: string[];
  country: string;
  lat: number;
  lon: number;
  population: number;
}

interface Pair {
  a: Town;
  b: Town;
}

function readPairs(file: string): Pair[] {
  if (!fs.existsSync(file)) {
    throw new Error(
      `${file} not found: pass --pairs FILE (e.g. the czech-twinnings.csv of the shared data)`,
    );
  }
  const [header, ...rows] = parseDelimited(fs.readFileSync(file, "utf8"));
  if (!header) throw new Error(`${file} is empty`);
  const column = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${file} has no column ${name}`);
    return i;
  };
  const town = (side: "a" | "b", row: string[]): Town => {
    const get = (field: string) => row[column(`${side}_${field}`)] ?? "";
    const name = get("name");
    return {
      name,
      norms: [normalizeName(name)],
      country: get("country"),
      lat: Number(get("lat")),
      lon: Number(get("lon")),
      population: Number(get("population")),
    };
  };
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  for (const row of rows) {
    const pair = { a: town("a", row), b: town("b", row) };
    const { a, b } = pair;
    if (![a.lat, a.lon, b.lat, b.lon, a.population, b.population].every(Number.isFinite)) {
      throw new Error(`${file}: a row without numbers: ${row.join(",")}`);
    }
    // The same pair from two source lists counts once.
    const key = [a.norms[0], a.lat, a.lon, b.norms[0], b.country].join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push(pair);
  }
  return pairs;
}

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function sameTown(place: Town, town: Town): boolean {
  return (
    place.country === town.country &&
    (town.norms.some((n) => place.norms.includes(n)) || km(place, town) < SAME_PLACE_KM)
  );
}

// ---- Both sides as the app would see them --------------------------------------------------

function nationalLanguages(country: string): string[] {
  return [...new Set([countryLanguages(country)[0] ?? "en", "en"])];
}

function asMunicipality(t: Town): MatchMunicipality {
  return {
    name: t.name,
    hasProfile: true,
    population: t.population,
    kraj: null,
    lat: t.lat,
    lon: t.lon,
    interests: [TOPIC],
    languages: nationalLanguages(t.country),
    seeksCountries: [],
    seeksAnyCountry: true,
    partnerMin: null,
    partnerMax: null,
    maxDistanceKm: null,
    partnerCountries: [],
  };
}

function asOffer(t: Town, id: number): MatchOffer {
  return {
    id,
    town: t.name,
    country: t.country,
    population: t.population,
    lat: t.lat,
    lon: t.lon,
    topics: [TOPIC],
    openToAnyTopic: false,
    partnerMin: null,
    partnerMax: null,
    preferredKraje: [],
    languages: nationalLanguages(t.country),
    maxDistanceKm: null,
    publishedOn: TODAY,
    openRequests: 0,
    status: "published",
    expiresOn: "9999-12-31",
  };
}

// ---- Ranking ------------------------------------------------------------------------------

interface Outcome {
  /** Candidates above the real partner, ties counting half, over the number of decoys. */
  percentile: number;
  /** Probability that the real partner is among the first ten, ties broken at random. */
  top10: number;
}

function outcome(real: number, decoyScores: readonly number[]): Outcome {
  let above = 0;
  let ties = 0;
  for (const s of decoyScores) {
    if (s > real) above++;
    else if (s === real) ties++;
  }
  // With ties broken at random, the real partner's place is above + 1 … above + ties + 1.
  const inTop = Math.min(ties + 1, Math.max(0, 10 - above));
  return { percentile: (above + ties / 2) / decoyScores.length, top10: inTop / (ties + 1) };
}

function summary(outcomes: readonly Outcome[]) {
  const p = outcomes.map((o) => o.percentile).sort((x, y) => x - y);
  const mid = Math.floor(p.length / 2);
  const median =
    p.length % 2 ? (p[mid] as number) : ((p[mid - 1] as number) + (p[mid] as number)) / 2;
  const round = (x: number) => Number(x.toFixed(3));
  return {
    pairs: outcomes.length,
    meanPercentile: round(p.reduce((s, x) => s + x, 0) / p.length),
    medianPercentile: round(median),
    top10: round(outcomes.reduce((s, o) => s + o.top10, 0) / outcomes.length),
  };
}

/** `n` distinct entries of `pool` that `keep` accepts, drawn with `rng`; all of them if fewer. */
function sample<T>(pool: readonly T[], n: number, rng: () => number, keep: (t: T) => boolean): T[] {
  const eligible = pool.length <= 4 * n ? pool.filter(keep) : null;
  if (eligible && eligible.length <= n) return eligible;
  const from = eligible ?? pool;
  const picked = new Set<number>();
  const out: T[] = [];
  while (out.length < n && picked.size < from.length) {
    const i = Math.floor(rng() * from.length);
    if (picked.has(i)) continue;
    picked.add(i);
    const t = from[i] as T;
    if (eligible || keep(t)) out.push(t);
  }
  return out;
}

// ---- Main ---------------------------------------------------------------------------------

function main() {
  const options = parseArgs(process.argv.slice(2));
  const weights = readWeights(options.weights);
  const table = weightTable(weights);
  const pairs = readPairs(options.file);
  const partnersOf = new Map<string, Town[]>();
  for (const { a, b } of pairs) {
    const key = `${a.norms[0]}|${a.lat}|${a.lon}`;
    partnersOf.set(key, [...(partnersOf.get(key) ?? []), b]);
  }

  const t0 = Date.now();
  const places: Town[] = readEuropeanPlaces()
    .filter((p) => p.population >= MIN_POPULATION)
    .map((p) => ({
      name: p.name,
      norms: [normalizeName(p.name), ...p.searchNames.map((n) => n.norm)],
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      population: p.population,
    }));
  const byCountry = new Map<string, Town[]>();
  for (const p of places) {
    const list = byCountry.get(p.country);
    if (list) list.push(p);
    else byCountry.set(p.country, [p]);
  }
  log(
    `bench:realism: ${pairs.length} pairs from ${options.file}; ` +
      `${places.length.toLocaleString("en")} places of ≥ ${MIN_POPULATION.toLocaleString("en")} ` +
      `inhabitants read in ${Date.now() - t0} ms; ${options.decoys} decoys, seed ${options.seed}`,
  );

  const rng = random(options.seed);
  const shuffle = random(options.seed ^ 0x5eed);
  const same: Outcome[] = [];
  const europe: Outcome[] = [];
  const chance: Outcome[] = [];
  let smallPartner = 0;
  let fewDecoys = 0;
  let id = 0;
  pairs.forEach(({ a, b }, i) => {
    // Decoys have at least 1,000 inhabitants: a smaller real partner would stand out by size.
    if (b.population < MIN_POPULATION) {
      smallPartner++;
      return;
    }
    const others = partnersOf.get(`${a.norms[0]}|${a.lat}|${a.lon}`) ?? [];
    const keep = (p: Town) => !sameTown(p, a) && !others.some((o) => sameTown(p, o));
    const m = prepareMunicipality(asMunicipality(a));
    const score = (t: Town) => evaluate(m, prepareOffer(asOffer(t, ++id), TODAY), table);
    const real = score(b);

    const pool = byCountry.get(b.country) ?? [];
    const local = sample(pool, options.decoys, rng, keep);
    if (local.length < options.decoys) fewDecoys++;
    else {
      same.push(outcome(real, local.map(score)));
      chance.push(
        outcome(
          shuffle(),
          local.map(() => shuffle()),
        ),
      );
    }
    europe.push(outcome(real, sample(places, options.decoys, rng, keep).map(score)));
    if ((i + 1) % 200 === 0) log(`  ${i + 1} / ${pairs.length}`);
  });

  const result = {
    pairs: europe.length,
    sameCountry: summary(same),
    europe: summary(europe),
    random: summary(chance),
  };
  log(
    `bench:realism: ${smallPartner} pairs left out (partner under ` +
      `${MIN_POPULATION.toLocaleString("en")} inhabitants); ${fewDecoys} only Europe-wide ` +
      `(fewer than ${options.decoys} towns in the partner's country)`,
  );
  log(
    `bench:realism: same country: mean percentile ${result.sameCountry.meanPercentile}, top 10 ` +
      `${(100 * result.sameCountry.top10).toFixed(1)} %; Europe: mean percentile ` +
      `${result.europe.meanPercentile}, top 10 ${(100 * result.europe.top10).toFixed(1)} %; ` +
      `random: ${result.random.meanPercentile}, ${(100 * result.random.top10).toFixed(1)} %`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
