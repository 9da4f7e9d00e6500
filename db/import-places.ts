// Loads the places of Europe outside Czechia into `places`: GeoNames' towns of 500
// people and more, and every Slovak municipality from the Statistical Office's list
// (db/places-source.ts). Czech municipalities come from the official register
// (db/import-municipalities.ts).
// The database remembers what its places were built from (the `places.source`
// setting): a second `npm start` skips the work, a new source re-imports once and
// keeps every place an offer or a partnership points at. --force re-imports anyway.
import type { Kysely } from "kysely";
import type { Database, NewPlace } from "./schema";
import {
  countPlaces,
  deletePlaceNames,
  insertPlaceNames,
  removePlacesExcept,
  upsertPlaces,
} from "../app/models/place.server";
import { getSetting, putSetting } from "../app/models/settings.server";
import { KRAJE } from "../app/domain/kraje";
import { isMain, log, runWithDatabase } from "./cli";
import { placesFingerprint, readPlaces, type SourcePlace } from "./places-source";

const BATCH = 1000;
const NAMES_BATCH = 20_000;
export const PLACES_SOURCE_SETTING = "places.source";

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

function toRow(p: SourcePlace): NewPlace {
  return {
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
  };
}

export async function importPlaces(
  db: Kysely<Database>,
  options: { force?: boolean; say?: (m: string) => void } = {},
): Promise<number> {
  const say = options.say ?? log;
  await ensureKraje(db);
  const fingerprint = placesFingerprint();
  const existing = await countPlaces(db);
  const imported = await getSetting(db, PLACES_SOURCE_SETTING);
  if (existing > 0 && imported === fingerprint && !options.force) {
    say(`places: ${existing.toLocaleString("en")} places up to date`);
    return 0;
  }
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  if (existing > 0 && imported !== fingerprint)
    say(
      `places: the sources changed since these ${existing.toLocaleString("en")} places were imported`,
    );
  say("places: reading GeoNames towns of Europe (cities500) and the Slovak municipalities…");
  const { places, slovak } = readPlaces();
  say(
    `places: ${places.length.toLocaleString("en")} places read in ${seconds()} s, ` +
      `${slovak.municipalities.toLocaleString("en")} Slovak municipalities (${slovak.paired} also in GeoNames, ` +
      `${slovak.skipped} military districts left out)`,
  );
  if (slovak.parts.length > 0)
    say(`places: found by the municipality they belong to: ${slovak.parts.join(", ")}`);
  if (slovak.unpaired.length > 0)
    say(`places: left out, boroughs of no listed municipality: ${slovak.unpaired.join(", ")}`);
  let done = 0;
  for (let i = 0; i < places.length; i += BATCH) {
    const batch = places.slice(i, i + BATCH);
    const ids = batch.map((p) => p.id);
    await db.transaction().execute(async (trx) => {
      await upsertPlaces(trx, batch.map(toRow));
      // An empty table has no old names to replace (the first import stays quick).
      if (existing > 0) await deletePlaceNames(trx, ids);
    });
    done += batch.length;
    if (done % 20_000 < BATCH || done === places.length)
      say(`places: ${done.toLocaleString("en")} / ${places.length.toLocaleString("en")}`);
  }
  // Sorted by the search key, the names are appended to its index: a third quicker.
  const names = places
    .flatMap((p) => p.searchNames.map((n) => ({ place_id: p.id, name: n.name, name_norm: n.norm })))
    .sort((a, b) =>
      a.name_norm < b.name_norm ? -1 : a.name_norm > b.name_norm ? 1 : a.place_id - b.place_id,
    );
  for (let i = 0; i < names.length; i += NAMES_BATCH) {
    await db.transaction().execute((trx) => insertPlaceNames(trx, names.slice(i, i + NAMES_BATCH)));
  }
  say(`places: ${names.length.toLocaleString("en")} search names written`);
  if (existing > 0) {
    const { removed, referenced } = await db
      .transaction()
      .execute((trx) => removePlacesExcept(trx, new Set(places.map((p) => p.id))));
    if (removed + referenced > 0)
      say(
        `places: no longer in the sources: ${removed.toLocaleString("en")} removed` +
          (referenced > 0
            ? `, ${referenced} kept because an offer or a partnership names them`
            : ""),
      );
  }
  await putSetting(db, PLACES_SOURCE_SETTING, fingerprint, null);
  say(`places: imported ${places.length.toLocaleString("en")} places in ${seconds()} s`);
  return places.length;
}

if (isMain(import.meta.url)) {
  await runWithDatabase((db) =>
    importPlaces(db, { force: process.argv.includes("--force") }).then(() => undefined),
  );
}
