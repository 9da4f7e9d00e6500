// The Slovak municipalities as Spolu reads them (db/data/slovak-municipalities.csv,
// ŠÚ SR, see db/data/README.md): one row per municipality code, the whole cities of
// Bratislava and Košice as one row each. They are the Slovak places of Spolu, in
// place of GeoNames' few Slovak towns. Pure: text in, checked entries or
// line-numbered problems out; and the pairing with GeoNames' towns of the same name.
import { normalizeName } from "./normalize";
import { parseDelimited } from "./register";

export interface SlovakMunicipality {
  /** ŠÚ SR municipality code, 6 digits (500011 … 599981). */
  code: string;
  name: string;
  kind: "obec" | "mesto";
  okres: string;
  kraj: string;
  population: number;
  populationDate: string;
  lat: number;
  lon: number;
  ico: string;
}

export interface ParsedSlovakMunicipalities {
  entries: SlovakMunicipality[];
  /** Rows left out on purpose (the military districts). */
  skipped: number;
  /** "line 12: …"; any problem stops the import. */
  problems: string[];
}

const COLUMNS = [
  "code",
  "name",
  "kind",
  "okres",
  "kraj",
  "population",
  "population_date",
  "lat",
  "lon",
  "ico",
] as const;
const MILITARY_DISTRICT = "vojenský obvod";
// Slovakia's extent with a margin: a point outside is a swapped or broken value.
const LAT = [47.6, 49.7] as const;
const LON = [16.8, 22.6] as const;

/**
 * Place ids are GeoNames ids (up to about 13 million today). A Slovak municipality
 * that GeoNames does not list gets 1,000,000,000 + its ŠÚ SR code: the codes run
 * from 500011 to 599981, so these ids (1,000,500,011 … 1,000,599,981) stay far above
 * every GeoNames id and below PostgreSQL's int4 limit (2,147,483,647).
 */
export const SLOVAK_ID_BASE = 1_000_000_000;

export function slovakPlaceId(code: string): number {
  return SLOVAK_ID_BASE + Number(code);
}

export function parseSlovakMunicipalities(text: string): ParsedSlovakMunicipalities {
  const [header, ...rows] = parseDelimited(text);
  if (!header) return { entries: [], skipped: 0, problems: ["the file is empty"] };
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0)
    return { entries: [], skipped: 0, problems: [`the header lacks ${missing.join(", ")}`] };
  const problems: string[] = [];
  const entries: SlovakMunicipality[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  rows.forEach((cells, i) => {
    const line = i + 2;
    const get = (column: (typeof COLUMNS)[number]) => (cells[index.get(column)!] ?? "").trim();
    const problem = (message: string) => problems.push(`line ${line}: ${message}`);
    if (cells.length !== header.length) {
      problem(`${cells.length} cells under ${header.length} columns`);
      return;
    }
    const kind = get("kind");
    if (kind === MILITARY_DISTRICT) {
      skipped++;
      return;
    }
    const code = get("code");
    if (!/^5\d{5}$/.test(code)) {
      problem(`code must be the 6-digit ŠÚ SR code 5xxxxx (got "${code.slice(0, 20)}")`);
      return;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      problem(`code ${code} is also on line ${earlier}`);
      return;
    }
    seen.set(code, line);
    const before = problems.length;
    const name = get("name");
    if (!name || name.length > 80 || /[\p{Cc}\p{Cf}]/u.test(name))
      problem("name must be 1–80 printable characters");
    if (kind !== "obec" && kind !== "mesto")
      problem(`kind "${kind.slice(0, 30)}" is not obec, mesto or ${MILITARY_DISTRICT}`);
    const okres = get("okres");
    const kraj = get("kraj");
    if (!okres || okres.length > 80) problem("okres must be 1–80 characters");
    if (!kraj || kraj.length > 80) problem("kraj must be 1–80 characters");
    const rawPopulation = get("population");
    const population = Number(rawPopulation);
    if (rawPopulation === "" || !Number.isInteger(population) || population < 0)
      problem(`population must be a whole number ≥ 0 (got "${rawPopulation.slice(0, 20)}")`);
    const date = get("population_date");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      problem(`population_date must be YYYY-MM-DD (got "${date.slice(0, 20)}")`);
    const point: Record<"lat" | "lon", number> = { lat: NaN, lon: NaN };
    for (const [column, [min, max]] of [
      ["lat", LAT],
      ["lon", LON],
    ] as const) {
      const raw = get(column);
      const n = Number(raw);
      if (raw !== "" && Number.isFinite(n) && n >= min && n <= max) point[column] = n;
      else
        problem(`${column} must be a number between ${min} and ${max} (got "${raw.slice(0, 20)}")`);
    }
    const ico = get("ico");
    if (!/^\d{8}$/.test(ico)) problem(`ico must be 8 digits (got "${ico.slice(0, 20)}")`);
    if (problems.length > before) return;
    entries.push({
      code,
      name,
      kind: kind as SlovakMunicipality["kind"],
      okres,
      kraj,
      population,
      populationDate: date,
      lat: point.lat,
      lon: point.lon,
      ico,
    });
  });
  return { entries, skipped, problems };
}

/** A GeoNames town as far as the pairing needs it. */
export interface GeonamesTown {
  id: number;
  name: string;
  alternates: string[];
  lat: number;
  lon: number;
  /** GeoNames' admin3 code, which for Slovakia is the ŠÚ SR code of the town's municipality. */
  municipalityCode: string | null;
}

// The farthest a GeoNames town centre lies from its municipality's point (a polygon
// centroid) among the pairs: 7.4 km (Rajec). Same-named villages are further apart.
export const SAME_TOWN_KM = 10;

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface GeonamesPairing<T> {
  /** The GeoNames town that is the municipality, by code. */
  paired: Map<string, T>;
  /** Other GeoNames places inside a municipality (Tatranská Lomnica in Vysoké Tatry), by code. */
  parts: Map<string, T[]>;
  /** GeoNames places of no municipality in the list (boroughs of Bratislava and Košice). */
  unpaired: T[];
}

/**
 * Pairs GeoNames' Slovak towns with the municipalities they are: the same name
 * (diacritics aside) in the municipality that GeoNames' admin3 code names or, where
 * it names none (the whole cities of Bratislava and Košice), within SAME_TOWN_KM;
 * a town whose main name is Hungarian or German (Vágfüzes) by one of its alternate
 * names. One town per municipality and one municipality per town, the nearest first.
 */
export function pairWithGeonames<T extends GeonamesTown>(
  municipalities: SlovakMunicipality[],
  towns: T[],
): GeonamesPairing<T> {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const byName = new Map<string, SlovakMunicipality[]>();
  for (const m of municipalities) {
    const key = normalizeName(m.name);
    byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  const candidates = (names: string[], town: T) => {
    const within = town.municipalityCode ? byCode.get(town.municipalityCode) : undefined;
    return [...new Set(names.map(normalizeName))]
      .flatMap((n) => byName.get(n) ?? [])
      .filter((m) => (within ? m === within : true))
      .map((m) => ({ m, km: distanceKm(town, m) }))
      .filter((c) => within || c.km <= SAME_TOWN_KM);
  };
  // Every plausible pair, best first: by the main name before an alternate, then by distance.
  const pairs = towns.flatMap((town) => {
    const main = candidates([town.name], town);
    const found = main.length > 0 ? main : candidates(town.alternates, town);
    return found.map((c) => ({ town, m: c.m, km: c.km, byAlternate: main.length === 0 }));
  });
  pairs.sort((a, b) => Number(a.byAlternate) - Number(b.byAlternate) || a.km - b.km);
  const paired = new Map<string, T>();
  const used = new Set<number>();
  for (const pair of pairs) {
    if (paired.has(pair.m.code) || used.has(pair.town.id)) continue;
    paired.set(pair.m.code, pair.town);
    used.add(pair.town.id);
  }
  const parts = new Map<string, T[]>();
  const unpaired: T[] = [];
  for (const town of towns) {
    if (used.has(town.id)) continue;
    const code = town.municipalityCode;
    if (code && byCode.has(code)) parts.set(code, [...(parts.get(code) ?? []), town]);
    else unpaired.push(town);
  }
  return { paired, parts, unpaired };
}
