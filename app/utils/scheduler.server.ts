// Scheduled work, in-process: every minute the due jobs (app/models/jobs.server.ts,
// each claimed in the database so several instances run it once) and the e-mail
// queue. SPOLU_JOBS=off turns it off (tests and scripts drive the jobs themselves).
import { runDueJobs } from "~/models/jobs.server";
import { getDb } from "./db.server";
import { getEnv } from "./env.server";
import { kickDelivery } from "./mail.server";

const MINUTE = 60 * 1000;
const globalForJobs = globalThis as unknown as { spoluJobs?: NodeJS.Timeout };

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
}

export function startScheduler(): void {
  if (globalForJobs.spoluJobs || getEnv().SPOLU_JOBS === "off") return;
  // First run shortly after start-up, then every minute; unref so it never holds the process open.
  setTimeout(tick, 30_000).unref();
  globalForJobs.spoluJobs = setInterval(tick, MINUTE);
  globalForJobs.spoluJobs.unref();
}
