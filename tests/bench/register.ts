// The real register of Czech municipalities (db/data/czech-municipalities.csv) for
// the benchmarks, and a few synthetic profiles on top of it: most of the 6,254
// have no profile, as in production, and some dozens have one, so both kinds of
// municipality are ranked and drawn. Same seed, same profiles, on every machine.
import fs from "node:fs";
import path from "node:path";
import { isComplete, parseRegister, type CompleteEntry } from "~/domain/register";
import type { MatchMunicipality } from "~/domain/scoring";
import type { MunicipalityPublic } from "~/models/municipality.server";
import { random, syntheticMunicipalities } from "./synthetic";

export const REGISTER_FILE = path.join("db", "data", "czech-municipalities.csv");

/** Every entry of the bundled register, in the file's order (the order the import inserts). */
export function registerEntries(file = REGISTER_FILE): CompleteEntry[] {
  const parsed = parseRegister(fs.readFileSync(file, "utf8"));
  if (parsed.problems.length > 0)
    throw new Error(`${file}: ${parsed.problems.slice(0, 3).join("; ")}`);
  const complete = parsed.entries.filter(isComplete);
  if (complete.length !== parsed.entries.length)
    throw new Error(`${file}: ${parsed.entries.length - complete.length} incomplete entries`);
  return complete;
}

/** What a mayor's profile adds to a register entry. */
export type SyntheticProfile = Pick<
  MatchMunicipality,
  | "interests"
  | "languages"
  | "seeksCountries"
  | "seeksAnyCountry"
  | "partnerMin"
  | "partnerMax"
  | "maxDistanceKm"
> & { verified: boolean };

/**
 * `count` register entries (by index into `entries`) with a profile. The wishes
 * come from ./synthetic.ts, which sets them in realistic shares; name, size and
 * place stay the register's.
 */
export function syntheticProfiles(
  entries: readonly CompleteEntry[],
  count: number,
  seed = 613,
): Map<number, SyntheticProfile> {
  const rng = random(seed);
  const wishes = syntheticMunicipalities(count, seed);
  const chosen = new Map<number, SyntheticProfile>();
  while (chosen.size < Math.min(count, entries.length)) {
    const index = Math.floor(rng() * entries.length);
    if (chosen.has(index)) continue;
    const w = wishes[chosen.size] as MatchMunicipality;
    chosen.set(index, {
      interests: w.interests,
      languages: w.languages,
      seeksCountries: w.seeksCountries,
      seeksAnyCountry: w.seeksAnyCountry,
      partnerMin: w.partnerMin,
      partnerMax: w.partnerMax,
      maxDistanceKm: w.maxDistanceKm,
      verified: rng() < 0.25,
    });
  }
  return chosen;
}

/**
 * A register entry as `listPublicMunicipalities` returns it after the import (id =
 * position in the file + 1), with its profile when it has one and no partnerships.
 */
export function publicMunicipality(
  entry: CompleteEntry,
  id: number,
  profile: SyntheticProfile | undefined,
  stamp: string,
): MunicipalityPublic {
  const range =
    profile && (profile.partnerMin !== null || profile.partnerMax !== null)
      ? ([profile.partnerMin, profile.partnerMax] as [number | null, number | null])
      : null;
  return {
    id,
    code: entry.code,
    name: entry.name,
    kind: entry.kind,
    okres: entry.okres,
    okresCode: entry.okresCode,
    orp: entry.orp,
    kraj: entry.kraj,
    population: entry.population,
    populationDate: entry.populationDate,
    ico: entry.ico,
    lat: entry.lat,
    lon: entry.lon,
    hasProfile: profile !== undefined,
    profileShown: profile !== undefined,
    claimed: false,
    interests: profile ? [...profile.interests] : [],
    languages: profile ? [...profile.languages] : [],
    description: "",
    descriptionLang: "cs",
    seeksCountries: profile ? [...profile.seeksCountries] : [],
    seeksAnyCountry: profile ? profile.seeksAnyCountry : true,
    partnerPopulation: range,
    maxDistanceKm: profile ? profile.maxDistanceKm : null,
    status: profile ? "published" : "none",
    verified: profile?.verified ?? false,
    isDemo: false,
    updatedAt: stamp,
    partnerships: [],
  };
}
