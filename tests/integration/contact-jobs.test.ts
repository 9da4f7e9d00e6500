// The scheduled work of the contact workflow on a real database, with a fake
// clock (every job takes `now`): reminders at 14 days, expiry at 30, the
// dormancy flag at 12 months, the claims that keep a job to one run per slot
// across instances, and the e-mails: immediate, the daily digest (from 7:00
// Prague time, once a day) and the weekly matches. E-mails are rows of
// `emails` (status `outbox`: SMTP_URL is unset here).
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, parseDatabaseUrl } from "../../db/dialect";
import type { Database, EmailPref, Locale } from "../../db/schema";
import { pragueDay } from "~/domain/dates";
import { listHistory } from "~/models/audit.server";
import { runContactExpiry, runContactReminders, runDormancy } from "~/models/contact-jobs.server";
import { createContact, postMessage, transitionContact } from "~/models/contact.server";
import { runDailyDigests, runWeeklyMatches } from "~/models/digest.server";
import { JOBS, claimJob, runDueJobs, slotOf } from "~/models/jobs.server";
import { notificationText, type NotificationKind } from "~/models/notification.server";
import { PartnershipError, recordActivity } from "~/models/partnership.server";
import type { ContactAction } from "~/domain/contact-lifecycle";
import {
  DAY_MS,
  addDays,
  addMs,
  makeMunicipality,
  makeOffer,
  makeUser,
  pragueAt,
  type TestUser,
} from "../support/factories";
import { useTestDatabase } from "../support/routes";
import { createSeededDb, dialectName, postgresUrl, type TestDb } from "../support/test-db";

const HOUR_MS = 3_600_000;

interface Pair {
  mayor: TestUser;
  foreign: TestUser;
  municipalityId: number;
  municipalityName: string;
  offerId: number;
  offerTown: string;
}

interface UserOptions {
  locale?: Locale;
  emailPref?: EmailPref;
  emailVerified?: boolean;
}

describe(`scheduled contact work on ${dialectName()}`, () => {
  let t: TestDb;
  let staff: TestUser;

  beforeAll(async () => {
    t = await createSeededDb();
    await useTestDatabase(t);
    staff = await makeUser(t, "staff");
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const as = (user: TestUser) => ({ id: user.id, role: user.role });

  async function newPair(
    options: { mayor?: UserOptions; foreign?: UserOptions; authorless?: boolean } = {},
  ): Promise<Pair> {
    const mayor = await makeUser(t, "mayor", options.mayor);
    const foreign = await makeUser(t, "foreign", options.foreign);
    const municipalityName = `Obec ${mayor.id}`;
    const municipalityId = await makeMunicipality(t, mayor.id, staff.id, {
      name: municipalityName,
      interests: ["culture", "heritage"],
    });
    const offerTown = `Partnerstadt ${foreign.id}`;
    const offerId = await makeOffer(t, options.authorless ? null : foreign.id, staff.id, {
      town: offerTown,
      topics: ["culture", "sport"],
    });
    return { mayor, foreign, municipalityId, municipalityName, offerId, offerTown };
  }

  const move = (id: number, action: ContactAction, user: TestUser, text?: string) =>
    transitionContact(t.db, id, action, as(user), { text });

  async function request(p: Pair): Promise<number> {
    return createContact(
      t.db,
      {
        municipalityId: p.municipalityId,
        offerId: p.offerId,
        message: "Dobrý den, rádi bychom spolupracovali.",
        topics: ["culture"],
      },
      { ...as(p.mayor), emailVerified: true },
    );
  }

  async function forwarded(p: Pair): Promise<number> {
    const id = await request(p);
    await move(id, "forward", staff);
    return id;
  }

  const contactRow = (id: number) =>
    t.db.selectFrom("contacts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  async function waitingSince(id: number): Promise<string> {
    const value = (await contactRow(id)).waiting_since;
    if (!value) throw new Error(`contact ${id} is not waiting`);
    return value;
  }

  /** A user's notices of one kind about one page. */
  async function noticesOf(user: TestUser, kind: NotificationKind, link: string) {
    return t.db
      .selectFrom("notifications")
      .selectAll()
      .where("user_id", "=", user.id)
      .where("kind", "=", kind)
      .where("link", "=", link)
      .orderBy("id")
      .execute();
  }

  async function emailsTo(user: TestUser, kind?: string) {
    let q = t.db.selectFrom("emails").selectAll().where("user_id", "=", user.id);
    if (kind) q = q.where("kind", "=", kind);
    return q.orderBy("id").execute();
  }

  /** The text and the HTML both link to the page (and not to one whose id merely starts alike). */
  function expectLink(email: { body_text: string; body_html: string }, path: string): void {
    const escaped = path.replace(/[?]/g, "\\?");
    expect(email.body_text).toMatch(new RegExp(`https?://\\S+${escaped}(?![\\d&])`));
    expect(email.body_html).toMatch(new RegExp(`href="https?://[^"]+${escaped}"`));
  }

  // ---- Reminders ------------------------------------------------------------------------------

  describe("reminders", () => {
    it("a forwarded request unanswered for 14 days gets exactly one reminder; at 13 days none", async () => {
      const p = await newPair({ foreign: { locale: "en" } });
      const id = await forwarded(p);
      const link = `/contacts/${id}`;
      const since = await waitingSince(id);

      await runContactReminders(t.db, addMs(since, 13 * DAY_MS));
      await runContactReminders(t.db, addMs(since, 14 * DAY_MS - 60_000));
      expect(await noticesOf(p.foreign, "contact_reminder", link)).toHaveLength(0);
      expect((await contactRow(id)).reminded_at).toBeNull();

      const due = addMs(since, 14 * DAY_MS);
      expect(await runContactReminders(t.db, due)).toBeGreaterThanOrEqual(1);
      expect((await contactRow(id)).reminded_at).toBe(due.toISOString());
      // Again in the same hour, the next hour, the next day: nothing more.
      await runContactReminders(t.db, due);
      await runContactReminders(t.db, addMs(due, HOUR_MS));
      await runContactReminders(t.db, addMs(due, DAY_MS));
      expect(await noticesOf(p.foreign, "contact_reminder", link)).toHaveLength(1);
      expect(await noticesOf(p.mayor, "contact_reminder", link)).toHaveLength(0);
      expect((await contactRow(id)).status).toBe("forwarded");

      const emails = await emailsTo(p.foreign, "contact_reminder");
      expect(emails).toHaveLength(1);
      const email = emails[0]!;
      expect(email).toMatchObject({ to_address: p.foreign.email, locale: "en", status: "outbox" });
      expect(email.body_text).toContain(
        `The expression of interest ${p.municipalityName} – ${p.offerTown} has been waiting for your answer for 14 days.`,
      );
      expect(email.subject).toContain("has been waiting for your answer");
      expectLink(email, link);
      expect(await emailsTo(p.mayor, "contact_reminder")).toHaveLength(0);
    });

    it("a request completed with more information waits anew: one more reminder 14 days after the answer", async () => {
      const p = await newPair();
      const id = await forwarded(p);
      const link = `/contacts/${id}`;
      // Forwarded 20 days ago and reminded at 14.
      const first = new Date(Date.now() - 20 * DAY_MS).toISOString();
      await t.db
        .updateTable("contacts")
        .set({ waiting_since: first })
        .where("id", "=", id)
        .execute();
      await runContactReminders(t.db, new Date());
      expect(await noticesOf(p.foreign, "contact_reminder", link)).toHaveLength(1);

      await move(id, "request_info", p.foreign, "Kolik máte obyvatel?");
      await runContactReminders(t.db, addMs(new Date(), 14 * DAY_MS));
      expect(await noticesOf(p.foreign, "contact_reminder", link)).toHaveLength(1);
      await move(id, "answer", p.mayor, "Asi dva tisíce.");
      const since = await waitingSince(id);
      expect((await contactRow(id)).reminded_at).toBeNull();
      await runContactReminders(t.db, addMs(since, 13 * DAY_MS));
      expect(await noticesOf(p.foreign, "contact_reminder", link)).toHaveLength(1);
      await runContactReminders(t.db, addMs(since, 14 * DAY_MS));
      await runContactReminders(t.db, addMs(since, 15 * DAY_MS));
      expect(await noticesOf(p.foreign, "contact_reminder", link)).toHaveLength(2);
      expect(await emailsTo(p.foreign, "contact_reminder")).toHaveLength(2);
    });

    it("requests not waiting on the recipient get no reminder", async () => {
      const p1 = await newPair();
      const inReview = await request(p1);
      const p2 = await newPair();
      const asked = await forwarded(p2);
      await move(asked, "request_info", p2.foreign, "Máte školu?");
      const p3 = await newPair();
      const done = await forwarded(p3);
      await move(done, "accept", p3.foreign);
      await runContactReminders(t.db, addMs(new Date(), 40 * DAY_MS));
      for (const [user, id] of [
        [p1.foreign, inReview],
        [p1.mayor, inReview],
        [p2.foreign, asked],
        [p2.mayor, asked],
        [p3.foreign, done],
        [p3.mayor, done],
      ] as const)
        expect(await noticesOf(user, "contact_reminder", `/contacts/${id}`)).toHaveLength(0);
    });

    it("an introduction reminds only the side that has not answered yet", async () => {
      const p = await newPair();
      const id = await createContact(
        t.db,
        {
          municipalityId: p.municipalityId,
          offerId: p.offerId,
          message: "Doporučujeme.",
          topics: [],
        },
        { ...as(staff), emailVerified: true },
      );
      await move(id, "accept", p.mayor);
      const since = await waitingSince(id);
      await runContactReminders(t.db, addMs(since, 14 * DAY_MS));
      expect(await noticesOf(p.foreign, "contact_reminder", `/contacts/${id}`)).toHaveLength(1);
      expect(await noticesOf(p.mayor, "contact_reminder", `/contacts/${id}`)).toHaveLength(0);
    });
  });

  // ---- Expiry ---------------------------------------------------------------------------------

  describe("expiry", () => {
    it("30 days unanswered: expired, both sides told, an audit event without an actor; twice is once", async () => {
      const p = await newPair({ foreign: { locale: "en" } });
      const id = await forwarded(p);
      const link = `/contacts/${id}`;
      // Answered in time: forwarded too, then accepted before the deadline.
      const q = await newPair();
      const answered = await forwarded(q);
      await move(answered, "accept", q.foreign);
      // Asked for more: waiting on the sender, not the recipient.
      const r = await newPair();
      const asked = await forwarded(r);
      await move(asked, "request_info", r.foreign, "Kolik máte obyvatel?");
      const inReview = await request(await newPair());
      const since = await waitingSince(id);

      await runContactExpiry(t.db, addMs(since, 29 * DAY_MS));
      await runContactExpiry(t.db, addMs(since, 30 * DAY_MS - 60_000));
      expect((await contactRow(id)).status).toBe("forwarded");

      const auditBefore = (await listHistory(t.db, "contact", id)).length;
      const due = addMs(since, 30 * DAY_MS);
      expect(await runContactExpiry(t.db, due)).toBeGreaterThanOrEqual(1);
      const row = await contactRow(id);
      expect(row).toMatchObject({ status: "expired", waiting_since: null });
      expect(row.updated_at).toBe(due.toISOString());
      const events = await listHistory(t.db, "contact", id);
      expect(events).toHaveLength(auditBefore + 1);
      expect(events.at(-1)).toMatchObject({
        action: "expire",
        fromStatus: "forwarded",
        toStatus: "expired",
        actorName: null,
      });
      const raw = await t.db
        .selectFrom("audit_events")
        .select(["actor_id", "on_behalf"])
        .where("entity", "=", "contact")
        .where("entity_id", "=", id)
        .where("action", "=", "expire")
        .execute();
      expect(raw).toEqual([{ actor_id: null, on_behalf: 0 }]);

      expect(await noticesOf(p.mayor, "contact_expired", link)).toHaveLength(1);
      expect(await noticesOf(p.foreign, "contact_expired_recipient", link)).toHaveLength(1);
      const toSender = await emailsTo(p.mayor, "contact_expired");
      expect(toSender).toHaveLength(1);
      expect(toSender[0]).toMatchObject({ to_address: p.mayor.email, locale: "cs" });
      expect(toSender[0]!.body_text).toContain(
        `Projev zájmu ${p.municipalityName} – ${p.offerTown} vypršel: druhá strana neodpověděla do 30 dní.`,
      );
      expectLink(toSender[0]!, link);
      const toRecipient = await emailsTo(p.foreign, "contact_expired_recipient");
      expect(toRecipient).toHaveLength(1);
      expect(toRecipient[0]).toMatchObject({ to_address: p.foreign.email, locale: "en" });
      expect(toRecipient[0]!.body_text).toContain("expired without your answer");
      expectLink(toRecipient[0]!, link);

      // Twice (another instance, the next hour) is once.
      await runContactExpiry(t.db, due);
      await runContactExpiry(t.db, addMs(due, HOUR_MS));
      expect(await listHistory(t.db, "contact", id)).toHaveLength(auditBefore + 1);
      expect(await noticesOf(p.mayor, "contact_expired", link)).toHaveLength(1);
      expect(await noticesOf(p.foreign, "contact_expired_recipient", link)).toHaveLength(1);
      expect(await emailsTo(p.mayor, "contact_expired")).toHaveLength(1);
      expect(await emailsTo(p.foreign, "contact_expired_recipient")).toHaveLength(1);

      // Those answered, asked or not yet forwarded are untouched.
      expect((await contactRow(answered)).status).toBe("accepted");
      expect((await contactRow(asked)).status).toBe("info_requested");
      expect((await contactRow(inReview)).status).toBe("pending_review");
      for (const other of [answered, asked, inReview])
        expect((await listHistory(t.db, "contact", other)).map((e) => e.action)).not.toContain(
          "expire",
        );
    });

    it("an expired introduction tells the side that accepted that the other did not answer", async () => {
      const p = await newPair();
      const id = await createContact(
        t.db,
        {
          municipalityId: p.municipalityId,
          offerId: p.offerId,
          message: "Doporučujeme.",
          topics: [],
        },
        { ...as(staff), emailVerified: true },
      );
      await move(id, "accept", p.mayor);
      const since = await waitingSince(id);
      await runContactExpiry(t.db, addMs(since, 30 * DAY_MS));
      expect((await contactRow(id)).status).toBe("expired");
      const link = `/contacts/${id}`;
      expect(await noticesOf(p.foreign, "contact_expired_recipient", link)).toHaveLength(1);
      // The mayor did answer: "expired without your answer" would be wrong.
      expect(await noticesOf(p.mayor, "contact_expired_recipient", link)).toHaveLength(0);
      expect(await noticesOf(p.mayor, "contact_expired", link)).toHaveLength(1);
    });
  });

  // ---- Dormancy -------------------------------------------------------------------------------

  describe("dormancy", () => {
    async function signed(p: Pair): Promise<{ contactId: number; partnershipId: number }> {
      const contactId = await forwarded(p);
      await move(contactId, "accept", p.foreign);
      await move(contactId, "in_contact", p.mayor);
      await move(contactId, "council_approved", p.foreign);
      await move(contactId, "confirm_stage", p.mayor);
      await move(contactId, "agreement_signed", p.mayor);
      await move(contactId, "confirm_stage", p.foreign);
      const row = await t.db
        .selectFrom("partnerships")
        .select("id")
        .where("contact_id", "=", contactId)
        .executeTakeFirstOrThrow();
      return { contactId, partnershipId: row.id };
    }

    const partnership = (id: number) =>
      t.db.selectFrom("partnerships").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

    function monthsLater(iso: string, months: number, extraMs = 0): Date {
      const date = new Date(iso);
      date.setUTCMonth(date.getUTCMonth() + months);
      return addMs(date, extraMs);
    }

    it("12 months without activity: flagged dormant once, both towns told; recorded activity clears it", async () => {
      const p = await newPair({ foreign: { locale: "en" } });
      const { contactId, partnershipId } = await signed(p);
      const link = "/partnerships?mine=1";
      const active = (await partnership(partnershipId)).last_activity_at!;
      expect(active).not.toBeNull();

      await runDormancy(t.db, monthsLater(active, 11));
      await runDormancy(t.db, monthsLater(active, 12, -DAY_MS));
      expect((await partnership(partnershipId)).dormant_since).toBeNull();

      const due = monthsLater(active, 12, DAY_MS);
      await runDormancy(t.db, due);
      expect((await partnership(partnershipId)).dormant_since).toBe(due.toISOString());
      await runDormancy(t.db, due);
      await runDormancy(t.db, addMs(due, DAY_MS));
      expect((await partnership(partnershipId)).dormant_since).toBe(due.toISOString());
      for (const user of [p.mayor, p.foreign])
        expect(await noticesOf(user, "partnership_dormant", link)).toHaveLength(1);
      const events = await listHistory(t.db, "partnership", partnershipId);
      expect(events.filter((e) => e.action === "dormant")).toEqual([
        expect.objectContaining({ action: "dormant", actorName: null }),
      ]);
      const toForeign = await emailsTo(p.foreign, "partnership_dormant");
      expect(toForeign).toHaveLength(1);
      expect(toForeign[0]).toMatchObject({ locale: "en", to_address: p.foreign.email });
      expect(toForeign[0]!.body_text).toContain("has had no recorded activity for 12 months");
      expectLink(toForeign[0]!, link);
      expect(await emailsTo(p.mayor, "partnership_dormant")).toHaveLength(1);

      // Only the two towns and staff record activity.
      const outsider = await makeUser(t, "mayor");
      await expect(recordActivity(t.db, partnershipId, as(outsider), "x")).rejects.toBeInstanceOf(
        PartnershipError,
      );
      expect((await partnership(partnershipId)).dormant_since).toBe(due.toISOString());

      await recordActivity(t.db, partnershipId, as(p.mayor), "Společné setkání hasičů");
      const after = await partnership(partnershipId);
      expect(after.dormant_since).toBeNull();
      expect(after.last_activity_at! > active).toBe(true);
      expect((await listHistory(t.db, "partnership", partnershipId)).at(-1)).toMatchObject({
        action: "activity",
        actorName: p.mayor.name,
        comment: "Společné setkání hasičů",
      });
      await runDormancy(t.db, monthsLater(after.last_activity_at!, 11));
      expect((await partnership(partnershipId)).dormant_since).toBeNull();

      // A year later it is dormant again (a new notice), and a message in the thread clears it.
      const again = monthsLater(after.last_activity_at!, 12, DAY_MS);
      await runDormancy(t.db, again);
      expect((await partnership(partnershipId)).dormant_since).toBe(again.toISOString());
      expect(await noticesOf(p.mayor, "partnership_dormant", link)).toHaveLength(2);
      await postMessage(t.db, contactId, as(p.foreign), "Jak se máte? Plánujeme návštěvu.");
      expect((await partnership(partnershipId)).dormant_since).toBeNull();
    });
  });

  // ---- Jobs claimed per slot ------------------------------------------------------------------

  describe("jobs", () => {
    it("claimJob: the first insert of (job, slot) wins", async () => {
      const now = new Date();
      expect(await claimJob(t.db, "test-claim", "2031-01-01T10", now)).toBe(true);
      expect(await claimJob(t.db, "test-claim", "2031-01-01T10", now)).toBe(false);
      expect(await claimJob(t.db, "test-claim", "2031-01-01T11", now)).toBe(true);
      const claims = await Promise.all(
        Array.from({ length: 5 }, () => claimJob(t.db, "test-claim", "2031-01-01T12", now)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it("two instances running the due jobs at the same moment run each job once; the next hour runs again", async () => {
      const p = await newPair();
      const id = await forwarded(p);
      const link = `/contacts/${id}`;
      const now = addMs(await waitingSince(id), 14 * DAY_MS + 60_000);
      // A second app instance: its own connection pool on PostgreSQL. SQLite serves one
      // process (better-sqlite3 is synchronous: two connections in one process would
      // wait on each other), so there both calls share the app's connection.
      const url = postgresUrl();
      const second: Kysely<Database> = url ? createDatabase(parseDatabaseUrl(t.url)) : t.db;
      try {
        const [a, b] = await Promise.all([runDueJobs(t.db, now), runDueJobs(second, now)]);
        expect(a.map((o) => o.job)).toEqual(JOBS.map((j) => j.name));
        expect(b.map((o) => o.job)).toEqual(JOBS.map((j) => j.name));
        for (let i = 0; i < JOBS.length; i++) {
          expect([a[i]!.ran, b[i]!.ran].filter(Boolean), JOBS[i]!.name).toHaveLength(1);
          expect(a[i]!.error ?? b[i]!.error, JOBS[i]!.name).toBeUndefined();
        }
      } finally {
        if (second !== t.db) await second.destroy();
      }
      const slots = JOBS.map((j) => ({ job: j.name, slot: slotOf(j.period, now) }));
      const runs = await t.db
        .selectFrom("job_runs")
        .selectAll()
        .where(
          "slot",
          "in",
          slots.map((s) => s.slot),
        )
        .execute();
      expect(runs.map((r) => `${r.job}@${r.slot}`).sort()).toEqual(
        slots.map((s) => `${s.job}@${s.slot}`).sort(),
      );
      for (const run of runs) {
        expect(run.finished_at, run.job).not.toBeNull();
        expect(run.result, run.job).not.toBeNull();
      }
      expect(await noticesOf(p.foreign, "contact_reminder", link)).toHaveLength(1);
      expect(await emailsTo(p.foreign, "contact_reminder")).toHaveLength(1);

      // The same slot once more: nothing runs.
      const repeat = await runDueJobs(t.db, now);
      expect(repeat.filter((o) => o.ran)).toEqual([]);
      // The next hour: the hourly jobs run again, the daily ones wait for tomorrow.
      const nextHour = await runDueJobs(t.db, addMs(now, HOUR_MS));
      for (const job of JOBS) {
        const outcome = nextHour.find((o) => o.job === job.name);
        expect(outcome?.ran, job.name).toBe(
          job.period === "hour" || slotOf("day", addMs(now, HOUR_MS)) !== slotOf("day", now),
        );
        expect(outcome?.error, job.name).toBeUndefined();
      }
      // Idempotent as well: the reminder is not sent again.
      expect(await noticesOf(p.foreign, "contact_reminder", link)).toHaveLength(1);
      expect(await emailsTo(p.foreign, "contact_reminder")).toHaveLength(1);
    });
  });

  // ---- E-mail preferences: immediate, daily digest, none -----------------------------------

  describe("e-mail preferences", () => {
    it("immediate: one e-mail per notice, in the user's language, linking to the contact", async () => {
      const p = await newPair({ mayor: { locale: "en" } });
      const id = await forwarded(p);
      const link = `/contacts/${id}`;
      await move(id, "request_info", p.foreign, "Kolik máte obyvatel?");
      const notices = await t.db
        .selectFrom("notifications")
        .select(["id", "kind", "params", "emailed_at"])
        .where("user_id", "=", p.mayor.id)
        .where("link", "=", link)
        .orderBy("id")
        .execute();
      expect(notices.map((n) => n.kind)).toEqual([
        "contact_submitted",
        "contact_forwarded",
        "contact_info_requested",
      ]);
      const emails = await emailsTo(p.mayor);
      const contactEmails = emails.filter((e) => e.body_text.includes(link));
      expect(contactEmails.map((e) => e.kind)).toEqual(notices.map((n) => n.kind));
      for (const [i, email] of contactEmails.entries()) {
        const notice = notices[i]!;
        expect(notice.emailed_at).not.toBeNull();
        expect(email).toMatchObject({ to_address: p.mayor.email, locale: "en", status: "outbox" });
        const sentence = notificationText(
          "en",
          notice.kind as NotificationKind,
          JSON.parse(notice.params) as Record<string, string>,
        );
        expect(email.body_text).toContain(sentence);
        expect(email.body_text).toContain(`Hello ${p.mayor.name},`);
        expectLink(email, link);
      }
      expect(contactEmails[2]!.body_text).toContain(
        `The other side asks for more information on ${p.municipalityName} – ${p.offerTown}.`,
      );
    });

    it("unconfirmed addresses and 'none' get no e-mail, now or in a digest", async () => {
      const unconfirmed = await newPair({
        mayor: { emailVerified: false },
        foreign: { emailPref: "daily" },
      });
      const quiet = await newPair({ mayor: { emailPref: "none" } });
      const unconfirmedDaily = await makeUser(t, "mayor", {
        emailVerified: false,
        emailPref: "daily",
      });
      const dailyMunicipality = await makeMunicipality(t, unconfirmedDaily.id, staff.id);
      // A town writes to each of them; staff forward it: each gets a notice.
      const write = async (municipalityId: number, p: Pair) => {
        const id = await createContact(
          t.db,
          { municipalityId, offerId: p.offerId, message: "Dobrý den.", topics: ["culture"] },
          { ...as(p.foreign), emailVerified: true },
        );
        await move(id, "forward", staff);
      };
      await write(unconfirmed.municipalityId, unconfirmed);
      await write(quiet.municipalityId, quiet);
      await write(dailyMunicipality, quiet);
      for (const user of [unconfirmed.mayor, quiet.mayor, unconfirmedDaily]) {
        const count = await t.db
          .selectFrom("notifications")
          .select("id")
          .where("user_id", "=", user.id)
          .execute();
        expect(count.length, user.email).toBeGreaterThan(0);
      }
      const today = pragueDay();
      for (const at of [pragueAt(addDays(today, 1), 7, 30), pragueAt(addDays(today, 2), 7, 30)])
        await runDailyDigests(t.db, at);
      for (const user of [unconfirmed.mayor, quiet.mayor, unconfirmedDaily])
        expect(await emailsTo(user), user.email).toEqual([]);
    });

    it("daily: at most one digest a day, from 7:00 Prague time, with only the notices not yet e-mailed", async () => {
      const p = await newPair({
        mayor: { emailPref: "daily" },
        foreign: { emailPref: "daily", locale: "en" },
      });
      const id = await forwarded(p);
      const link = `/contacts/${id}`;
      // No e-mail yet: the notices wait for the digest.
      expect(await emailsTo(p.mayor)).toEqual([]);
      expect(await emailsTo(p.foreign)).toEqual([]);

      const now = new Date();
      const morning = pragueAt(pragueDay(now), 7, 0);
      const first = morning > now ? morning : addMs(now, 1000);
      const day1 = pragueDay(first);
      const day2 = addDays(day1, 1);

      // Everything waiting: the approval of the profile (or offer) and the contact's notices.
      const waiting = async (user: TestUser, locale: Locale) => {
        const rows = await t.db
          .selectFrom("notifications")
          .select(["kind", "params"])
          .where("user_id", "=", user.id)
          .where("emailed_at", "is", null)
          .orderBy("id")
          .execute();
        return rows.map((n) =>
          notificationText(
            locale,
            n.kind as NotificationKind,
            JSON.parse(n.params) as Record<string, string>,
          ),
        );
      };
      const forMayor = await waiting(p.mayor, "cs");
      const forForeign = await waiting(p.foreign, "en");
      expect(forMayor).toHaveLength(3);
      expect(forForeign).toHaveLength(2);

      await runDailyDigests(t.db, first);
      const mayorDigests = await emailsTo(p.mayor, "daily_digest");
      expect(mayorDigests).toHaveLength(1);
      const digest = mayorDigests[0]!;
      expect(digest).toMatchObject({ to_address: p.mayor.email, locale: "cs", status: "outbox" });
      expect(digest.subject).toBe("Spolu: 3 nová oznámení");
      for (const line of forMayor) expect(digest.body_text).toContain(line);
      expect(digest.body_text).toContain(
        `Svaz předal váš projev zájmu ${p.municipalityName} – ${p.offerTown} druhé straně.`,
      );
      expectLink(digest, link);
      const foreignDigests = await emailsTo(p.foreign, "daily_digest");
      expect(foreignDigests).toHaveLength(1);
      expect(foreignDigests[0]).toMatchObject({ locale: "en", to_address: p.foreign.email });
      expect(foreignDigests[0]!.subject).toBe("Spolu: 2 new notifications");
      for (const line of forForeign) expect(foreignDigests[0]!.body_text).toContain(line);
      expect(foreignDigests[0]!.body_text).toContain(
        `New expression of interest: ${p.municipalityName} – ${p.offerTown}. Please answer within 30 days.`,
      );
      expectLink(foreignDigests[0]!, link);
      // Only digests: no e-mail per notice.
      expect((await emailsTo(p.mayor)).map((e) => e.kind)).toEqual(["daily_digest"]);
      const emailed = await t.db
        .selectFrom("notifications")
        .select("emailed_at")
        .where("user_id", "=", p.mayor.id)
        .execute();
      expect(emailed.every((n) => n.emailed_at !== null)).toBe(true);

      // A new notice the same day waits for tomorrow.
      await move(id, "request_info", p.foreign, "Kolik máte obyvatel?");
      const late = pragueAt(day1, 23, 0);
      await runDailyDigests(t.db, late > first ? late : addMs(first, 1000));
      await runDailyDigests(t.db, first);
      expect(await emailsTo(p.mayor, "daily_digest")).toHaveLength(1);
      // Tomorrow, not before 7:00.
      expect(await runDailyDigests(t.db, pragueAt(day2, 6, 59))).toBe(0);
      expect(await emailsTo(p.mayor, "daily_digest")).toHaveLength(1);
      await runDailyDigests(t.db, pragueAt(day2, 7, 0));
      const second = await emailsTo(p.mayor, "daily_digest");
      expect(second).toHaveLength(2);
      expect(second[1]!.subject).toBe("Spolu: 1 nové oznámení");
      expect(second[1]!.body_text).toContain(
        `Druhá strana žádá o doplnění projevu zájmu ${p.municipalityName} – ${p.offerTown}.`,
      );
      expect(second[1]!.body_text).not.toContain("čeká na kontrolu Svazu");
      // Two instances at the same moment, and later that day: still two.
      await Promise.all([
        runDailyDigests(t.db, pragueAt(day2, 9, 0)),
        runDailyDigests(t.db, pragueAt(day2, 9, 0)),
      ]);
      expect(await emailsTo(p.mayor, "daily_digest")).toHaveLength(2);
      // The foreign user had nothing new: no second digest.
      expect(await emailsTo(p.foreign, "daily_digest")).toHaveLength(1);
    });

    it("switching from immediate to daily: the digest carries only what was not e-mailed yet", async () => {
      const p = await newPair();
      const id = await forwarded(p);
      expect((await emailsTo(p.mayor)).map((e) => e.kind)).toEqual(
        expect.arrayContaining(["contact_submitted", "contact_forwarded"]),
      );
      await t.db
        .updateTable("users")
        .set({ email_pref: "daily" })
        .where("id", "=", p.mayor.id)
        .execute();
      await move(id, "accept", p.foreign);
      const before = (await emailsTo(p.mayor)).length;
      await runDailyDigests(t.db, pragueAt(addDays(pragueDay(), 1), 8, 0));
      const digests = await emailsTo(p.mayor, "daily_digest");
      expect(digests).toHaveLength(1);
      expect(digests[0]!.subject).toBe("Spolu: 1 nové oznámení");
      expect(digests[0]!.body_text).toContain("byl přijat");
      expect(await emailsTo(p.mayor)).toHaveLength(before + 1);
    });
  });

  // ---- Weekly matches ---------------------------------------------------------------------

  describe("weekly matches", () => {
    it("mayors who opted in get at most one e-mail a week with the fresh offers that suit them", async () => {
      const profile = {
        kraj: "CZ-31",
        population: 2_500,
        lat: 48.99,
        lon: 14.97,
        interests: ["culture", "heritage", "tourism"],
        languages: ["cs", "de"],
        seeksCountries: ["AT"],
        seeksAnyCountry: false,
      };
      const makeMayor = async (weekly: boolean, options: UserOptions = {}) => {
        const user = await makeUser(t, "mayor", { ...options, weeklyMatches: weekly });
        const municipalityId = await makeMunicipality(t, user.id, staff.id, {
          ...profile,
          name: `Obec ${user.id}`,
        });
        return { user, municipalityId, name: `Obec ${user.id}` };
      };
      const opted = await makeMayor(true, { locale: "en" });
      const notOpted = await makeMayor(false);
      const unconfirmed = await makeMayor(true, { emailVerified: false });
      const foreignOptIn = await makeUser(t, "foreign", { weeklyMatches: true });
      const author = await makeUser(t, "foreign");
      const offerId = await makeOffer(t, author.id, staff.id, {
        town: `Gmünd ${author.id}`,
        population: 5_500,
        lat: 48.77,
        lon: 14.98,
        topics: ["culture", "heritage", "tourism"],
        languages: ["de", "cs"],
      });

      const now = new Date();
      const morning = pragueAt(pragueDay(now), 7, 30);
      const first = morning > now ? morning : addMs(now, 1000);
      const day1 = pragueDay(first);
      expect(await runWeeklyMatches(t.db, pragueAt(day1, 6, 30))).toBe(0);
      expect(await emailsTo(opted.user, "weekly_matches")).toEqual([]);

      await runWeeklyMatches(t.db, first);
      const weekly = await emailsTo(opted.user, "weekly_matches");
      expect(weekly).toHaveLength(1);
      expect(weekly[0]).toMatchObject({
        to_address: opted.user.email,
        locale: "en",
        status: "outbox",
        subject: `Spolu: new requests for ${opted.name}`,
      });
      expect(weekly[0]!.body_text).toContain(`Gmünd ${author.id} (Austria): match`);
      expectLink(weekly[0]!, `/offers/${offerId}`);
      for (const user of [notOpted.user, unconfirmed.user, foreignOptIn])
        expect(await emailsTo(user, "weekly_matches"), user.email).toEqual([]);

      // The offer is still fresh three and six days later: no second e-mail that week.
      await runWeeklyMatches(t.db, pragueAt(addDays(day1, 3), 8, 0));
      await runWeeklyMatches(t.db, pragueAt(addDays(day1, 6), 23, 0));
      expect(await emailsTo(opted.user, "weekly_matches")).toHaveLength(1);

      // A week on, a request published the day before: the next e-mail.
      const nextWeek = pragueAt(addDays(day1, 7), 8, 0);
      const newer = await makeOffer(t, author.id, staff.id, {
        town: `Weitra ${author.id}`,
        population: 2_700,
        lat: 48.7,
        lon: 14.89,
        topics: ["culture", "heritage"],
        languages: ["de", "cs"],
      });
      // Its publication as the fake clock has it (the model stamps the real time).
      await t.db
        .updateTable("offers")
        .set({ published_at: addMs(nextWeek, -DAY_MS).toISOString() })
        .where("id", "=", newer)
        .execute();
      await runWeeklyMatches(t.db, nextWeek);
      const both = await emailsTo(opted.user, "weekly_matches");
      expect(both).toHaveLength(2);
      expectLink(both[1]!, `/offers/${newer}`);
    });
  });
});
