// Everything Spolu holds about one person, as they may see it (GDPR art. 15 and 20),
// for the JSON download at /me/data. Contacts go through getContactView, so the other
// side's details appear exactly when the contact page would show them; staff notes and
// secrets (password hash, session ids, token hashes, one-time links) never do.
import type { Kysely, Transaction } from "kysely";
import type { Database, Locale, Role } from "../../db/schema";
import { translator } from "~/i18n";
import { maskTokens } from "~/utils/email-template";
import { parseList } from "~/utils/json-list";
import { getContactView, listContacts } from "./contact-view.server";
import { listNotifications, notificationText } from "./notification.server";

type Db = Kysely<Database> | Transaction<Database>;

/** More than anyone has; the export is never paginated. */
const ALL = 100_000;

export async function exportMyData(
  db: Db,
  viewer: { id: number; role: Role },
  locale: Locale,
  now = new Date(),
) {
  const t = translator(locale);
  const userId = viewer.id;
  const account = await db
    .selectFrom("users")
    .select([
      "id",
      "role",
      "name",
      "organisation",
      "email",
      "locale",
      "created_at as createdAt",
      "email_verified_at as emailVerifiedAt",
      "terms_accepted_at as termsAcceptedAt",
      "terms_version as termsVersion",
      "email_pref as emailPreference",
      "weekly_matches as weeklyMatches",
      "last_digest_on as lastDigestOn",
      "last_weekly_on as lastWeeklyOn",
    ])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();

  const [sessions, tokens, municipality, offers, notifications, emails, audit, claims] =
    await Promise.all([
      db
        .selectFrom("sessions")
        .select(["created_at as createdAt", "expires_at as expiresAt", "user_agent as userAgent"])
        .where("user_id", "=", userId)
        .orderBy("created_at")
        .execute(),
      db
        .selectFrom("user_tokens")
        .select([
          "purpose",
          "created_at as createdAt",
          "expires_at as expiresAt",
          "used_at as usedAt",
        ])
        .where("user_id", "=", userId)
        .orderBy("created_at")
        .execute(),
      db.selectFrom("municipalities").selectAll().where("owner_id", "=", userId).executeTakeFirst(),
      db.selectFrom("offers").selectAll().where("author_id", "=", userId).orderBy("id").execute(),
      listNotifications(db, userId, { limit: ALL }),
      db
        .selectFrom("emails")
        .select([
          "id",
          "kind",
          "to_address as to",
          "locale",
          "subject",
          "body_text as text",
          "status",
          "created_at as createdAt",
          "sent_at as sentAt",
        ])
        .where("user_id", "=", userId)
        .orderBy("id")
        .execute(),
      db
        .selectFrom("audit_events")
        .select([
          "entity",
          "entity_id as entityId",
          "action",
          "from_status as fromStatus",
          "to_status as toStatus",
          "comment",
          "on_behalf as onBehalf",
          "created_at as createdAt",
        ])
        .where("actor_id", "=", userId)
        .orderBy("created_at")
        .orderBy("id")
        .execute(),
      db
        .selectFrom("municipality_claims as c")
        .innerJoin("municipalities as m", "m.id", "c.municipality_id")
        .select([
          "m.name as municipality",
          "m.code",
          "c.status",
          "c.claimant_role as role",
          "c.claimant_phone as phone",
          "c.created_at as createdAt",
          "c.decided_at as decidedAt",
        ])
        .where("c.user_id", "=", userId)
        .orderBy("c.id")
        .execute(),
    ]);

  const offerIds = offers.map((o) => o.id);
  const partnerships = await db
    .selectFrom("partnerships")
    .select([
      "id",
      "municipality_id as municipalityId",
      "partner_town as partnerTown",
      "partner_country as partnerCountry",
      "since_year as sinceYear",
      "source",
      "offer_id as offerId",
      "contact_id as contactId",
      "created_at as createdAt",
      "last_activity_at as lastActivityAt",
      "dormant_since as dormantSince",
    ])
    .where((eb) =>
      eb.or([
        eb("municipality_id", "=", municipality?.id ?? -1),
        ...(offerIds.length > 0 ? [eb("offer_id", "in", offerIds)] : []),
      ]),
    )
    .orderBy("id")
    .execute();

  const contacts = await exportContacts(db, viewer);
  const staffNotes = await countStaffNotesAbout(db, {
    municipalityId: municipality?.id ?? null,
    offerIds,
    contactIds: contacts.map((c) => c.id),
  });

  return {
    about: {
      text: t("myData.export.about"),
      password: t("myData.export.password"),
      secrets: t("myData.export.secrets"),
      contacts: t("myData.export.contacts"),
      staffNotes:
        viewer.role === "staff"
          ? t("myData.export.staffNotesStaff")
          : staffNotes > 0
            ? t("myData.export.staffNotes", { count: staffNotes })
            : t("myData.export.staffNotesNone"),
    },
    exportedAt: now.toISOString(),
    account: { ...account, weeklyMatches: account.weeklyMatches === 1 },
    sessions,
    accountLinks: tokens,
    municipality: municipality
      ? {
          id: municipality.id,
          name: municipality.name,
          code: municipality.code,
          kraj: municipality.kraj,
          population: municipality.population,
          lat: municipality.lat,
          lon: municipality.lon,
          interests: parseList(municipality.interests),
          languages: parseList(municipality.languages),
          description: municipality.description,
          seeksCountries: parseList(municipality.seeks_countries),
          seeksAnyCountry: municipality.seeks_any_country === 1,
          partnerPopulationMin: municipality.partner_population_min,
          partnerPopulationMax: municipality.partner_population_max,
          partnerMaxDistanceKm: municipality.partner_max_distance_km,
          contactName: municipality.contact_name,
          contactRole: municipality.contact_role,
          contactEmail: municipality.contact_email,
          contactPhone: municipality.contact_phone,
          status: municipality.status,
          verified: municipality.verified === 1,
          createdAt: municipality.created_at,
          updatedAt: municipality.updated_at,
        }
      : null,
    claims,
    offers: offers.map((o) => ({
      id: o.id,
      town: o.town,
      country: o.country,
      region: o.region,
      population: o.population,
      lat: o.lat,
      lon: o.lon,
      topics: parseList(o.topics),
      openToAnyTopic: o.open_to_any_topic === 1,
      partnerPopulationMin: o.partner_population_min,
      partnerPopulationMax: o.partner_population_max,
      partnerMaxDistanceKm: o.partner_max_distance_km,
      preferredKraje: parseList(o.preferred_kraje),
      languages: parseList(o.languages),
      description: o.description,
      descriptionLang: o.description_lang,
      descriptionCs: o.description_cs,
      descriptionEn: o.description_en,
      contactName: o.contact_name,
      contactEmail: o.contact_email,
      contactPhone: o.contact_phone,
      status: o.status,
      expiresOn: o.expires_on,
      publishedAt: o.published_at,
      createdAt: o.created_at,
      updatedAt: o.updated_at,
    })),
    contacts,
    partnerships,
    notifications: notifications.map((n) => ({
      text: notificationText(locale, n.kind, n.params),
      kind: n.kind,
      link: n.link,
      read: n.read,
      createdAt: n.createdAt,
    })),
    // A one-time link is a key to the account: the export shows that it was sent, not the key.
    emails: emails.map((e) => ({ ...e, text: maskTokens(e.text) })),
    auditEvents: audit.map((a) => ({ ...a, onBehalf: a.onBehalf === 1 })),
  };
}

export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;

/** Each contact the person is a side of, exactly as its page shows it to them. */
async function exportContacts(db: Db, viewer: { id: number; role: Role }) {
  // Staff are no side of a contact; their moves are in the audit events.
  if (viewer.role === "staff") return [];
  const list = await listContacts(db, viewer, { filter: "all", limit: ALL, offset: 0 });
  const views = await Promise.all(list.map((c) => getContactView(db, c.id, viewer)));
  return views
    .filter((v) => v !== undefined)
    .map((v) => ({
      id: v.id,
      status: v.status,
      initiator: v.initiator,
      yourSide: v.side,
      municipality: v.municipality,
      offer: v.offer,
      message: v.message,
      topics: v.topics,
      statusReason: v.statusReason,
      answers: v.answers,
      createdAt: v.createdAt,
      updatedAt: v.updatedAt,
      thread: v.thread,
      stages: v.stages,
      proposedStage: v.proposal,
      contactDetails: v.details,
      partnership: v.partnership,
      history: v.history.map((h) => ({
        action: h.action,
        fromStatus: h.fromStatus,
        toStatus: h.toStatus,
        comment: h.comment,
        by: h.actorName,
        createdAt: h.createdAt,
      })),
    }));
}

/** Staff's internal notes about the person's town, requests and contacts: only counted. */
async function countStaffNotesAbout(
  db: Db,
  scope: { municipalityId: number | null; offerIds: number[]; contactIds: number[] },
): Promise<number> {
  const parts = (
    [
      ["municipality", scope.municipalityId === null ? [] : [scope.municipalityId]],
      ["offer", scope.offerIds],
      ["contact", scope.contactIds],
    ] as const
  ).filter(([, ids]) => ids.length > 0);
  if (parts.length === 0) return 0;
  const rows = await db
    .selectFrom("staff_notes")
    .select("id")
    .where((eb) =>
      eb.or(
        parts.map(([entity, ids]) =>
          eb.and([eb("entity", "=", entity), eb("entity_id", "in", [...ids])]),
        ),
      ),
    )
    .execute();
  return rows.length;
}
