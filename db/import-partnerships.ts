// Imports the existing partnerships of Czech municipalities from public lists
// (db/data/czech-twinnings.csv, see db/data/README.md) into the registry, as
// unverified rows with their source. `npm start` runs it when the file is new to
// the database; `npm run db:import-partnerships -- --file later.csv` adds the rows
// of a later file. Rows already imported are recognised by their key and left as
// municipalities and staff have made them (confirmed, corrected or removed).
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "./schema";
import { parseTwinnings } from "../app/domain/twinnings";
import { importTwinnings } from "../app/models/partnership.server";
import { getSetting, putSetting } from "../app/models/settings.server";
import { DataFileError, fileArgument, isMain, log, readDataFile, runWithDatabase } from "./cli";

export const TWINNINGS_FILE = path.join("db", "data", "czech-twinnings.csv");
const IMPORTED_SETTING = "registry.partnerships.sha256";

export async function importPartnerships(
  db: Kysely<Database>,
  options: { file?: string; force?: boolean; say?: (m: string) => void } = {},
): Promise<void> {
  const say = options.say ?? log;
  const file = options.file ?? TWINNINGS_FILE;
  const { buffer, sha256 } = readDataFile(file);
  if (!options.force && (await getSetting(db, IMPORTED_SETTING)) === sha256) {
    say("partnerships: the public lists are up to date");
    return;
  }
  const started = Date.now();
  const parsed = parseTwinnings(buffer.toString("utf8"));
  if (parsed.problems.length > 0) {
    const shown = parsed.problems.slice(0, 10).join("\n  ");
    const more = parsed.problems.length > 10 ? `\n  … and ${parsed.problems.length - 10} more` : "";
    throw new DataFileError(
      `${file} has ${parsed.problems.length} problem(s); nothing was imported:\n  ${shown}${more}`,
    );
  }
  say(`partnerships: ${parsed.rows.length.toLocaleString("en")} rows from public lists in ${file}`);
  const report = await importTwinnings(db, parsed.rows, { say });
  await putSetting(db, IMPORTED_SETTING, sha256, null);
  say(
    `partnerships: ${report.inserted.toLocaleString("en")} added (${report.unplaced} without a place on the map), ` +
      `${report.known} already imported, ${report.listed} already listed by the municipality, ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (report.noMunicipality.length > 0) {
    say(
      `partnerships: ${report.noMunicipality.length} row(s) name no municipality of the register and were skipped: ` +
        report.noMunicipality.slice(0, 5).join("; ") +
        (report.noMunicipality.length > 5 ? " …" : ""),
    );
  }
}

if (isMain(import.meta.url)) {
  const file = fileArgument("--file", "partnerstvi-2027.csv");
  await runWithDatabase((db) =>
    importPartnerships(db, {
      file,
      force: file !== undefined || process.argv.includes("--force"),
    }),
  );
}
