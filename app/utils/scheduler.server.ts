// Scheduled work, in-process: every minute the due jobs (app/models/jobs.server.ts,
// each claimed in the database so several instances run it once), the e-mail
// queue, and staff's best pairs when the data changed since they were computed. SPOLU_JOBS=off turns it off (tests and scripts drive the jobs themselves).
import { refreshBestPairs, refreshBestPairsIfStale } from "~/models/best-pairs.server";
import { runDueJobs } from "~/models/jobs.server";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";
import { kickDelivery } from "./mail.server";

const MINUTE = 60 * 1000;
const globalForJobs = globalThis as unknown as { spoluJobs?: NodeJS.Timeout };
let firstTick = true;

async function tick(): Promise<void> {
  try {
    const outcomes = await runDueJobs(getDb());
    for (const o of outcomes) {
      if (o.error) console.error(`jobs: ${o.job} failed: ${o.error}`);
      else if (o.ran && JSON.stringify(o.result) !== "0")
        console.warn(`jobs: ${o.job} ${JSON.stringify(o.result)}`);
    }
  } catch (error) {
    console.error("jobs: could not run", error);
  }
  await kickDelivery();
  try {
    // Once after start-up whatever the version says: a new release may score differently.
    if (firstTick) await refreshBestPairs(getDb());
    else await refreshBestPairsIfStale(getDb());
    firstTick = false;
  } catch (error) {
    console.error("jobs: best pairs could not be computed", error);
  }
}

export function startScheduler(): void {
  if (globalForJobs.spoluJobs || getEnv().SPOLU_JOBS === "off") return;
  // First run shortly after start-up, then every minute; unref so it never holds the process open.
  setTimeout(tick, 30_000).unref();
  globalForJobs.spoluJobs = setInterval(tick, MINUTE);
  globalForJobs.spoluJobs.unref();
}
