// npm run bench:match — how fast the matching runs on a national scale.
// Full cross-match: every one of 6,250 synthetic municipalities against every one
// of 2,000 offers (12.5 M pairs), keeping the top 20 per municipality. Ranking:
// all offers for one municipality, sorted (what /matches does), timed per call.
// Foreign ranking: the real register's 6,254 municipalities (30 with a synthetic
// profile) ranked for one offer by `rankEntries`, as a foreign town's /matches and
// /api/match-preview?side=foreign do, timed per offer.
// Prints progress, then as its last line one JSON object with the figures.
import { performance } from "node:perf_hooks";
import {
  DEFAULT_WEIGHTS,
  evaluate,
  prepareMunicipality,
  prepareOffer,
  weightTable,
  type PreparedOffer,
} from "~/domain/scoring";
import { municipalityForMatching, rankEntries, type PreparedEntry } from "~/models/match.server";
import { publicMunicipality, registerEntries, syntheticProfiles } from "./register";
import { syntheticMunicipalities, syntheticOffers } from "./synthetic";

const TOP = 20;
const TODAY = "2026-11-25";
const RANK_SAMPLES = 1_000;
const FOREIGN_OFFERS = 1_000;
const FOREIGN_WARM_UPS = 50;
const REGISTER_PROFILES = 30;
const PAGE = { page: 1, pageSize: 20 };

const log = (line: string) => process.stderr.write(`${line}\n`);

const t0 = performance.now();
const municipalities = syntheticMunicipalities().map(prepareMunicipality);
const offers = syntheticOffers(2_000, TODAY).map((o) => prepareOffer(o, TODAY));
const table = weightTable(DEFAULT_WEIGHTS);
log(
  `bench:match: ${municipalities.length.toLocaleString("en")} municipalities × ` +
    `${offers.length.toLocaleString("en")} offers, prepared in ${(performance.now() - t0).toFixed(0)} ms`,
);

/** Top `TOP` offers of one municipality, kept in small typed arrays (no per-pair allocation). */
const topScores = new Int32Array(TOP);
const topIds = new Int32Array(TOP);
function crossMatchOne(m: (typeof municipalities)[number], out: Int32Array, at: number) {
  let filled = 0;
  let floor = -1;
  for (let j = 0; j < offers.length; j++) {
    const score = evaluate(m, offers[j] as PreparedOffer, table);
    if (score <= floor) continue;
    let i = filled < TOP ? filled : TOP - 1;
    while (i > 0 && (topScores[i - 1] as number) < score) {
      topScores[i] = topScores[i - 1] as number;
      topIds[i] = topIds[i - 1] as number;
      i--;
    }
    topScores[i] = score;
    topIds[i] = j;
    if (filled < TOP) filled++;
    if (filled === TOP) floor = topScores[TOP - 1] as number;
  }
  out.set(topIds.subarray(0, filled), at);
}

const best = new Int32Array(municipalities.length * TOP);
// Warm-up: let the JIT compile the hot path, as it would in a running server.
for (let i = 0; i < 200; i++) crossMatchOne(municipalities[i]!, best, i * TOP);

log("bench:match: full cross-match …");
const c0 = performance.now();
for (let i = 0; i < municipalities.length; i++) {
  crossMatchOne(municipalities[i]!, best, i * TOP);
  if ((i + 1) % 1_250 === 0) log(`  ${i + 1} / ${municipalities.length}`);
}
const crossMatchMs = performance.now() - c0;
const pairs = municipalities.length * offers.length;

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
const register = registerEntries();
const profiles = syntheticProfiles(register, REGISTER_PROFILES);
const stamp = `${TODAY}T00:00:00.000Z`;
const publicOnes = register.map((e, i) => publicMunicipality(e, i + 1, profiles.get(i), stamp));
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
  pairsPerSecond: Math.round(pairs / (crossMatchMs / 1000)),
  rankOneP50Ms: Number(quantile(times, 0.5).toFixed(3)),
  rankOneP95Ms: Number(quantile(times, 0.95).toFixed(3)),
  prepareRegisterMs: Number(prepareRegisterMs.toFixed(1)),
  rankForeignP50Ms: Number(quantile(foreignTimes, 0.5).toFixed(3)),
  rankForeignP95Ms: Number(quantile(foreignTimes, 0.95).toFixed(3)),
};
log(
  `bench:match: ${pairs.toLocaleString("en")} pairs in ${result.crossMatchMs} ms ` +
    `(${result.pairsPerSecond.toLocaleString("en")} pairs/s); one ranking p50 ` +
    `${result.rankOneP50Ms} ms, p95 ${result.rankOneP95Ms} ms (checksum ${checksum})`,
);
log(
  `bench:match: one foreign request over ${entries.length.toLocaleString("en")} municipalities: ` +
    `p50 ${result.rankForeignP50Ms} ms, p95 ${result.rankForeignP95Ms} ms, max ` +
    `${Math.max(...foreignTimes).toFixed(3)} ms (target p95 ≤ 2 ms); ` +
    `${(withProfileOnPage / foreignTimes.length).toFixed(1)} of 20 on the first page have a ` +
    `profile (checksum ${foreignChecksum})`,
);
process.stdout.write(`${JSON.stringify(result)}\n`);
