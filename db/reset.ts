// Drops every table and sets the database up again from nothing.
import { isMain, log, runWithDatabase } from "./cli";
import { dropEverything } from "./dialect";
import { setup } from "./setup";

if (isMain(import.meta.url)) {
  await runWithDatabase(async (db) => {
    log("reset: dropping every table…");
    await dropEverything(db);
    await setup(db);
  });
}
