// Scheduled jobs, claimed in the database: a job runs once per time slot no
// matter how many app instances share the database, because only the instance
// whose INSERT of (job, slot) succeeds runs it. The jobs are idempotent too, so
// a crash mid-run is repaired by the next slot.
import { today } from "~/domain/dates";
import crypto from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { runContactExpiry, runContactReminders, runDormancy } from "./contact-jobs.server";
import { runDailyDigests, runWeeklyMatches } from "./digest.server";
import { runOfferExpiry } from "./offer.server";

const INSTANCE = `${process.pid}-${crypto.randomBytes(4).toString("hex")}`;

type Period = "hour" | "day";

interface Job {
  name: string;
  period: Period;
  run: (db: Kysely<Database>, now: Date) => Promise<number | Record<string, number>>;
}

export const JOBS: readonly Job[] = [
  {
    name: "offer-expiry",
    period: "hour",
    run: (db, now) => runOfferExpiry(db, today(now)),
  },
  { name: "contact-reminders", period: "hour", run: runContactReminders },
  { name: "contact-expiry", period: "hour", run: runContactExpiry },
  // Hourly so the digest leaves soon after 7:00 however the instance was started;
  // each user's own claim keeps it to one a day.
  { name: "daily-digest", period: "hour", run: runDailyDigests },
  { name: "weekly-matches", period: "hour", run: runWeeklyMatches },
  { name: "dormancy", period: "day", run: runDormancy },
  { name: "prune-job-runs", period: "day", run: pruneJobRuns },
  { name: "prune-rate-limits", period: "hour", run: pruneRateLimits },
];

/** Throttling counters whose window has ended (app/utils/throttle.server.ts). */
export async function pruneRateLimits(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .deleteFrom("rate_limits")
    .where("expire", "<", now.getTime())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function slotOf(period: Period, now: Date): string {
  const iso = now.toISOString();
  return period === "hour" ? iso.slice(0, 13) : iso.slice(0, 10);
}

/** True when this caller won the slot. */
export async function claimJob(
  db: Kysely<Database>,
  job: string,
  slot: string,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto("job_runs")
    .values({
      job,
      slot,
      instance: INSTANCE,
      started_at: now.toISOString(),
      finished_at: null,
      result: null,
    })
    .onConflict((oc) => oc.columns(["job", "slot"]).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

export interface JobOutcome {
  job: string;
  ran: boolean;
  result?: unknown;
  error?: string;
}

/** Every job whose slot is free; a failing job is logged and does not stop the others. */
export async function runDueJobs(db: Kysely<Database>, now = new Date()): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of JOBS) {
    const slot = slotOf(job.period, now);
    if (!(await claimJob(db, job.name, slot, now))) {
      outcomes.push({ job: job.name, ran: false });
      continue;
    }
    try {
      const result = await job.run(db, now);
      await db
        .updateTable("job_runs")
        .set({ finished_at: new Date().toISOString(), result: JSON.stringify(result) })
        .where("job", "=", job.name)
        .where("slot", "=", slot)
        .execute();
      outcomes.push({ job: job.name, ran: true, result });
    } catch (error) {
      await db
        .updateTable("job_runs")
        .set({
          finished_at: new Date().toISOString(),
          result: JSON.stringify({ error: String(error) }),
        })
        .where("job", "=", job.name)
        .where("slot", "=", slot)
        .execute();
      outcomes.push({ job: job.name, ran: true, error: String(error) });
    }
  }
  return outcomes;
}

/** Keeps 30 days of job history. */
async function pruneJobRuns(db: Kysely<Database>, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  const result = await db
    .deleteFrom("job_runs")
    .where("started_at", "<", cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The latest runs, for staff (/admin/outbox shows them beside the e-mails). */
export async function listJobRuns(db: Kysely<Database>, limit = 20) {
  return db.selectFrom("job_runs").selectAll().orderBy("started_at", "desc").limit(limit).execute();
}
