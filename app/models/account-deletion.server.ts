// Deleting an account (docs/decisions/009-personal-data-export-and-deletion.md): in one
// transaction the person's data is erased, their open requests end as the lifecycles
// allow, and what stays (the towns' public profiles, audit history, threads) no longer
// names them. The users row stays as an anonymous tombstone the history can point at.
import crypto from "node:crypto";
import { sql, type ExpressionBuilder, type Kysely, type Transaction } from "kysely";
import type { Database, OfferStatus, Role } from "../../db/schema";
import {
  REMOVED,
  closesWithAccount,
  contactEnding,
  deletedEmail,
  personalStrings,
} from "~/domain/account-deletion";
import { OPEN_STATES, REVEALED_STATES } from "~/domain/contact-lifecycle";
import { recordEvent } from "./audit.server";
import { actorOf, getContactCore, type ContactCore } from "./contact.server";
import { notify } from "./notification.server";
import { hashPassword } from "./user.server";

type Db = Kysely<Database> | Transaction<Database>;

export class AccountDeletionError extends Error {
  constructor(readonly code: "last_staff" | "demo" | "not_found") {
    super(code);
  }
}

/** What deleting would do, for the confirmation page: nothing here changes data. */
export async function deletionPreview(db: Db, user: { id: number; role: Role }) {
  const [offers, municipality, contacts, otherStaff, row] = await Promise.all([
    db
      .selectFrom("offers")
      .select(["id", "town", "status"])
      .where("author_id", "=", user.id)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("municipalities")
      .select(["id", "name"])
      .where("owner_id", "=", user.id)
      .executeTakeFirst(),
    partyContacts(db, user.id).select(["c.status"]).execute(),
    user.role === "staff" ? countOtherStaff(db, user.id) : Promise.resolve(1),
    db.selectFrom("users").select("is_demo").where("id", "=", user.id).executeTakeFirst(),
  ]);
  return {
    offersToClose: offers.filter((o) => closesWithAccount(o.status)),
    offersKept: offers.filter((o) => !closesWithAccount(o.status)),
    municipality: municipality ?? null,
    openContacts: contacts.filter((c) => OPEN_STATES.includes(c.status)).length,
    activeContacts: contacts.filter((c) => REVEALED_STATES.includes(c.status)).length,
    lastStaff: otherStaff === 0,
    isDemo: row?.is_demo === 1,
  };
}

export type DeletionPreview = Awaited<ReturnType<typeof deletionPreview>>;

/** Contacts where the person speaks for one of the two towns. */
function partyContacts(db: Db, userId: number) {
  return db
    .selectFrom("contacts as c")
    .innerJoin("municipalities as m", "m.id", "c.municipality_id")
    .innerJoin("offers as o", "o.id", "c.offer_id")
    .where((eb) => eb.or([eb("m.owner_id", "=", userId), eb("o.author_id", "=", userId)]));
}

async function countOtherStaff(db: Db, userId: number): Promise<number> {
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where("role", "=", "staff")
    .where("deleted_at", "is", null)
    .where("id", "!=", userId)
    .execute();
  return rows.length;
}

export interface DeletionResult {
  closedOffers: number;
  endedContacts: number;
}

/**
 * Deletes the account. The caller has checked the password and the confirmation; this
 * refuses the last staff account (nobody could then moderate or create staff) and demo
 * accounts (shared by everyone trying the demo).
 */
export async function deleteAccount(db: Kysely<Database>, userId: number): Promise<DeletionResult> {
  // Slow on purpose (bcrypt), so computed before the transaction holds any lock.
  const unusableHash = await hashPassword(crypto.randomBytes(32).toString("base64url"));
  const result = await db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom("users")
      .select(["id", "role", "name", "email", "is_demo"])
      .where("id", "=", userId)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
    if (!user) throw new AccountDeletionError("not_found");
    if (user.is_demo === 1) throw new AccountDeletionError("demo");
    if (user.role === "staff") {
      // Two staff deleting each other's last colleague at once: locking every live staff
      // row makes the second wait and then count again (SQLite locks the whole database).
      await trx
        .updateTable("users")
        .set((eb) => ({ id: eb.ref("id") }))
        .where("role", "=", "staff")
        .where("deleted_at", "is", null)
        .execute();
      if ((await countOtherStaff(trx, userId)) === 0) throw new AccountDeletionError("last_staff");
    }
    const now = new Date().toISOString();
    const actor = { id: user.id, role: user.role };

    const municipality = await trx
      .selectFrom("municipalities")
      .select(["id", "contact_name", "contact_role", "contact_email", "contact_phone"])
      .where("owner_id", "=", userId)
      .executeTakeFirst();
    const offers = await trx
      .selectFrom("offers")
      .select(["id", "status", "contact_name", "contact_email", "contact_phone"])
      .where("author_id", "=", userId)
      .execute();
    const contactIds = (
      await trx
        .selectFrom("contacts as c")
        .leftJoin("municipalities as m", "m.id", "c.municipality_id")
        .leftJoin("offers as o", "o.id", "c.offer_id")
        .select("c.id")
        .where((eb) =>
          eb.or([
            eb("m.owner_id", "=", userId),
            eb("o.author_id", "=", userId),
            eb("c.sender_id", "=", userId),
          ]),
        )
        .execute()
    ).map((r) => r.id);
    const needles = personalStrings([
      user.name,
      user.email,
      municipality?.contact_name,
      municipality?.contact_email,
      municipality?.contact_phone,
      ...offers.flatMap((o) => [o.contact_name, o.contact_email, o.contact_phone]),
    ]);

    // 1. Nobody is left waiting on a person who is gone.
    let endedContacts = 0;
    for (const id of contactIds) {
      const core = await getContactCore(trx, id);
      if (core && (await endContact(trx, core, actor, now))) endedContacts += 1;
    }

    // 2. Their requests close as the offer lifecycle lets an author close them.
    let closedOffers = 0;
    for (const offer of offers) {
      if (!closesWithAccount(offer.status)) continue;
      await trx
        .updateTable("offers")
        .set({ status: "closed" satisfies OfferStatus, updated_at: now })
        .where("id", "=", offer.id)
        .execute();
      await recordEvent(trx, {
        entity: "offer",
        entityId: offer.id,
        actorId: userId,
        action: "close",
        fromStatus: offer.status,
        toStatus: "closed",
      });
      closedOffers += 1;
    }
    // The towns stay (a public profile is the town's, a closed request part of its history);
    // the person's contact details go, and with the owner gone the union answers for them.
    if (offers.length > 0)
      await trx
        .updateTable("offers")
        .set({ contact_name: null, contact_email: null, contact_phone: null, author_id: null })
        .where("author_id", "=", userId)
        .execute();
    if (municipality) {
      await trx
        .updateTable("municipalities")
        .set({
          contact_name: null,
          contact_role: null,
          contact_email: null,
          contact_phone: null,
          owner_id: null,
          // "Ověřeno Svazem" vouched for this account, which is gone.
          verified: 0,
          updated_at: now,
        })
        .where("id", "=", municipality.id)
        .execute();
      await recordEvent(trx, {
        entity: "municipality",
        entityId: municipality.id,
        actorId: userId,
        action: "owner_deleted",
      });
    }

    // Their claims stay as history without what they said of themselves.
    await trx
      .updateTable("municipality_claims")
      .set({ claimant_role: "", claimant_phone: "" })
      .where("user_id", "=", userId)
      .execute();
    await trx
      .updateTable("municipality_claims")
      .set({ status: "withdrawn", decided_at: now })
      .where("user_id", "=", userId)
      .where("status", "in", ["pending", "conflict", "verified"])
      .execute();

    // 3. Free text that stays (requests, threads, comments, notes) no longer names them.
    await scrub(trx, needles, {
      userId,
      contactIds,
      offerIds: offers.map((o) => o.id),
      municipalityId: municipality?.id ?? null,
    });

    // 4. What is only theirs goes; the row becomes a tombstone nobody can sign in to.
    await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
    await trx.deleteFrom("user_tokens").where("user_id", "=", userId).execute();
    await trx.deleteFrom("notifications").where("user_id", "=", userId).execute();
    await trx
      .deleteFrom("emails")
      .where((eb) => eb.or([eb("user_id", "=", userId), eb("to_address", "=", user.email)]))
      .execute();
    await trx
      .updateTable("users")
      .set({
        email: deletedEmail(userId),
        name: "",
        organisation: "",
        password_hash: unusableHash,
        locale: "cs",
        email_verified_at: null,
        email_pref: "none",
        weekly_matches: 0,
        last_digest_on: null,
        last_weekly_on: null,
        deleted_at: now,
      })
      .where("id", "=", userId)
      .execute();
    await recordEvent(trx, {
      entity: "user",
      entityId: userId,
      actorId: userId,
      action: "account_deleted",
    });
    return { closedOffers, endedContacts, role: user.role };
  });
  // The log line says what happened and to which row, never to whom (warn: the level the
  // server log keeps).
  console.warn(
    `account deleted: user ${userId} (${result.role}), ${result.closedOffers} offers closed, ${result.endedContacts} contacts ended`,
  );
  return { closedOffers: result.closedOffers, endedContacts: result.endedContacts };
}

/** Ends one open contact of the leaving person; false when it is not open. */
async function endContact(
  trx: Transaction<Database>,
  core: ContactCore,
  user: { id: number; role: Role },
  now: string,
): Promise<boolean> {
  const actor = actorOf(core, user);
  if (actor !== "sender" && actor !== "recipient") return false;
  const ending = contactEnding(core.status, core.initiator, actor);
  if (!ending) return false;
  const to = ending.action === "withdraw" ? "withdrawn" : "declined";
  await trx
    .updateTable("contacts")
    .set({ status: to, waiting_since: null, updated_at: now })
    .where("id", "=", core.id)
    .where("status", "=", core.status)
    .execute();
  await recordEvent(trx, {
    entity: "contact",
    entityId: core.id,
    // The platform's move when only staff could have made it.
    actorId: ending.by === "self" ? user.id : null,
    action: ending.action,
    fromStatus: core.status,
    toStatus: to,
  });
  // The sender of a request that never reached the other side need not hear of it.
  const reachedOthers = actor === "recipient" || core.firstForwardedAt !== null;
  const others = [core.municipalityOwnerId, core.offerAuthorId].filter(
    (id): id is number => id !== null && id !== user.id,
  );
  if (reachedOthers)
    for (const userId of others)
      await notify(trx, {
        userId,
        kind: to === "withdrawn" ? "contact_withdrawn" : "contact_declined",
        params: { municipality: core.municipalityName, town: core.offerTown },
        link: `/contacts/${core.id}`,
      });
  return true;
}

/** Replaces each personal string in the free text about the person's towns and contacts. */
async function scrub(
  trx: Transaction<Database>,
  needles: readonly string[],
  scope: {
    userId: number;
    contactIds: number[];
    offerIds: number[];
    municipalityId: number | null;
  },
): Promise<void> {
  const entities = (
    [
      ["offer", scope.offerIds],
      ["municipality", scope.municipalityId === null ? [] : [scope.municipalityId]],
      ["contact", scope.contactIds],
    ] as const
  ).filter(([, ids]) => ids.length > 0);
  // Their own words anywhere, and everyone's words about their towns and contacts.
  const mineOrAbout =
    (owner: "actor_id" | "author_id") =>
    (eb: ExpressionBuilder<Database, "audit_events" | "staff_notes">) =>
      eb.or([
        eb(owner as "author_id", "=", scope.userId),
        ...entities.map(([entity, ids]) =>
          eb.and([eb("entity", "=", entity), eb("entity_id", "in", [...ids])]),
        ),
      ]);
  for (const needle of needles) {
    const without = (column: string) =>
      sql<string>`replace(${sql.ref(column)}, ${needle}, ${REMOVED})`;
    if (scope.contactIds.length > 0) {
      await trx
        .updateTable("contacts")
        .set({ message: without("message"), status_reason: without("status_reason") })
        .where("id", "in", scope.contactIds)
        .execute();
      await trx
        .updateTable("contact_stages")
        .set({ note: without("note"), reference: without("reference") })
        .where("contact_id", "in", scope.contactIds)
        .execute();
      await trx
        .updateTable("stage_proposals")
        .set({ note: without("note"), reference: without("reference") })
        .where("contact_id", "in", scope.contactIds)
        .execute();
    }
    await trx
      .updateTable("contact_messages")
      .set({ body: without("body") })
      .where((eb) =>
        scope.contactIds.length > 0
          ? eb.or([eb("author_id", "=", scope.userId), eb("contact_id", "in", scope.contactIds)])
          : eb("author_id", "=", scope.userId),
      )
      .execute();
    await trx
      .updateTable("audit_events")
      .set({ comment: without("comment") })
      .where(mineOrAbout("actor_id"))
      .execute();
    await trx
      .updateTable("staff_notes")
      .set({ body: without("body") })
      .where(mineOrAbout("author_id"))
      .execute();
  }
}
