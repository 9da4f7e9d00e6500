// Existing partnerships of Czech municipalities from public lists
// (db/data/czech-twinnings.csv, see db/data/README.md): one row per pair, the Czech
// side as the register has it (name, definition point), the partner as a GeoNames
// town. Pure: text in, checked rows or line-numbered problems out.
import { isEuropeanCountry } from "./europe";
import { normalizeName } from "./normalize";
import { parseDelimited } from "./register";

export const TWINNING_COLUMNS = [
  "a_name",
  "a_country",
  "a_lat",
  "a_lon",
  "a_population",
  "b_name",
  "b_country",
  "b_lat",
  "b_lon",
  "b_population",
] as const;

export interface TwinningRow {
  line: number;
  czech: { name: string; lat: number; lon: number };
  partner: { name: string; country: string; lat: number; lon: number; population: number | null };
  /** The public list page(s) the pair came from; several are separated by spaces. */
  sources: string[];
}

export interface ParsedTwinnings {
  rows: TwinningRow[];
  problems: string[];
}

function coordinate(value: string | undefined, limit: number): number | null {
  const n = Number(value);
  return value && value.trim() !== "" && Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

export function parseTwinnings(text: string): ParsedTwinnings {
  const [header, ...body] = parseDelimited(text);
  if (!header) return { rows: [], problems: ["the file is empty"] };
  const index = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const missing = TWINNING_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) return { rows: [], problems: [`the header lacks ${missing.join(", ")}`] };
  const cell = (row: string[], column: string) => (row[index.get(column) ?? -1] ?? "").trim();
  const rows: TwinningRow[] = [];
  const problems: string[] = [];
  body.forEach((row, i) => {
    const line = i + 2;
    const aName = cell(row, "a_name");
    const bName = cell(row, "b_name");
    const country = cell(row, "b_country").toUpperCase();
    const aLat = coordinate(cell(row, "a_lat"), 90);
    const aLon = coordinate(cell(row, "a_lon"), 180);
    const bLat = coordinate(cell(row, "b_lat"), 90);
    const bLon = coordinate(cell(row, "b_lon"), 180);
    const population = Number(cell(row, "b_population"));
    const sources = cell(row, "source")
      .split(/\s+/)
      .filter((s) => /^https:\/\/\S+$/.test(s));
    const wrong: string[] = [];
    if (cell(row, "a_country").toUpperCase() !== "CZ") wrong.push("a_country must be CZ");
    if (!aName || aName.length > 120) wrong.push("a_name must be 1–120 characters");
    if (!bName || bName.length > 120) wrong.push("b_name must be 1–120 characters");
    if (!isEuropeanCountry(country) || country === "CZ")
      wrong.push(`b_country must be a European country other than CZ (got "${country}")`);
    if (aLat === null || aLon === null) wrong.push("a_lat/a_lon must be coordinates");
    if (bLat === null || bLon === null) wrong.push("b_lat/b_lon must be coordinates");
    if (wrong.length > 0 || aLat === null || aLon === null || bLat === null || bLon === null) {
      problems.push(`line ${line}: ${wrong.join("; ")}`);
      return;
    }
    rows.push({
      line,
      czech: { name: aName, lat: aLat, lon: aLon },
      partner: {
        name: bName,
        country,
        lat: bLat,
        lon: bLon,
        population: Number.isInteger(population) && population > 0 ? population : null,
      },
      sources,
    });
  });
  return { rows, problems };
}

/**
 * How an import recognises a row it made, across files and after edits: the
 * municipality's code, the partner's country and name, and its position to about a
 * kilometre (the lists name three different towns called Friedland).
 */
export function twinningKey(
  code: string,
  partner: { name: string; country: string; lat: number; lon: number },
): string {
  return `${code}|${partner.country}|${normalizeName(partner.name)}|${partner.lat.toFixed(2)},${partner.lon.toFixed(2)}`;
}
