// The official register of Czech municipalities as Spolu reads it: a CSV with one
// row per RÚIAN municipality code (db/data/czech-municipalities.csv, or a later
// file with some of its columns, e.g. `code,population,population_date` from a new
// ČSÚ table). Pure: text in, checked entries or line-numbered problems out.
import { krajFromNuts } from "./kraje";

/** The kinds of municipality the register knows; military districts are not municipalities. */
export const MUNICIPALITY_KINDS = [
  "obec",
  "městys",
  "město",
  "statutární město",
  "hlavní město",
] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];
const MILITARY_DISTRICT = "vojenský újezd";

export function isMunicipalityKind(value: string): value is MunicipalityKind {
  return (MUNICIPALITY_KINDS as readonly string[]).includes(value);
}

/** One municipality's official data; a partial file carries only some fields. */
export interface RegisterEntry {
  code: string;
  name?: string;
  kind?: MunicipalityKind;
  okresCode?: string;
  okres?: string;
  orp?: string;
  /** ISO 3166-2 code of the kraj (CZ-31), from the file's NUTS 3 code (CZ031). */
  kraj?: string;
  population?: number;
  populationDate?: string;
  lat?: number;
  lon?: number;
  ico?: string;
}

export type CompleteEntry = Required<RegisterEntry>;

export function isComplete(entry: RegisterEntry): entry is CompleteEntry {
  return (
    entry.name !== undefined &&
    entry.kind !== undefined &&
    entry.okresCode !== undefined &&
    entry.okres !== undefined &&
    entry.orp !== undefined &&
    entry.kraj !== undefined &&
    entry.population !== undefined &&
    entry.populationDate !== undefined &&
    entry.lat !== undefined &&
    entry.lon !== undefined &&
    entry.ico !== undefined
  );
}

export interface ParsedRegister {
  entries: RegisterEntry[];
  /** The file's columns that Spolu reads. */
  columns: string[];
  /** Rows left out on purpose (military districts). */
  skipped: number;
  /** "line 12: population must be a whole number ≥ 0 (got "x")"; any problem stops the import. */
  problems: string[];
}

/** The columns Spolu reads; others in the file (population_male, coord_source …) are ignored. */
export const REGISTER_COLUMNS = [
  "code",
  "name",
  "kind",
  "okres_code",
  "okres",
  "kraj_code",
  "orp",
  "population",
  "population_date",
  "lat",
  "lon",
  "ico",
] as const;

// The Czech Republic's extent with a margin: a point outside is a swapped or broken value.
const LAT = [48.4, 51.2] as const;
const LON = [11.9, 19.0] as const;
const MAX_POPULATION = 2_000_000;

/** RFC 4180 cells; the delimiter is a comma or, as Czech Excel writes it, a semicolon. */
export function parseDelimited(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

export function parseRegister(text: string): ParsedRegister {
  const [header, ...rows] = parseDelimited(text);
  const problems: string[] = [];
  if (!header) return { entries: [], columns: [], skipped: 0, problems: ["the file is empty"] };
  const names = header.map((h) => h.trim().toLowerCase());
  const index = new Map(names.map((n, i) => [n, i]));
  if (!index.has("code")) {
    return {
      entries: [],
      columns: [],
      skipped: 0,
      problems: ['the header has no "code" column (the RÚIAN municipality code)'],
    };
  }
  const columns = REGISTER_COLUMNS.filter((c) => index.has(c));
  const entries: RegisterEntry[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  rows.forEach((cells, i) => {
    const line = i + 2;
    const get = (column: string) => {
      const at = index.get(column);
      return at === undefined ? undefined : (cells[at] ?? "").trim();
    };
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
    const code = get("code") ?? "";
    if (!/^\d{6}$/.test(code)) {
      problem(`code must be the 6-digit RÚIAN code (got "${code.slice(0, 20)}")`);
      return;
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      problem(`code ${code} is also on line ${earlier}`);
      return;
    }
    seen.set(code, line);
    const entry: RegisterEntry = { code };
    const name = get("name");
    if (name !== undefined) {
      if (!name || name.length > 80 || /[\p{Cc}\p{Cf}]/u.test(name))
        problem(`name must be 1–80 printable characters`);
      else entry.name = name;
    }
    if (kind !== undefined) {
      if (isMunicipalityKind(kind)) entry.kind = kind;
      else problem(`kind "${kind.slice(0, 30)}" is not one of ${MUNICIPALITY_KINDS.join(", ")}`);
    }
    const okresCode = get("okres_code");
    if (okresCode !== undefined) {
      if (/^\d{4}$/.test(okresCode)) entry.okresCode = okresCode;
      else problem(`okres_code must be 4 digits (got "${okresCode.slice(0, 20)}")`);
    }
    const okres = get("okres");
    if (okres !== undefined) {
      if (okres && okres.length <= 80) entry.okres = okres;
      else problem("okres must be 1–80 characters");
    }
    const orp = get("orp");
    if (orp !== undefined) {
      if (orp && orp.length <= 80) entry.orp = orp;
      else problem("orp must be 1–80 characters");
    }
    const nuts = get("kraj_code");
    if (nuts !== undefined) {
      const kraj = krajFromNuts(nuts);
      if (kraj) entry.kraj = kraj.code;
      else problem(`kraj_code "${nuts.slice(0, 20)}" is not a Czech NUTS 3 code (CZ010 … CZ080)`);
    }
    const population = get("population");
    if (population !== undefined) {
      const n = Number(population.replace(/[\s\u00a0]/g, ""));
      if (population !== "" && Number.isInteger(n) && n >= 0 && n <= MAX_POPULATION)
        entry.population = n;
      else problem(`population must be a whole number ≥ 0 (got "${population.slice(0, 20)}")`);
    }
    const date = get("population_date");
    if (date !== undefined) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)))
        entry.populationDate = date;
      else problem(`population_date must be YYYY-MM-DD (got "${date.slice(0, 20)}")`);
    }
    for (const [column, [min, max]] of [
      ["lat", LAT],
      ["lon", LON],
    ] as const) {
      const raw = get(column);
      if (raw === undefined) continue;
      const n = Number(raw);
      if (raw !== "" && Number.isFinite(n) && n >= min && n <= max) entry[column] = n;
      else
        problem(`${column} must be a number between ${min} and ${max} (got "${raw.slice(0, 20)}")`);
    }
    const ico = get("ico");
    if (ico !== undefined) {
      if (/^\d{8}$/.test(ico)) entry.ico = ico;
      else problem(`ico must be 8 digits (got "${ico.slice(0, 20)}")`);
    }
    entries.push(entry);
  });
  return { entries, columns, skipped, problems };
}

/** The size bands of the directory's filter, by inhabitants (upper bound exclusive). */
export const SIZE_BANDS = [
  { key: "lt500", min: 0, max: 500 },
  { key: "500-999", min: 500, max: 1_000 },
  { key: "1000-4999", min: 1_000, max: 5_000 },
  { key: "5000-19999", min: 5_000, max: 20_000 },
  { key: "20000-99999", min: 20_000, max: 100_000 },
  { key: "100000+", min: 100_000, max: null },
] as const;
export type SizeBand = (typeof SIZE_BANDS)[number]["key"];

export function sizeBand(population: number): SizeBand {
  for (const band of SIZE_BANDS) {
    if (population >= band.min && (band.max === null || population < band.max)) return band.key;
  }
  return "100000+";
}

export function isSizeBand(value: string): value is SizeBand {
  return SIZE_BANDS.some((b) => b.key === value);
}
