// Foreign towns and regions by the names their reader knows them by (app/domain/exonyms.ts):
// "Luck (Луцьк)" and "Volyňská oblast" on a Czech page, "Lutsk (Луцьк)" and "Volyn Oblast"
// on an English one, "Луцьк" on a Ukrainian one. The tables (db/data/exonyms.csv and
// db/data/foreign-regions.csv, sources in db/data/README.md) are read once, on first use.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "~/i18n/locales";
import {
  allNames,
  findRegion,
  findTown,
  parseExonyms,
  parseForeignRegions,
  regionName,
  townName,
  type ExonymTable,
  type RegionTable,
  type TownRef,
} from "~/domain/exonyms";

export const EXONYMS_FILE = path.join("db", "data", "exonyms.csv");
export const FOREIGN_REGIONS_FILE = path.join("db", "data", "foreign-regions.csv");

let tables: { exonyms: ExonymTable; regions: RegionTable } | undefined;

function load() {
  tables ??= {
    exonyms: parseExonyms(fs.readFileSync(path.resolve(EXONYMS_FILE), "utf8")),
    regions: parseForeignRegions(fs.readFileSync(path.resolve(FOREIGN_REGIONS_FILE), "utf8")),
  };
  return tables;
}

/** The town as its reader calls it, with its own name beside when that is another: "Varšava (Warszawa)". */
export function foreignTownName(town: TownRef, locale: Locale): string {
  const { name, own } = townName(load().exonyms, town, locale);
  return own ? `${name} (${own})` : name;
}

/** The town as its reader calls it, alone, for a sentence ("Slavonice + Luck"). */
export function foreignTownShortName(town: TownRef, locale: Locale): string {
  return townName(load().exonyms, town, locale).name;
}

/** The region in the reader's language when the tables know it; else as it was typed. */
export function foreignRegionName(country: string, region: string, locale: Locale): string {
  return regionName(load().regions, { country, region }, locale);
}

/**
 * Every name the tables know for a town and its region, in every language, for the search
 * text of an offer: a Czech reader typing "Varšava" or "Dolní Slezsko" finds it.
 */
export function foreignSearchNames(town: TownRef, region: string): string[] {
  const { exonyms, regions } = load();
  const townRow = findTown(exonyms, town);
  const regionRow = findRegion(regions, { country: town.country, region });
  return [...(townRow ? allNames(townRow) : []), ...(regionRow ? allNames(regionRow) : [])];
}
