// Imports the official register of Czech municipalities (db/data/czech-municipalities.csv,
// see db/data/README.md). `npm start` runs it when the file is new to the database;
// `npm run db:import-municipalities -- --file new.csv` applies a later file, full or
// partial (e.g. code,population,population_date), by code, keeping everything else.
import path from "node:path";
import type { Kysely } from "kysely";
import type { Database } from "./schema";
import { parseRegister } from "../app/domain/register";
import { countRegisterEntries, importRegister } from "../app/models/register.server";
import { removeCzechPlaces } from "../app/models/place.server";
import { getSetting, putSetting } from "../app/models/settings.server";
import { DataFileError, fileArgument, isMain, log, readDataFile, runWithDatabase } from "./cli";
import { ensureKraje } from "./import-places";

export const REGISTER_FILE = path.join("db", "data", "czech-municipalities.csv");
const IMPORTED_SETTING = "register.municipalities.sha256";

export async function importMunicipalities(
  db: Kysely<Database>,
  options: { file?: string; force?: boolean; say?: (m: string) => void } = {},
): Promise<void> {
  const say = options.say ?? log;
  const file = options.file ?? REGISTER_FILE;
  const { buffer, sha256 } = readDataFile(file);
  const text = buffer.toString("utf8");
  // The bundled file imports once; the same file again only when forced.
  if (!options.force && (await getSetting(db, IMPORTED_SETTING)) === sha256) {
    const n = await countRegisterEntries(db);
    say(`municipalities: the register is up to date (${n.toLocaleString("en")} municipalities)`);
    return;
  }
  const started = Date.now();
  say(`municipalities: reading ${file}…`);
  const parsed = parseRegister(text);
  if (parsed.problems.length > 0) {
    const shown = parsed.problems.slice(0, 10).join("\n  ");
    const more = parsed.problems.length > 10 ? `\n  … and ${parsed.problems.length - 10} more` : "";
    throw new DataFileError(
      `${file} has ${parsed.problems.length} problem(s); nothing was imported:\n  ${shown}${more}`,
    );
  }
  say(
    `municipalities: ${parsed.entries.length.toLocaleString("en")} entries with ${parsed.columns.join(", ")}` +
      (parsed.skipped ? ` (${parsed.skipped} military districts left out)` : ""),
  );
  await ensureKraje(db);
  const report = await importRegister(db, parsed.entries, { say });
  await putSetting(db, IMPORTED_SETTING, sha256, null);
  const dropped = await removeCzechPlaces(db);
  if (dropped > 0)
    say(`places: ${dropped.toLocaleString("en")} Czech GeoNames places replaced by the register`);
  say(
    `municipalities: ${report.inserted.toLocaleString("en")} added, ${report.updated.toLocaleString("en")} updated, ` +
      `${report.unchanged.toLocaleString("en")} unchanged in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const p of report.linked) say(`municipalities: profile "${p.name}" tied to code ${p.code}`);
  for (const p of report.unlinked) {
    say(
      `municipalities: profile "${p.name}" (id ${p.id}) matches no free register entry of its kraj; staff can find it at /admin/claims`,
    );
  }
  if (report.unknownCodes.length > 0) {
    say(
      `municipalities: ${report.unknownCodes.length} code(s) in the file are not in the register and were skipped: ` +
        report.unknownCodes.slice(0, 10).join(", ") +
        (report.unknownCodes.length > 10 ? " …" : ""),
    );
  }
}

if (isMain(import.meta.url)) {
  const file = fileArgument("--file", "obce-2026.csv");
  await runWithDatabase((db) =>
    importMunicipalities(db, {
      file,
      force: file !== undefined || process.argv.includes("--force"),
    }),
  );
}
