// Scheduled work, in-process: offer expiry and the 30/7-day reminders. Each job
// is idempotent (only published rows move; reminders carry dedupe keys), so a
// second instance or a restart running it again changes nothing.
import { runOfferExpiry } from "~/models/offer.server";
import { getDb } from "./db.server";

const HOUR = 60 * 60 * 1000;
const globalForJobs = globalThis as unknown as { spoluJobs?: NodeJS.Timeout };

async function runJobs(): Promise<void> {
  try {
    const { expired, reminded } = await runOfferExpiry(getDb());
    if (expired || reminded)
      console.warn(`jobs: ${expired} offers expired, ${reminded} reminders checked`);
  } catch (error) {
    console.error("jobs: offer expiry failed", error);
  }
}

export function startScheduler(): void {
  if (globalForJobs.spoluJobs || process.env.SPOLU_JOBS === "off") return;
  // First run shortly after start-up, then hourly; unref so it never holds the process open.
  setTimeout(runJobs, 30_000).unref();
  globalForJobs.spoluJobs = setInterval(runJobs, HOUR);
  globalForJobs.spoluJobs.unref();
}
