// npm run bench:match — how fast the matching runs on a national scale.
// Full cross-match: the real register's 6,254 municipalities, every one with a
// synthetic profile and the partner countries of its real partnerships
// (db/data/czech-twinnings.csv), against 2,000 synthetic offers (12.5 M pairs),
// with the production code (`crossMatchRows`): once keeping the top 20 per
// municipality (what a digest needs), once the 500 best pairs overall (what staff's
// /matches shows, precomputed by app/models/best-pairs.server.ts), and once scoring
// every pair with no cut (the work the cut saves). Ranking: all offers for one
// municipality, sorted (what /matches does), timed per call. Foreign ranking: the
// register with 30 synthetic profiles ranked for one offer by `rankEntries`, as a
// foreign town's /matches and /api/match-preview?side=foreign do, timed per offer.
// Prints progress, then as its last line one JSON object with the figures.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import {
  DEFAULT_WEIGHTS,
  TopPairs,
  crossMatchRows,
  evaluate,
  prepareMunicipality,
  prepareOffer,
  weightTable,
} from "~/domain/scoring";
import { parseTwinnings } from "~/domain/twinnings";
import { municipalityForMatching, rankEntries, type PreparedEntry } from "~/models/match.server";
import { BEST_PAIRS_LIMIT } from "~/models/best-pairs.server";
import { publicMunicipality, registerEntries, syntheticProfiles } from "./register";
import { syntheticOffers } from "./synthetic";

const TOP = 20;
const TODAY = "2026-11-25";
const RANK_SAMPLES = 1_000;
const FOREIGN_OFFERS = 1_000;
const FOREIGN_WARM_UPS = 50;
const REGISTER_PROFILES = 30;
const PAGE = { page: 1, pageSize: 20 };
const STAMP = `${TODAY}T00:00:00.000Z`;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Partner countries per register entry, from the public list (matched by name and place). */
function partnerCountries(entries: ReturnType<typeof registerEntries>): Map<number, string[]> {
  const file = path.join("db", "data", "czech-twinnings.csv");
  const { rows } = parseTwinnings(fs.readFileSync(file, "utf8"));
  const byName = new Map<string, number[]>();
  entries.forEach((e, i) => byName.set(e.name, [...(byName.get(e.name) ?? []), i]));
  const countries = new Map<number, string[]>();
  for (const row of rows) {
    const index = (byName.get(row.czech.name) ?? []).find(
      (i) =>
        Math.abs(entries[i]!.lat - row.czech.lat) < 0.05 &&
        Math.abs(entries[i]!.lon - row.czech.lon) < 0.05,
    );
    if (index === undefined) continue;
    countries.set(index, [...(countries.get(index) ?? []), row.partner.country]);
  }
  return countries;
}

const t0 = performance.now();
const register = registerEntries();
const everyoneProfiled = syntheticProfiles(register, register.length, 4242);
const partners = partnerCountries(register);
const municipalities = register.map((entry, i) =>
  prepareMunicipality({
    ...municipalityForMatching(publicMunicipality(entry, i + 1, everyoneProfiled.get(i), STAMP)),
    partnerCountries: partners.get(i) ?? [],
  }),
);
const offers = syntheticOffers(2_000, TODAY).map((o) => prepareOffer(o, TODAY));
const table = weightTable(DEFAULT_WEIGHTS);
log(
  `bench:match: ${municipalities.length.toLocaleString("en")} municipalities (${partners.size} ` +
    `with partnerships from the public list) × ${offers.length.toLocaleString("en")} offers, ` +
    `prepared in ${(performance.now() - t0).toFixed(0)} ms`,
);
const pairs = municipalities.length * offers.length;
const everyRow = { from: 0, to: municipalities.length };

/** Top `TOP` offers of every municipality, one TopPairs per row (a digest's work). */
function topPerMunicipality(): number {
  let checksum = 0;
  for (let i = 0; i < municipalities.length; i++) {
    const top = new TopPairs(TOP);
    crossMatchRows(municipalities, offers, table, top, { from: i, to: i + 1 });
    checksum += top.cols[0] ?? 0;
  }
  return checksum;
}

/** The best pairs overall, as the staff list is precomputed. */
function bestOverall(): TopPairs {
  const top = new TopPairs(BEST_PAIRS_LIMIT);
  crossMatchRows(municipalities, offers, table, top, everyRow);
  return top;
}

/** Every pair scored, no cut: the baseline the ceiling is measured against. */
function scoreEverything(): number {
  let sum = 0;
  for (const m of municipalities) for (const o of offers) sum += evaluate(m, o, table);
  return sum;
}

function timed<T>(label: string, run: () => T): { ms: number; value: T } {
  run(); // once to warm up
  const c0 = performance.now();
  const value = run();
  const ms = performance.now() - c0;
  log(`bench:match: ${label}: ${ms.toFixed(0)} ms`);
  return { ms, value };
}

log("bench:match: full cross-match, three ways (each once to warm up, then timed) …");
const perMunicipality = timed("top 20 per municipality", topPerMunicipality);
const overall = timed(`best ${BEST_PAIRS_LIMIT} pairs overall`, bestOverall);
const everything = timed("every pair scored, no cut", scoreEverything);
// The cross-match the product runs: staff's best pairs (the others are for comparison).
const crossMatchMs = overall.ms;

log(`bench:match: ranking one municipality, ${RANK_SAMPLES} samples …`);
const scores = new Int32Array(offers.length);
const order = Array.from({ length: offers.length }, (_, i) => i);
const times: number[] = [];
let checksum = 0;
for (let s = 0; s < RANK_SAMPLES + 50; s++) {
  const m = municipalities[(s * 7919) % municipalities.length]!;
  const r0 = performance.now();
  for (let j = 0; j < offers.length; j++) scores[j] = evaluate(m, offers[j]!, table);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  const elapsed = performance.now() - r0;
  checksum += order[0]!;
  if (s >= 50) times.push(elapsed); // the first 50 only warm up
}
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

// ---- One foreign request: every municipality of the register ranked for one offer ----------

const r0 = performance.now();
const profiles = syntheticProfiles(register, REGISTER_PROFILES);
const publicOnes = register.map((e, i) => publicMunicipality(e, i + 1, profiles.get(i), STAMP));
const r1 = performance.now();
// What preparedMunicipalities(db) keeps per data version (the query aside).
const entries: PreparedEntry[] = publicOnes.map((municipality) => ({
  municipality,
  prepared: prepareMunicipality(municipalityForMatching(municipality)),
}));
const prepareRegisterMs = performance.now() - r1;
log(
  `bench:match: register: ${entries.length.toLocaleString("en")} municipalities ` +
    `(${profiles.size} with a profile) read in ${(r1 - r0).toFixed(0)} ms, prepared in ` +
    `${prepareRegisterMs.toFixed(1)} ms; ranking them for ${FOREIGN_OFFERS} offers …`,
);
const foreignOffers = syntheticOffers(FOREIGN_OFFERS, TODAY, 777);
const foreignTimes: number[] = [];
let foreignChecksum = 0;
let withProfileOnPage = 0;
for (let s = 0; s < FOREIGN_WARM_UPS + foreignOffers.length; s++) {
  const offer = foreignOffers[s < FOREIGN_WARM_UPS ? s : s - FOREIGN_WARM_UPS]!;
  const f0 = performance.now();
  // The whole of what /matches does between loading and rendering: prepare the
  // offer, score all 6,254, sort, explain the 20 shown.
  const ranked = rankEntries(entries, offer, DEFAULT_WEIGHTS, {}, PAGE, { date: TODAY });
  const elapsed = performance.now() - f0;
  if (s < FOREIGN_WARM_UPS) continue; // the first ones only warm up
  foreignTimes.push(elapsed);
  foreignChecksum += ranked.items[0]?.municipality.id ?? 0;
  withProfileOnPage += ranked.items.filter((i) => i.municipality.hasProfile).length;
}

const result = {
  crossMatchMs: Math.round(crossMatchMs),
  topPerMunicipalityMs: Math.round(perMunicipality.ms),
  bestPairsMs: Math.round(overall.ms),
  everyPairMs: Math.round(everything.ms),
  pairsPerSecond: Math.round(pairs / (crossMatchMs / 1000)),
  rankOneP50Ms: Number(quantile(times, 0.5).toFixed(3)),
  rankOneP95Ms: Number(quantile(times, 0.95).toFixed(3)),
  prepareRegisterMs: Number(prepareRegisterMs.toFixed(1)),
  rankForeignP50Ms: Number(quantile(foreignTimes, 0.5).toFixed(3)),
  rankForeignP95Ms: Number(quantile(foreignTimes, 0.95).toFixed(3)),
};
log(
  `bench:match: ${pairs.toLocaleString("en")} pairs in ${result.crossMatchMs} ms ` +
    `(${result.pairsPerSecond.toLocaleString("en")} pairs/s; target ≤ 1,000 ms; every pair ` +
    `with no cut ${result.everyPairMs} ms); one ranking p50 ${result.rankOneP50Ms} ms, p95 ` +
    `${result.rankOneP95Ms} ms (checksums ${checksum} ${perMunicipality.value} ` +
    `${overall.value.scores[0]} ${Math.round(everything.value)})`,
);
log(
  `bench:match: one foreign request over ${entries.length.toLocaleString("en")} municipalities: ` +
    `p50 ${result.rankForeignP50Ms} ms, p95 ${result.rankForeignP95Ms} ms, max ` +
    `${Math.max(...foreignTimes).toFixed(3)} ms (target p95 ≤ 2 ms); ` +
    `${(withProfileOnPage / foreignTimes.length).toFixed(1)} of 20 on the first page have a ` +
    `profile (checksum ${foreignChecksum})`,
);
process.stdout.write(`${JSON.stringify(result)}\n`);
