// Staff's best pairs across everything (/matches as staff): every municipality with
// a profile against every matchable offer, the best BEST_PAIRS_LIMIT kept. Scoring
// all pairs takes up to a second at national scale (6,254 × 2,000), far too long
// for a page, so the list is computed in the background and stored with the data
// version it was computed from (one settings row, shared by every instance). The
// page reads it and explains only the pairs it shows. When the data has changed
// since, a small database's list is recomputed at once; a large one's is shown
// with its time while a new computation runs. The scheduler
// refreshes it every minute when stale; saving weights refreshes it at once.
import { today } from "~/domain/dates";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import {
  TopPairs,
  crossMatchRows,
  prepareOffer,
  weightTable,
  type MatchResult,
} from "~/domain/scoring";
import { othersOpenRequests } from "./contact.server";
import { dataVersion } from "./data-version.server";
import {
  allOpenRequests,
  currentWeights,
  explainWith,
  matchableOffers,
  offerForMatching,
  paginate,
  preparedMunicipalities,
  type Page,
  type RankedPage,
} from "./match.server";
import type { MunicipalityPublic } from "./municipality.server";
import type { PublicOffer } from "./offer.server";
import { getSetting, putSetting } from "./settings.server";

type Db = Kysely<Database>;

/** The most any list of best pairs keeps: enough pages for staff, bounded work. */
export const BEST_PAIRS_LIMIT = 500;

const SETTING = "matching.best_pairs";
/** Municipalities scored between two yields to the event loop (about 20 ms of work). */
const ROWS_PER_SLICE = 100;
/**
 * Up to this many pairs (profiles × offers) a stale list is recomputed before the
 * page answers (under about 50 ms); beyond it the page shows the stale one.
 */
export const SYNC_PAIRS = 500_000;

/** The stored list: [municipality id, offer id, score], best first. */
export interface StoredBestPairs {
  version: string;
  computedAt: string;
  /** How many pairs were scored (profiles × offers). */
  size: number;
  pairs: [number, number, number][];
}

/** Everything the list depends on; any change makes the stored list stale. */
export function bestPairsVersion(db: Db): Promise<string> {
  return dataVersion(db, ["municipalities", "partnerships", "offers", "contacts", "weights"]);
}

/**
 * The best pairs from the current data, scored from scratch. The version is read
 * first: a change during the computation leaves the result marked stale.
 */
export async function computeBestPairs(db: Db): Promise<StoredBestPairs> {
  const version = await bestPairsVersion(db);
  const [entries, offers, { weights }, open] = await Promise.all([
    preparedMunicipalities(db),
    matchableOffers(db),
    currentWeights(db),
    allOpenRequests(db),
  ]);
  const date = today();
  const table = weightTable(weights);
  // Introductions are between towns that have told Spolu what they seek: profiles only.
  const profiles = entries.filter((e) => e.municipality.hasProfile);
  const ms = profiles.map((e) => e.prepared);
  const os = offers.map((o) => prepareOffer(offerForMatching(o, open.byOffer.get(o.id)), date));
  // An offer as seen by a municipality that has written to it: its own request left out.
  const ownOffers = offers.map((o) => {
    const n = open.byOffer.get(o.id) ?? 0;
    return n > 0 ? prepareOffer(offerForMatching(o, n - 1), date) : null;
  });
  const row = new Map(profiles.map((e, i) => [e.municipality.id, i]));
  const column = new Map(offers.map((o, j) => [o.id, j]));
  const ownPairs = new Set<number>();
  for (const pair of open.pairs) {
    const [m, o] = pair.split(":").map(Number);
    const i = row.get(m as number);
    const j = column.get(o as number);
    if (i !== undefined && j !== undefined) ownPairs.add(i * offers.length + j);
  }

  const top = new TopPairs(BEST_PAIRS_LIMIT);
  for (let from = 0; from < ms.length; from += ROWS_PER_SLICE) {
    crossMatchRows(
      ms,
      os,
      table,
      top,
      { from, to: Math.min(ms.length, from + ROWS_PER_SLICE) },
      { offers: ownOffers, pairs: ownPairs },
    );
    // Requests keep being answered while the list is computed.
    await yieldToEventLoop();
  }
  return {
    version,
    computedAt: new Date().toISOString(),
    size: ms.length * os.length,
    pairs: top
      .toArray()
      .map(({ row: i, col: j, score }) => [
        (profiles[i] as (typeof profiles)[number]).municipality.id,
        (offers[j] as PublicOffer).id,
        score,
      ]),
  };
}

export async function readBestPairs(db: Db): Promise<StoredBestPairs | null> {
  const value = await getSetting(db, SETTING);
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as StoredBestPairs;
    return Array.isArray(parsed.pairs) &&
      typeof parsed.version === "string" &&
      typeof parsed.size === "number"
      ? parsed
      : null;
  } catch {
    return null;
  }
}

const running = new WeakMap<Db, Promise<StoredBestPairs>>();

/** Computes and stores the list; a second call while one runs waits for that one. */
export function refreshBestPairs(db: Db): Promise<StoredBestPairs> {
  const pending = running.get(db);
  if (pending) return pending;
  const run = (async () => {
    const fresh = await computeBestPairs(db);
    await putSetting(db, SETTING, JSON.stringify(fresh), null);
    return fresh;
  })().finally(() => running.delete(db));
  running.set(db, run);
  return run;
}

/** The computation under way, if any (tests wait for the one a page started). */
export function bestPairsRefreshing(db: Db): Promise<StoredBestPairs> | undefined {
  return running.get(db);
}

/** For the scheduler: recomputes when the data changed since; true when it did. */
export async function refreshBestPairsIfStale(db: Db): Promise<boolean> {
  const [version, stored] = await Promise.all([bestPairsVersion(db), readBestPairs(db)]);
  if (stored?.version === version) return false;
  await refreshBestPairs(db);
  return true;
}

export interface BestPairsPage extends RankedPage<{
  municipality: MunicipalityPublic;
  offer: PublicOffer;
}> {
  computedAt: string;
  /** The data changed since the list was computed; a new one is being computed. */
  updating: boolean;
}

/**
 * A page of the best pairs, for staff. The first call ever computes the list (once);
 * later ones read it. Pairs whose municipality or offer is no longer public (a stale
 * list) are left out; the scores shown are explained from the current data.
 */
export async function bestPairs(
  db: Db,
  filter: { minScore?: number },
  page: Page,
  options: { syncPairs?: number } = {},
): Promise<BestPairsPage> {
  const [version, stored] = await Promise.all([bestPairsVersion(db), readBestPairs(db)]);
  let list = stored;
  let updating = false;
  if (!list || (list.version !== version && list.size <= (options.syncPairs ?? SYNC_PAIRS))) {
    list = await refreshBestPairs(db);
  } else if (list.version !== version) {
    updating = true;
    refreshBestPairs(db).catch((error: unknown) =>
      console.error("best pairs: the computation failed", error),
    );
  }
  const [entries, offers, { weights }, open] = await Promise.all([
    preparedMunicipalities(db),
    matchableOffers(db),
    currentWeights(db),
    allOpenRequests(db),
  ]);
  const municipalities = new Map(entries.map((e) => [e.municipality.id, e.municipality]));
  const offersById = new Map(offers.map((o) => [o.id, o]));
  const minScore = filter.minScore ?? 0;
  const shown = list.pairs.filter(
    ([m, o, score]) => score >= minScore && municipalities.get(m)?.hasProfile && offersById.has(o),
  );
  const { slice, ...rest } = paginate(shown, page);
  const table = weightTable(weights);
  return {
    ...rest,
    computedAt: list.computedAt,
    updating,
    items: slice.map(([m, o]) => {
      const municipality = municipalities.get(m) as MunicipalityPublic;
      const offer = offersById.get(o) as PublicOffer;
      const result: MatchResult = explainWith(
        table,
        municipality,
        offer,
        "staff",
        othersOpenRequests(open, m, o),
      );
      return { municipality, offer, result };
    }),
  };
}
