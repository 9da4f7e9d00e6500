// How foreign towns and regions are named to a reader: the town's own name (endonym),
// and the reader's established name for it where there is one (exonym): Luck for Луцьк
// on a Czech page, Varšava for Warszawa, Vídeň for Wien, Bavorsko for "Bavaria".
// The data (db/data/exonyms.csv, db/data/foreign-regions.csv, see db/data/README.md)
// is read elsewhere and passed in as text. Pure: no I/O.
import type { Locale } from "../i18n/locales";
import { normalizeName, searchKeys } from "./normalize";
import { parseDelimited } from "./register";
import { SLOVAK_ID_BASE } from "./slovak-municipalities";

/** The language columns of both files, in their order. */
export const NAME_LANGUAGES = [
  "cs",
  "sk",
  "pl",
  "de",
  "en",
  "uk",
] as const satisfies readonly Locale[];

export const EXONYM_COLUMNS = ["geonames_id", "country", "name", ...NAME_LANGUAGES] as const;
export const REGION_COLUMNS = ["country", "code", "name", ...NAME_LANGUAGES, "aliases"] as const;

export type LocalNames = Partial<Record<Locale, string>>;

export interface ExonymRow {
  /** GeoNames id: the place_id of offers and partnerships. */
  placeId: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The town's own name, in its own language and script (Луцьк, Warszawa, München). */
  own: string;
  /** Each language's established name; a language that uses the own name has none. */
  names: LocalNames;
}

export interface ExonymTable {
  rows: readonly ExonymRow[];
  byId: ReadonlyMap<number, ExonymRow>;
  /** "UA|lutsk" → the rows that name (own name or any exonym) belongs to. */
  byName: ReadonlyMap<string, readonly ExonymRow[]>;
}

export interface RegionRow {
  country: string;
  /** ISO 3166-2 (PL-DS, DE-BY, AT-9, SK-BL, UA-07, HU-BU). */
  code: string;
  /** The official name in the country's language (województwo dolnośląskie, Bayern). */
  own: string;
  names: LocalNames;
  /** Other spellings people type ("Lower Silesia", "Volyn", "Volhynia"). */
  aliases: readonly string[];
}

export interface RegionTable {
  rows: readonly RegionRow[];
  /** "PL|lower silesia" → rows; every name and alias of a region. */
  byName: ReadonlyMap<string, readonly RegionRow[]>;
  /** The same keys without words like "region", "oblast", "voivodeship" ("PL|lower silesian"). */
  byCore: ReadonlyMap<string, readonly RegionRow[]>;
}

/** A data file that does not read: every problem, with its line. */
export class NameDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    const shown = problems.slice(0, 10).join("\n  ");
    const more = problems.length > 10 ? `\n  … and ${problems.length - 10} more` : "";
    super(`${file} has ${problems.length} problem(s):\n  ${shown}${more}`);
    this.name = "NameDataError";
  }
}

const COUNTRY = /^[A-Z]{2}$/;
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/u;

interface Sheet {
  /** Data rows with their line numbers (the header is line 1). */
  rows: { line: number; get: (column: string) => string }[];
  problems: string[];
}

function readSheet(csv: string, columns: readonly string[]): Sheet {
  const [header, ...body] = parseDelimited(csv);
  if (!header) return { rows: [], problems: ["the file is empty"] };
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = columns.filter((c) => !index.has(c));
  if (missing.length > 0) return { rows: [], problems: [`the header lacks ${missing.join(", ")}`] };
  const problems: string[] = [];
  const rows: Sheet["rows"] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== header.length) {
      problems.push(`line ${line}: ${cells.length} cells under ${header.length} columns`);
      return;
    }
    const bad = cells.find((c) => UNPRINTABLE.test(c) || c.length > 200);
    if (bad !== undefined) {
      problems.push(`line ${line}: a cell is too long or holds control characters`);
      return;
    }
    rows.push({ line, get: (column) => (cells[index.get(column) ?? -1] ?? "").trim() });
  });
  return { rows, problems };
}

function localNames(get: (column: string) => string, own: string): LocalNames {
  const names: LocalNames = {};
  for (const language of NAME_LANGUAGES) {
    const name = get(language);
    // A column that repeats the own name says nothing: the own name is shown anyway.
    if (name && name !== own) names[language] = name;
  }
  return names;
}

// Names are filed under every way normalize.ts may read them: Cyrillic without a letter
// of its own ("Житомир", "Волинська область") may be Ukrainian or not.
function nameKeys(country: string, name: string): string[] {
  return searchKeys(name).map((key) => `${country.toUpperCase()}|${key}`);
}

function file<T>(map: Map<string, T[]>, keys: readonly string[], row: T): void {
  for (const key of keys) {
    const rows = map.get(key);
    if (!rows) map.set(key, [row]);
    else if (!rows.includes(row)) rows.push(row);
  }
}

/** The only row the keys lead to, or none when they lead nowhere or to several. */
function only<T>(map: ReadonlyMap<string, readonly T[]>, keys: readonly string[]): T | undefined {
  const rows = new Set(keys.flatMap((key) => map.get(key) ?? []));
  return rows.size === 1 ? [...rows][0] : undefined;
}

/** db/data/exonyms.csv: one row per town (GeoNames id) that some language names otherwise. */
export function parseExonyms(csv: string): ExonymTable {
  const sheet = readSheet(csv, EXONYM_COLUMNS);
  const problems = [...sheet.problems];
  const rows: ExonymRow[] = [];
  const byId = new Map<number, ExonymRow>();
  const lines = new Map<number, number>();
  for (const { line, get } of sheet.rows) {
    const idText = get("geonames_id");
    const placeId = Number(idText);
    const country = get("country");
    const own = get("name");
    const wrong: string[] = [];
    if (!/^[1-9]\d{0,9}$/.test(idText) || placeId >= SLOVAK_ID_BASE)
      wrong.push(`geonames_id must be a GeoNames id (got "${idText.slice(0, 20)}")`);
    if (!COUNTRY.test(country))
      wrong.push(`country must be two capital letters (got "${country}")`);
    if (!own) wrong.push("name (the town's own name) is empty");
    const names = localNames(get, own);
    if (Object.keys(names).length === 0) wrong.push("no language names the town otherwise");
    const earlier = lines.get(placeId);
    if (earlier !== undefined) wrong.push(`geonames_id ${placeId} is also on line ${earlier}`);
    if (wrong.length > 0) {
      problems.push(`line ${line}: ${wrong.join("; ")}`);
      continue;
    }
    lines.set(placeId, line);
    const row: ExonymRow = { placeId, country, own, names };
    rows.push(row);
    byId.set(placeId, row);
  }
  if (problems.length > 0) throw new NameDataError("exonyms.csv", problems);
  const byName = new Map<string, ExonymRow[]>();
  for (const row of rows) {
    for (const name of [row.own, ...Object.values(row.names)])
      file(byName, nameKeys(row.country, name), row);
  }
  return { rows, byId, byName };
}

// Words that say what kind of region a name is, not which: "Lviv Oblast", "Lviv region",
// "Lvivska oblast" and "obwód lwowski" all leave their specific word(s) behind. Keys
// after normalizeName (lower case, no diacritics, Cyrillic in Latin letters).
const REGION_WORDS = new Set([
  "region",
  "province",
  "county",
  "state",
  "land",
  "free",
  "of",
  "the",
  "voivodeship",
  "voivodship",
  "oblast",
  "kraj",
  "vojvodstvi",
  "vojvodstvo",
  "wojewodztwo",
  "woiwodschaft",
  "obwod",
  "megye",
  "varmegye",
  "komitat",
  "zupa",
  "freistaat",
  "bundesland",
]);

function coreKeys(country: string, name: string): string[] {
  return searchKeys(name).flatMap((key) => {
    const words = key.split(" ").filter((w) => w && !REGION_WORDS.has(w));
    return words.length > 0 ? [`${country.toUpperCase()}|${words.join(" ")}`] : [];
  });
}

/** db/data/foreign-regions.csv: first-level regions with their names and typed spellings. */
export function parseForeignRegions(csv: string): RegionTable {
  const sheet = readSheet(csv, REGION_COLUMNS);
  const problems = [...sheet.problems];
  const rows: RegionRow[] = [];
  const lines = new Map<string, number>();
  for (const { line, get } of sheet.rows) {
    const country = get("country");
    const code = get("code");
    const own = get("name");
    const aliases = get("aliases")
      .split("|")
      .map((a) => a.trim())
      .filter(Boolean);
    const wrong: string[] = [];
    if (!COUNTRY.test(country))
      wrong.push(`country must be two capital letters (got "${country}")`);
    if (!new RegExp(`^${country}-[A-Z0-9]{1,3}$`).test(code))
      wrong.push(`code must be the ISO 3166-2 code ${country}-… (got "${code}")`);
    if (!own) wrong.push("name (the official name) is empty");
    const earlier = lines.get(code);
    if (earlier !== undefined) wrong.push(`code ${code} is also on line ${earlier}`);
    if (wrong.length > 0) {
      problems.push(`line ${line}: ${wrong.join("; ")}`);
      continue;
    }
    lines.set(code, line);
    rows.push({ country, code, own, names: localNames(get, own), aliases });
  }
  if (problems.length > 0) throw new NameDataError("foreign-regions.csv", problems);
  const byName = new Map<string, RegionRow[]>();
  const byCore = new Map<string, RegionRow[]>();
  for (const row of rows) {
    for (const name of [row.own, ...Object.values(row.names), ...row.aliases]) {
      file(byName, nameKeys(row.country, name), row);
      file(byCore, coreKeys(row.country, name), row);
    }
  }
  return { rows, byName, byCore };
}

const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Georgian}\p{Script=Armenian}]/u;
const NOT_CYRILLIC_OR_LATIN = /[\p{Script=Greek}\p{Script=Georgian}\p{Script=Armenian}]/u;

/** Whether a reader of `locale` can be expected to read the name's script. */
function readable(name: string, locale: Locale): boolean {
  if (!NON_LATIN.test(name)) return true;
  return locale === "uk" && !NOT_CYRILLIC_OR_LATIN.test(name);
}

/**
 * The name a reader of `locale` gets: theirs if the language has one; else the own name,
 * unless that is in a script the reader may not read (Тячів or ახმეტა to a Czech reader),
 * when the English one stands in.
 */
function readerName(own: string, names: LocalNames, locale: Locale): string {
  const theirs = names[locale];
  if (theirs) return theirs;
  if (!readable(own, locale) && names.en) return names.en;
  return own;
}

export interface TownRef {
  /** The place's id (GeoNames id, or a Slovak municipality's own id), when known. */
  placeId?: number | null;
  /** The name as stored or typed (Lutsk, Warszawa, Wien). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/**
 * The name of a foreign town for a reader of `locale`, and the town's own name when
 * that is something else (the UI writes "Luck (Луцьк)", "Dubno (Дубно)"); `own` is null
 * when the shown name is the own name or a Latin respelling of it (Poznaň for Poznań).
 *
 * The town is found by its place id. A name is looked up (own name or any exonym, in
 * that country) only when there is no GeoNames id: a place whose GeoNames id the table
 * lacks is another town, and its name may be a namesake's (two Gmünds in Austria).
 */
export function townName(
  table: ExonymTable,
  town: TownRef,
  locale: Locale,
): { name: string; own: string | null } {
  const row = findTown(table, town);
  if (!row) return { name: town.name, own: null };
  const name = readerName(row.own, row.names, locale);
  // A Latin respelling (Poznaň for Poznań) needs no own name beside it; a name in
  // another script does (Dubno for Дубно).
  const same =
    name === row.own ||
    (!NON_LATIN.test(row.own) && normalizeName(name) === normalizeName(row.own));
  return { name, own: same ? null : row.own };
}

/**
 * A foreign region in the reader's language: the typed text is matched (normalised) to a
 * region of that country by its official name, any language's name or an alias, and
 * failing that without words like "region", "oblast", "county"; no match, or one that
 * two regions share, leaves the typed text as it is.
 */
export function regionName(
  table: RegionTable,
  place: { country: string; region: string | null | undefined },
  locale: Locale,
): string {
  const row = findRegion(table, place);
  return row ? readerName(row.own, row.names, locale) : (place.region ?? "");
}

/** The table's row for a town: by its GeoNames id, or by name when it has none (see townName). */
export function findTown(table: ExonymTable, town: TownRef): ExonymRow | undefined {
  const { placeId } = town;
  const geonamesId = typeof placeId === "number" && placeId > 0 && placeId < SLOVAK_ID_BASE;
  return geonamesId
    ? table.byId.get(placeId)
    : only(table.byName, nameKeys(town.country, town.name));
}

/** The table's row for a typed region (see regionName). */
export function findRegion(
  table: RegionTable,
  place: { country: string; region: string | null | undefined },
): RegionRow | undefined {
  const typed = place.region ?? "";
  if (!typed.trim()) return undefined;
  const keys = nameKeys(place.country, typed);
  const exact = keys.some((key) => table.byName.has(key));
  return exact ? only(table.byName, keys) : only(table.byCore, coreKeys(place.country, typed));
}

/** Every name of a town or region in the tables, for search: "Varšava" finds Warszawa. */
export function allNames(row: ExonymRow | RegionRow): string[] {
  return [row.own, ...Object.values(row.names), ...("aliases" in row ? row.aliases : [])];
}
