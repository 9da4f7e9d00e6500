// Writing the official register into `municipalities`: one row per RÚIAN code.
// Official columns are updated by code and nothing else is touched, so profiles,
// owners, contacts and partnerships survive any later file. Profiles made before
// the register are tied to their register entry by name and kraj.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { isComplete, type CompleteEntry, type RegisterEntry } from "~/domain/register";
import { czechSortKey, normalizeName } from "~/domain/normalize";

type Db = Kysely<Database> | Transaction<Database>;

const BATCH = 500;

export interface RegisterReport {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Profiles made before the register, now tied to their register entry. */
  linked: { id: number; name: string; code: string }[];
  /** Profiles that could not be tied (no such name in their kraj, or the entry is taken). */
  unlinked: { id: number; name: string }[];
  /** Codes in a partial file that Spolu does not know (nothing to update). */
  unknownCodes: string[];
}

type OfficialRow = {
  id: number;
  code: string | null;
  name: string;
  kind: string | null;
  okres_code: string | null;
  okres: string | null;
  orp: string | null;
  kraj: string;
  population: number;
  population_date: string | null;
  lat: number | null;
  lon: number | null;
  ico: string | null;
  name_norm: string;
  name_sort: string;
};

/** An entry's fields as columns; only the fields the file had. */
function columnsOf(entry: RegisterEntry) {
  const set: Partial<Omit<OfficialRow, "id" | "code">> = {};
  if (entry.name !== undefined) {
    set.name = entry.name;
    set.name_norm = normalizeName(entry.name);
    set.name_sort = czechSortKey(entry.name);
  }
  if (entry.kind !== undefined) set.kind = entry.kind;
  if (entry.okresCode !== undefined) set.okres_code = entry.okresCode;
  if (entry.okres !== undefined) set.okres = entry.okres;
  if (entry.orp !== undefined) set.orp = entry.orp;
  if (entry.kraj !== undefined) set.kraj = entry.kraj;
  if (entry.population !== undefined) set.population = entry.population;
  if (entry.populationDate !== undefined) set.population_date = entry.populationDate;
  if (entry.lat !== undefined) set.lat = entry.lat;
  if (entry.lon !== undefined) set.lon = entry.lon;
  if (entry.ico !== undefined) set.ico = entry.ico;
  return set;
}

function changed(row: OfficialRow, set: ReturnType<typeof columnsOf>): boolean {
  return (Object.keys(set) as (keyof typeof set)[]).some(
    (key) => row[key as keyof OfficialRow] !== set[key],
  );
}

const squaredDistance = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) =>
  (a.lat - b.lat) ** 2 + ((a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180)) ** 2;

/**
 * The register entry a profile made before the register stands for: the same name in
 * the same kraj; of several (Nová Ves), the nearest to its pin, else the largest.
 */
export function entryForProfile(
  profile: { name: string; kraj: string; lat: number | null; lon: number | null },
  byName: ReadonlyMap<string, CompleteEntry[]>,
): CompleteEntry | undefined {
  const candidates = (byName.get(normalizeName(profile.name)) ?? []).filter(
    (e) => e.kraj === profile.kraj,
  );
  if (candidates.length <= 1) return candidates[0];
  const { lat, lon } = profile;
  if (lat !== null && lon !== null) {
    return [...candidates].sort(
      (a, b) => squaredDistance({ lat, lon }, a) - squaredDistance({ lat, lon }, b),
    )[0];
  }
  return [...candidates].sort((a, b) => b.population - a.population)[0];
}

/**
 * Imports a register file's entries. Complete entries (a full file) are inserted
 * when new and updated when different; partial ones (e.g. only populations) update
 * the fields they carry. Runs in one transaction: a failure leaves nothing half-done.
 */
export async function importRegister(
  db: Kysely<Database>,
  entries: RegisterEntry[],
  options: { now?: Date; say?: (message: string) => void } = {},
): Promise<RegisterReport> {
  const say = options.say ?? (() => undefined);
  const now = (options.now ?? new Date()).toISOString();
  const report: RegisterReport = {
    inserted: 0,
    updated: 0,
    unchanged: 0,
    linked: [],
    unlinked: [],
    unknownCodes: [],
  };
  await db.transaction().execute(async (trx) => {
    const complete = entries.filter(isComplete);
    const byName = new Map<string, CompleteEntry[]>();
    for (const entry of complete) {
      const key = normalizeName(entry.name);
      byName.set(key, [...(byName.get(key) ?? []), entry]);
    }
    const rows: OfficialRow[] = await trx
      .selectFrom("municipalities")
      .select([
        "id",
        "code",
        "name",
        "kind",
        "okres_code",
        "okres",
        "orp",
        "kraj",
        "population",
        "population_date",
        "lat",
        "lon",
        "ico",
        "name_norm",
        "name_sort",
      ])
      .orderBy("id")
      .execute();
    const byCode = new Map(rows.filter((r) => r.code !== null).map((r) => [r.code as string, r]));

    // Profiles from before the register: the oldest claim on an entry wins it.
    for (const row of rows.filter((r) => r.code === null)) {
      const entry = complete.length > 0 ? entryForProfile(row, byName) : undefined;
      if (!entry || byCode.has(entry.code)) {
        if (complete.length > 0) report.unlinked.push({ id: row.id, name: row.name });
        continue;
      }
      await trx
        .updateTable("municipalities")
        .set({ code: entry.code, place_id: null })
        .where("id", "=", row.id)
        .execute();
      row.code = entry.code;
      byCode.set(entry.code, row);
      report.linked.push({ id: row.id, name: row.name, code: entry.code });
    }

    const inserts: CompleteEntry[] = [];
    const updates: { id: number; set: ReturnType<typeof columnsOf> }[] = [];
    for (const entry of entries) {
      const row = byCode.get(entry.code);
      if (!row) {
        if (isComplete(entry)) inserts.push(entry);
        else report.unknownCodes.push(entry.code);
        continue;
      }
      const set = columnsOf(entry);
      if (changed(row, set)) updates.push({ id: row.id, set });
      else report.unchanged++;
    }

    let done = 0;
    const progress = () => {
      done += BATCH;
      if (done % 2000 < BATCH) say(`municipalities: ${done.toLocaleString("en")} written…`);
    };
    for (let i = 0; i < inserts.length; i += BATCH) {
      await insertRegisterEntries(trx, inserts.slice(i, i + BATCH), now);
      progress();
    }
    report.inserted = inserts.length;
    for (const { id, set } of updates) {
      await trx
        .updateTable("municipalities")
        .set({ ...set, updated_at: now })
        .where("id", "=", id)
        .execute();
      if (++report.updated % 2000 === 0)
        say(`municipalities: ${report.updated.toLocaleString("en")} updated…`);
    }
  });
  return report;
}

/** New register entries without a profile (at most a few hundred per call: bound values). */
export async function insertRegisterEntries(
  db: Db,
  entries: CompleteEntry[],
  now: string,
): Promise<number[]> {
  if (entries.length === 0) return [];
  const rows = await db
    .insertInto("municipalities")
    .values(
      entries.map((e) => ({
        ...columnsOf(e),
        name: e.name,
        kraj: e.kraj,
        population: e.population,
        code: e.code,
        owner_id: null,
        place_id: null,
        // No profile yet: its layer is empty until an account claims the municipality.
        interests: "[]",
        languages: "[]",
        description: "",
        seeks_countries: "[]",
        seeks_any_country: 1 as const,
        status: "none" as const,
        verified: 0 as const,
        is_demo: 0 as const,
        created_at: now,
        updated_at: now,
      })),
    )
    .returning("id")
    .execute();
  return rows.map((r) => r.id);
}

/** How many register entries the database holds. */
export async function countRegisterEntries(db: Db): Promise<number> {
  const row = await db
    .selectFrom("municipalities")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("code", "is not", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
