// Scheduled work of the contact workflow. Each step is idempotent: conditional
// updates move only rows still in the old state and notices carry dedupe keys,
// so a second run (another instance, a restart) changes nothing.
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { DORMANT_MONTHS, EXPIRY_DAYS, REMINDER_DAYS } from "~/domain/contact-lifecycle";
import { recordEvent } from "./audit.server";
import {
  getContactCore,
  pendingRecipientUsers,
  recipientUsers,
  senderUsers,
} from "./contact.server";
import { notify } from "./notification.server";

const DAY = 86_400_000;

/** 14 days forwarded without an answer: one reminder to the recipient. */
export async function runContactReminders(db: Kysely<Database>, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - REMINDER_DAYS * DAY).toISOString();
  const due = await db
    .selectFrom("contacts")
    .select(["id", "waiting_since"])
    .where("status", "=", "forwarded")
    .where("reminded_at", "is", null)
    .where("waiting_since", "<=", cutoff)
    .execute();
  let sent = 0;
  for (const row of due) {
    await db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable("contacts")
        .set({ reminded_at: now.toISOString() })
        .where("id", "=", row.id)
        .where("status", "=", "forwarded")
        .where("reminded_at", "is", null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      const core = await getContactCore(trx, row.id);
      if (!core) return;
      for (const userId of pendingRecipientUsers(core))
        await notify(trx, {
          userId,
          kind: "contact_reminder",
          params: {
            municipality: core.municipalityName,
            town: core.offerTown,
            days: REMINDER_DAYS,
          },
          link: `/contacts/${core.id}`,
          dedupeKey: `contact-reminder:${core.id}:${row.waiting_since}:${userId}`,
        });
      sent++;
    });
  }
  return sent;
}

/** 30 days forwarded without an answer: the request expires and both sides are told. */
export async function runContactExpiry(db: Kysely<Database>, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - EXPIRY_DAYS * DAY).toISOString();
  const due = await db
    .selectFrom("contacts")
    .select("id")
    .where("status", "=", "forwarded")
    .where("waiting_since", "<=", cutoff)
    .execute();
  let expired = 0;
  for (const row of due) {
    await db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable("contacts")
        .set({ status: "expired", waiting_since: null, updated_at: now.toISOString() })
        .where("id", "=", row.id)
        .where("status", "=", "forwarded")
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return;
      await recordEvent(trx, {
        entity: "contact",
        entityId: row.id,
        actorId: null,
        action: "expire",
        fromStatus: "forwarded",
        toStatus: "expired",
      });
      const core = await getContactCore(trx, row.id);
      if (!core) return;
      const params = {
        municipality: core.municipalityName,
        town: core.offerTown,
        days: EXPIRY_DAYS,
      };
      // Whoever waited hears that the other side did not answer (the sender, or the side
      // of an introduction that accepted); whoever did not answer hears that it ran out.
      const silent = pendingRecipientUsers(core);
      const waited = [...senderUsers(core), ...recipientUsers(core)].filter(
        (id) => !silent.includes(id),
      );
      for (const userId of waited)
        await notify(trx, {
          userId,
          kind: "contact_expired",
          params,
          link: `/contacts/${core.id}`,
          dedupeKey: `contact-expired:${core.id}:${userId}`,
        });
      for (const userId of silent)
        await notify(trx, {
          userId,
          kind: "contact_expired_recipient",
          params,
          link: `/contacts/${core.id}`,
          dedupeKey: `contact-expired:${core.id}:${userId}`,
        });
      expired++;
    });
  }
  return expired;
}

/** 12 months without activity: the partnership is flagged dormant, and both towns hear of it. */
export async function runDormancy(db: Kysely<Database>, now: Date): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - DORMANT_MONTHS);
  const due = await db
    .selectFrom("partnerships as p")
    .innerJoin("municipalities as m", "m.id", "p.municipality_id")
    .leftJoin("offers as o", "o.id", "p.offer_id")
    .select([
      "p.id",
      "p.partner_town as partnerTown",
      "p.last_activity_at as lastActivityAt",
      "m.name as municipality",
      "m.owner_id as ownerId",
      "o.author_id as authorId",
    ])
    .where("p.dormant_since", "is", null)
    .where("p.removed_at", "is", null)
    .where("p.last_activity_at", "<=", cutoff.toISOString())
    .execute();
  let flagged = 0;
  for (const row of due) {
    await db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable("partnerships")
        .set({ dormant_since: now.toISOString() })
        .where("id", "=", row.id)
        .where("dormant_since", "is", null)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return;
      await recordEvent(trx, {
        entity: "partnership",
        entityId: row.id,
        actorId: null,
        action: "dormant",
      });
      for (const userId of [row.ownerId, row.authorId].filter((id): id is number => id !== null))
        await notify(trx, {
          userId,
          kind: "partnership_dormant",
          params: { municipality: row.municipality, town: row.partnerTown, months: DORMANT_MONTHS },
          link: "/partnerships?mine=1",
          dedupeKey: `dormant:${row.id}:${row.lastActivityAt}:${userId}`,
        });
      flagged++;
    });
  }
  return flagged;
}
