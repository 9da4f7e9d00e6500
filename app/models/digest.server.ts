// The daily digest (at most one e-mail a day carrying the notices of users who
// chose "daily") and the weekly "new matches for you" e-mail for mayors who opt in.
// Each user is claimed by a conditional update of last_digest_on / last_weekly_on,
// so several instances (or a re-run) never send a second e-mail the same day.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { pragueDay, pragueHour } from "~/domain/dates";
import { translator } from "~/i18n";
import { countryName } from "~/i18n/countries.server";
import { appUrl } from "~/utils/env.server";
import { renderEmail } from "~/utils/email-template";
import { enqueueEmail } from "./email.server";
import { rankOffersFor } from "./match.server";
import { getOwnedMunicipality } from "./municipality.server";
import { notificationText, type NotificationKind } from "./notification.server";

const DAY = 86_400_000;
/** Notices older than this are not worth a digest (e.g. after switching from "none" to "daily"). */
const DIGEST_WINDOW_DAYS = 2;
const WEEKLY_TOP = 5;
const WEEKLY_MIN_SCORE = 40;

/** Digests leave from 7:00 Prague time, so they wait in the morning inbox. */
export const DIGEST_HOUR = 7;

export async function runDailyDigests(db: Kysely<Database>, now: Date): Promise<number> {
  if (pragueHour(now) < DIGEST_HOUR) return 0;
  const day = pragueDay(now);
  const since = new Date(now.getTime() - DIGEST_WINDOW_DAYS * DAY).toISOString();
  const users = await db
    .selectFrom("users as u")
    .innerJoin("notifications as n", "n.user_id", "u.id")
    .select(["u.id", "u.email", "u.name", "u.locale"])
    .distinct()
    .where("u.email_pref", "=", "daily")
    .where("u.email_verified_at", "is not", null)
    .where((eb) => eb.or([eb("u.last_digest_on", "is", null), eb("u.last_digest_on", "<", day)]))
    .where("n.emailed_at", "is", null)
    .where("n.created_at", ">=", since)
    .execute();
  let sent = 0;
  for (const user of users) {
    await db.transaction().execute(async (trx) => {
      const claim = await trx
        .updateTable("users")
        .set({ last_digest_on: day })
        .where("id", "=", user.id)
        .where((eb) => eb.or([eb("last_digest_on", "is", null), eb("last_digest_on", "<", day)]))
        .executeTakeFirst();
      if (Number(claim.numUpdatedRows) !== 1) return;
      const notices = await trx
        .selectFrom("notifications")
        .select(["id", "kind", "params", "link"])
        .where("user_id", "=", user.id)
        .where("emailed_at", "is", null)
        .where("created_at", ">=", since)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      if (notices.length === 0) return;
      const t = translator(user.locale);
      await enqueueEmail(trx, {
        userId: user.id,
        to: user.email,
        locale: user.locale,
        kind: "daily_digest",
        ...renderEmail({
          locale: user.locale,
          name: user.name,
          subject: t("digest.subject", { count: notices.length }),
          intro: t("digest.intro"),
          lines: notices.map((n) => ({
            text: notificationText(user.locale, n.kind as NotificationKind, JSON.parse(n.params)),
            link: n.link,
          })),
          baseUrl: appUrl(),
        }),
      });
      await trx
        .updateTable("notifications")
        .set({ emailed_at: now.toISOString() })
        .where(
          "id",
          "in",
          notices.map((n) => n.id),
        )
        .execute();
      sent++;
    });
  }
  return sent;
}

/** Mayors who opted in get the best offers published in the last 7 days, weekly at most. */
export async function runWeeklyMatches(db: Kysely<Database>, now: Date): Promise<number> {
  if (pragueHour(now) < DIGEST_HOUR) return 0;
  const day = pragueDay(now);
  const weekAgo = pragueDay(new Date(now.getTime() - 7 * DAY));
  const publishedSince = new Date(now.getTime() - 7 * DAY).toISOString();
  const users = await db
    .selectFrom("users")
    .select(["id", "email", "name", "locale"])
    .where("role", "=", "mayor")
    .where("weekly_matches", "=", 1)
    .where("email_verified_at", "is not", null)
    .where((eb) => eb.or([eb("last_weekly_on", "is", null), eb("last_weekly_on", "<=", weekAgo)]))
    .execute();
  let sent = 0;
  for (const user of users) {
    const municipality = await getOwnedMunicipality(db, user.id);
    if (!municipality) continue;
    const ranked = await rankOffersFor(
      db,
      municipality,
      { minScore: WEEKLY_MIN_SCORE },
      { page: 1, pageSize: 200 },
    );
    const fresh = ranked.items
      .filter((i) => i.offer.publishedAt !== null && i.offer.publishedAt >= publishedSince)
      .slice(0, WEEKLY_TOP);
    // Nothing new this week: no e-mail, and the next day looks again.
    if (fresh.length === 0) continue;
    await db.transaction().execute(async (trx) => {
      const claim = await trx
        .updateTable("users")
        .set({ last_weekly_on: day })
        .where("id", "=", user.id)
        .where((eb) =>
          eb.or([eb("last_weekly_on", "is", null), eb("last_weekly_on", "<=", weekAgo)]),
        )
        .executeTakeFirst();
      if (Number(claim.numUpdatedRows) !== 1) return;
      const t = translator(user.locale);
      await enqueueEmail(trx, {
        userId: user.id,
        to: user.email,
        locale: user.locale,
        kind: "weekly_matches",
        ...renderEmail({
          locale: user.locale,
          name: user.name,
          subject: t("digest.weeklySubject", { municipality: municipality.name }),
          intro: t("digest.weeklyIntro", { municipality: municipality.name }),
          lines: fresh.map((i) => ({
            text: t("digest.weeklyLine", {
              town: i.offer.town,
              country: countryName(i.offer.country, user.locale),
              score: i.result.score,
            }),
            link: `/offers/${i.offer.id}`,
          })),
          baseUrl: appUrl(),
        }),
      });
      sent++;
    });
  }
  return sent;
}
