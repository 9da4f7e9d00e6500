// Partnerships: entered for history on a profile, or born of a contact at
// "agreement signed". Watched for dormancy: 12 months without recorded activity.
import type { Kysely, Transaction } from "kysely";
import type { Database, Role } from "../../db/schema";
import { toCount } from "../../db/dialect";
import { VISIBLE_PROFILE_STATUSES } from "~/domain/lifecycle";
import { recordEvent } from "./audit.server";

type Db = Kysely<Database> | Transaction<Database>;

function listQuery(db: Db, options: { dormantOnly?: boolean; mineFor?: number }) {
  let q = db
    .selectFrom("partnerships as p")
    .innerJoin("municipalities as m", "m.id", "p.municipality_id")
    .leftJoin("offers as o", "o.id", "p.offer_id")
    .where("m.status", "in", [...VISIBLE_PROFILE_STATUSES]);
  if (options.dormantOnly) q = q.where("p.dormant_since", "is not", null);
  if (options.mineFor !== undefined) {
    const userId = options.mineFor;
    q = q.where((eb) => eb.or([eb("m.owner_id", "=", userId), eb("o.author_id", "=", userId)]));
  }
  return q;
}

/**
 * Partnerships of visible profiles, newest first. Town pairs are public (they are
 * on the map); the dormant flag and the contact are for staff and the two towns.
 */
export async function listPartnerships(
  db: Db,
  viewer: { id: number; role: Role } | null,
  options: { dormantOnly?: boolean; mine?: boolean; limit: number; offset: number },
) {
  const rows = await listQuery(db, {
    dormantOnly: options.dormantOnly,
    mineFor: options.mine && viewer ? viewer.id : undefined,
  })
    .select([
      "p.id",
      "p.partner_town as partnerTown",
      "p.partner_country as partnerCountry",
      "p.since_year as sinceYear",
      "p.source",
      "p.contact_id as contactId",
      "p.last_activity_at as lastActivityAt",
      "p.dormant_since as dormantSince",
      "m.id as municipalityId",
      "m.name as municipality",
      "m.owner_id as ownerId",
      "o.author_id as offerAuthorId",
      "o.id as offerId",
      "o.status as offerStatus",
    ])
    .orderBy("p.created_at", "desc")
    .orderBy("p.id", "desc")
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return rows.map((r) => {
    const own = !!viewer && (r.ownerId === viewer.id || r.offerAuthorId === viewer.id);
    const insider = own || viewer?.role === "staff";
    return {
      id: r.id,
      municipalityId: r.municipalityId,
      municipality: r.municipality,
      partnerTown: r.partnerTown,
      // The request it was born of, while that is public.
      offerId: r.offerStatus === "published" ? r.offerId : null,
      partnerCountry: r.partnerCountry,
      sinceYear: r.sinceYear,
      source: r.source,
      own,
      contactId: insider ? r.contactId : null,
      lastActivityAt: insider ? r.lastActivityAt : null,
      dormantSince: insider ? r.dormantSince : null,
    };
  });
}

export async function countPartnerships(
  db: Db,
  viewer: { id: number } | null,
  options: { dormantOnly?: boolean; mine?: boolean },
): Promise<number> {
  const row = await listQuery(db, {
    dormantOnly: options.dormantOnly,
    mineFor: options.mine && viewer ? viewer.id : undefined,
  })
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

export class PartnershipError extends Error {}

/** "We met / wrote / held an event": either town or staff; clears the dormant flag. */
export async function recordActivity(
  db: Kysely<Database>,
  id: number,
  user: { id: number; role: Role },
  note: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom("partnerships as p")
      .innerJoin("municipalities as m", "m.id", "p.municipality_id")
      .leftJoin("offers as o", "o.id", "p.offer_id")
      .select(["p.id", "m.owner_id as ownerId", "o.author_id as authorId"])
      .where("p.id", "=", id)
      .executeTakeFirst();
    if (!row) throw new PartnershipError("not_found");
    const allowed =
      user.role === "staff" ||
      (user.role === "mayor" && row.ownerId === user.id) ||
      (user.role === "foreign" && row.authorId === user.id);
    if (!allowed) throw new PartnershipError("forbidden");
    const now = new Date().toISOString();
    await trx
      .updateTable("partnerships")
      .set({ last_activity_at: now, dormant_since: null })
      .where("id", "=", id)
      .execute();
    await recordEvent(trx, {
      entity: "partnership",
      entityId: id,
      actorId: user.id,
      action: "activity",
      comment: note || null,
    });
  });
}
