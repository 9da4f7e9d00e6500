// Expressions of interest: creating them, moving them through the workflow in
// app/domain/contact-lifecycle.ts, the thread after acceptance and the
// partnership stages. Every change is one transaction with its audit event and
// the notifications it causes. No query here selects a contact column: the
// private details are read only by contact-view.server.ts, after checking the state.
import type { Kysely, Transaction } from "kysely";
import type { Updateable } from "kysely";
import type {
  ContactsTable,
  ContactInitiator,
  ContactStage,
  ContactStatus,
  Database,
  Role,
} from "../../db/schema";
import { isUniqueViolation, toCount } from "../../db/dialect";
import {
  CONTACT_RULES,
  OPEN_STATES,
  REFERENCE_MAX,
  canAct,
  isProposal,
  isStage,
  sharedTopics,
  withProposal,
  type ContactAction,
  type ContactActor,
  contactKnownTo,
  type PairSide,
} from "~/domain/contact-lifecycle";
import { isCalendarDay, today } from "~/domain/dates";
import { lockRow } from "./row-lock.server";
import { VISIBLE_PROFILE_STATUSES } from "~/domain/lifecycle";
import { parseList, toList } from "~/utils/json-list";
import { recordEvent } from "./audit.server";
import { notify, type NotificationKind } from "./notification.server";
import { openRequestLimit } from "./settings.server";

type Db = Kysely<Database> | Transaction<Database>;

export interface ContactUser {
  id: number;
  role: Role;
}

export const MESSAGE_MAX = 2000;

/** A refused request, with the field it concerns and a message key for the page. */
export class ContactError extends Error {
  constructor(
    readonly code:
      | "not_found"
      | "forbidden"
      | "wrong_state"
      | "text_required"
      | "too_long"
      | "topics_required"
      | "topic_not_shared"
      | "offer_not_open"
      | "municipality_not_visible"
      | "offer_full"
      | "already_open"
      | "unverified"
      | "bad_date"
      | "stage_before_previous"
      | "side_required"
      | "has_account"
      | "proposal_waiting"
      | "own_proposal"
      | "reference_too_long",
    readonly field: string = "form",
  ) {
    super(code);
  }
}

// ---- The two sides ---------------------------------------------------------------------------

/** The public facts of both sides and who speaks for them. */
export async function getContactCore(db: Db, id: number) {
  return db
    .selectFrom("contacts as c")
    .innerJoin("municipalities as m", "m.id", "c.municipality_id")
    .innerJoin("offers as o", "o.id", "c.offer_id")
    .select([
      "c.id",
      "c.status",
      "c.initiator",
      "c.sender_id as senderId",
      "c.message",
      "c.topics",
      "c.status_reason as statusReason",
      "c.municipality_answer as municipalityAnswer",
      "c.offer_answer as offerAnswer",
      "c.first_forwarded_at as firstForwardedAt",
      "c.first_response_at as firstResponseAt",
      "c.waiting_since as waitingSince",
      "c.accepted_at as acceptedAt",
      "c.created_at as createdAt",
      "c.updated_at as updatedAt",
      "m.id as municipalityId",
      "m.name as municipalityName",
      "m.owner_id as municipalityOwnerId",
      "o.id as offerId",
      "o.town as offerTown",
      "o.country as offerCountry",
      "o.author_id as offerAuthorId",
    ])
    .where("c.id", "=", id)
    .executeTakeFirst();
}

export type ContactCore = NonNullable<Awaited<ReturnType<typeof getContactCore>>>;

/** The side a user speaks for in this contact, if any (a mayor owns the municipality, a foreign user the offer). */
export function userSide(core: ContactCore, user: ContactUser): "municipality" | "offer" | null {
  if (user.role === "mayor" && core.municipalityOwnerId === user.id) return "municipality";
  if (user.role === "foreign" && core.offerAuthorId === user.id) return "offer";
  return null;
}

/** How the workflow sees a user: sender, recipient, staff, or nobody (null). */
export function actorOf(core: ContactCore, user: ContactUser): ContactActor | null {
  if (user.role === "staff") return "staff";
  const side = userSide(core, user);
  if (!side) return null;
  if (core.initiator === "staff") return "recipient";
  return side === core.initiator ? "sender" : "recipient";
}

/** A recipient knows of a request only once the union has forwarded it. */
export function visibleTo(core: ContactCore, actor: ContactActor | null): boolean {
  if (actor === null) return false;
  if (actor === "recipient") return core.firstForwardedAt !== null;
  return true;
}

function sideUser(core: ContactCore, side: "municipality" | "offer"): number | null {
  return side === "municipality" ? core.municipalityOwnerId : core.offerAuthorId;
}

/** The accounts that answer a contact: the other side, or both sides of an introduction. */
export function recipientUsers(core: ContactCore): number[] {
  const sides: ("municipality" | "offer")[] =
    core.initiator === "staff"
      ? ["municipality", "offer"]
      : [core.initiator === "municipality" ? "offer" : "municipality"];
  return sides.map((s) => sideUser(core, s)).filter((id): id is number => id !== null);
}

/** Recipients still to answer: an introduction's side that has answered waits for the other. */
export function pendingRecipientUsers(core: ContactCore): number[] {
  if (core.initiator !== "staff") return recipientUsers(core);
  return [
    core.municipalityAnswer === null ? core.municipalityOwnerId : null,
    core.offerAnswer === null ? core.offerAuthorId : null,
  ].filter((id): id is number => id !== null);
}

/** The side whose answer an action gives (accept, decline, a question, an answer), if any. */
export function spokenForSide(
  core: Pick<ContactCore, "initiator">,
  action: ContactAction,
  introductionSide?: "municipality" | "offer",
): "municipality" | "offer" | null {
  const recipientAction = action === "accept" || action === "decline" || action === "request_info";
  if (!recipientAction && action !== "answer") return null;
  if (core.initiator === "staff") return introductionSide ?? null;
  const sender = core.initiator;
  const recipient = sender === "municipality" ? "offer" : "municipality";
  return recipientAction ? recipient : sender;
}

/** Whether staff may answer for this side: only a town without an account. */
export function staffMayAnswerFor(core: ContactCore, side: "municipality" | "offer"): boolean {
  return sideUser(core, side) === null;
}

export function senderUsers(core: ContactCore): number[] {
  if (core.initiator === "staff") return [];
  const id = sideUser(core, core.initiator);
  return id === null ? [] : [id];
}

function bothSides(core: ContactCore): number[] {
  return [core.municipalityOwnerId, core.offerAuthorId].filter((id): id is number => id !== null);
}

async function tell(
  db: Db,
  core: ContactCore,
  userIds: number[],
  kind: NotificationKind,
  extra: Record<string, string | number> = {},
  dedupeKey?: string,
): Promise<void> {
  for (const userId of userIds) {
    await notify(db, {
      userId,
      kind,
      params: { municipality: core.municipalityName, town: core.offerTown, ...extra },
      link: `/contacts/${core.id}`,
      dedupeKey: dedupeKey ? `${dedupeKey}:${userId}` : undefined,
    });
  }
}

// ---- Starting a contact ----------------------------------------------------------------------

/** Requests an offer is waiting on: pending review, forwarded or asked for more. */
export async function countOpenRequests(db: Db, offerId: number): Promise<number> {
  const row = await db
    .selectFrom("contacts")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("offer_id", "=", offerId)
    .where("initiator", "=", "municipality")
    .where("status", "in", [...OPEN_STATES])
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/** Open requests of municipalities to offers: per offer, and which pairs they come from. */
export interface OpenRequests {
  byOffer: ReadonlyMap<number, number>;
  /** `${municipalityId}:${offerId}` of each open request. */
  pairs: ReadonlySet<string>;
}

/** Open requests (to one offer, or to all), for the saturation factor of the match score. */
export async function openRequestsByOffer(db: Db, offerId?: number): Promise<OpenRequests> {
  let q = db
    .selectFrom("contacts")
    .select(["offer_id", "municipality_id"])
    .where("initiator", "=", "municipality")
    .where("status", "in", [...OPEN_STATES]);
  if (offerId !== undefined) q = q.where("offer_id", "=", offerId);
  const rows = await q.execute();
  const byOffer = new Map<number, number>();
  for (const r of rows) byOffer.set(r.offer_id, (byOffer.get(r.offer_id) ?? 0) + 1);
  return { byOffer, pairs: new Set(rows.map((r) => `${r.municipality_id}:${r.offer_id}`)) };
}

/**
 * The requests a municipality competes with on an offer: every open one but its own.
 * A mayor's own expression of interest must not lower their own match with the offer.
 */
export function othersOpenRequests(
  open: OpenRequests,
  municipalityId: number,
  offerId: number,
): number {
  const n = open.byOffer.get(offerId) ?? 0;
  return n > 0 && open.pairs.has(`${municipalityId}:${offerId}`) ? n - 1 : n;
}

/** A contact between the two that is open or already accepted: a second one is refused. */
export async function findLiveContact(db: Db, municipalityId: number, offerId: number) {
  return db
    .selectFrom("contacts")
    .select(["id", "status", "initiator"])
    .where("municipality_id", "=", municipalityId)
    .where("offer_id", "=", offerId)
    .where("status", "not in", ["declined", "expired", "withdrawn", "rejected_by_staff"])
    .orderBy("id", "desc")
    .executeTakeFirst();
}

/**
 * What the form needs to know about a pair: the shared topics and whether it may be sent.
 * `live` is the pair's open contact as far as `side` may know of it (contactKnownTo): an
 * interest staff have not forwarded yet stays hidden from its recipient. `busy` is the
 * pair's open contact whoever knows of it, for the check that refuses a second (server only).
 */
export async function pairForContact(
  db: Db,
  municipalityId: number,
  offerId: number,
  side: PairSide,
) {
  const [municipality, offer] = await Promise.all([
    db
      .selectFrom("municipalities")
      .select(["id", "name", "owner_id", "interests", "status", "code"])
      .where("id", "=", municipalityId)
      .executeTakeFirst(),
    db
      .selectFrom("offers")
      .select([
        "id",
        "town",
        "country",
        "author_id",
        "topics",
        "open_to_any_topic",
        "status",
        "expires_on",
        "is_demo",
      ])
      .where("id", "=", offerId)
      .executeTakeFirst(),
  ]);
  if (!municipality || !offer) return undefined;
  const profile = (VISIBLE_PROFILE_STATUSES as readonly string[]).includes(municipality.status);
  const [live, open, limit] = await Promise.all([
    findLiveContact(db, municipalityId, offerId),
    countOpenRequests(db, offerId),
    openRequestLimit(db),
  ]);
  return {
    municipality: {
      id: municipality.id,
      name: municipality.name,
      ownerId: municipality.owner_id,
      // Every register entry is public; a profile not tied to it only while public.
      visible: municipality.code !== null || profile,
      hasProfile: profile,
    },
    offer: {
      id: offer.id,
      town: offer.town,
      country: offer.country,
      authorId: offer.author_id,
      open: offer.status === "published" && offer.expires_on >= today(),
      /** A sample request of the demo data: nobody real reads interest in it. */
      isDemo: offer.is_demo === 1,
    },
    // Without a public profile its topics are unknown: any of the offer's may be meant.
    shared: sharedTopics(profile ? parseList(municipality.interests) : null, {
      topics: parseList(offer.topics),
      openToAnyTopic: offer.open_to_any_topic === 1,
    }),
    live: live && contactKnownTo(live, side) ? { id: live.id, status: live.status } : null,
    busy: live ?? null,
    openRequests: open,
    limit,
    full: open >= limit,
  };
}

export type PairForContact = NonNullable<Awaited<ReturnType<typeof pairForContact>>>;

/**
 * A mayor writes to an offer, a foreign town to a municipality, or staff
 * introduce the two. Checks rights, shared topics, the offer's cap and duplicates
 * inside the transaction, so two quick clicks cannot create two requests.
 */
export async function createContact(
  db: Kysely<Database>,
  input: { municipalityId: number; offerId: number; message: string; topics: string[] },
  user: ContactUser & { emailVerified: boolean },
): Promise<number> {
  const message = input.message.trim();
  if (!message) throw new ContactError("text_required", "message");
  if (message.length > MESSAGE_MAX) throw new ContactError("too_long", "message");
  if (!user.emailVerified) throw new ContactError("unverified");

  const created = db.transaction().execute(async (trx) => {
    // The duplicate and cap checks read, then write: under PostgreSQL's READ COMMITTED two
    // requests to one offer would both pass. Locking the offer row first serialises them.
    await lockRow(trx, "offers", input.offerId);
    const pair = await pairForContact(trx, input.municipalityId, input.offerId, "staff");
    if (!pair) throw new ContactError("not_found");
    const initiator: ContactInitiator =
      user.role === "staff" ? "staff" : user.role === "mayor" ? "municipality" : "offer";
    if (initiator === "municipality" && pair.municipality.ownerId !== user.id)
      throw new ContactError("forbidden");
    if (initiator === "offer" && pair.offer.authorId !== user.id)
      throw new ContactError("forbidden");
    if (!pair.offer.open) throw new ContactError("offer_not_open");
    if (!pair.municipality.visible) throw new ContactError("municipality_not_visible");
    // A mayor writes once their profile is public: the other side reads it first. A town
    // abroad may write to any municipality of the register; staff relay to those without one.
    if (initiator === "municipality" && !pair.municipality.hasProfile)
      throw new ContactError("municipality_not_visible");
    // Both sides wrote: the other's interest is still with staff, unknown to this side.
    // Refusing would tell them it exists; their message joins it for staff instead.
    const crossing =
      pair.busy !== null && initiator !== "staff" && !contactKnownTo(pair.busy, initiator);
    if (pair.busy && !crossing) throw new ContactError("already_open");
    if (initiator === "municipality" && pair.full && !crossing)
      throw new ContactError("offer_full");

    // Introductions carry every shared topic; a town names the ones it writes about.
    const topics = initiator === "staff" ? pair.shared : [...new Set(input.topics)];
    if (initiator !== "staff") {
      if (topics.length === 0) throw new ContactError("topics_required", "topics");
      if (topics.some((t) => !pair.shared.includes(t)))
        throw new ContactError("topic_not_shared", "topics");
    }

    if (crossing && pair.busy) {
      await addThreadEntry(trx, pair.busy.id, user.id, "message", message);
      await recordEvent(trx, {
        entity: "contact",
        entityId: pair.busy.id,
        actorId: user.id,
        action: "mutual_interest",
        fromStatus: pair.busy.status,
        toStatus: pair.busy.status,
      });
      // The same notice as any sent interest, pointing to their list: the contact's page
      // opens to them once staff forward it.
      await notify(trx, {
        userId: user.id,
        kind: "contact_submitted",
        params: { municipality: pair.municipality.name, town: pair.offer.town },
        link: "/contacts",
      });
      return pair.busy.id;
    }

    const now = new Date().toISOString();
    // The union's own introduction needs no review: it goes straight to both towns.
    const status: ContactStatus = initiator === "staff" ? "forwarded" : "pending_review";
    const { id } = await trx
      .insertInto("contacts")
      .values({
        municipality_id: pair.municipality.id,
        offer_id: pair.offer.id,
        initiator,
        sender_id: user.id,
        message,
        topics: toList(topics),
        status,
        status_reason: null,
        municipality_answer: null,
        offer_answer: null,
        waiting_since: status === "forwarded" ? now : null,
        reminded_at: null,
        first_forwarded_at: status === "forwarded" ? now : null,
        first_response_at: null,
        accepted_at: null,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordEvent(trx, {
      entity: "contact",
      entityId: id,
      actorId: user.id,
      action: initiator === "staff" ? "introduce" : "create",
      toStatus: status,
    });
    const core = (await getContactCore(trx, id)) as ContactCore;
    if (initiator === "staff") await tell(trx, core, recipientUsers(core), "contact_introduction");
    else await tell(trx, core, senderUsers(core), "contact_submitted");
    return id;
  });
  // The unique index on live pairs is the last word should the lock ever be bypassed.
  return created.catch((error: unknown) => {
    throw isUniqueViolation(error) ? new ContactError("already_open") : error;
  });
}

// ---- Moving a contact ------------------------------------------------------------------------

export interface TransitionInput {
  /** Reason, question, answer or the edited message, as the action needs. */
  text?: string;
  /** Stages: the day it happened (YYYY-MM-DD), not in the future. */
  happenedOn?: string;
  /** Staff answering an introduction for one side. */
  side?: "municipality" | "offer";
  /** Milestones: the council resolution's number or a link to the agreement. */
  reference?: string;
}

/** The milestone waiting for the other side's confirmation, if any. */
export async function getStageProposal(db: Db, contactId: number) {
  return db
    .selectFrom("stage_proposals as p")
    .select([
      "p.stage",
      "p.side",
      "p.proposed_by as proposedBy",
      "p.happened_on as happenedOn",
      "p.note",
      "p.reference",
      "p.created_at as createdAt",
    ])
    .where("p.contact_id", "=", contactId)
    .executeTakeFirst();
}

export async function transitionContact(
  db: Kysely<Database>,
  id: number,
  action: ContactAction,
  user: ContactUser,
  input: TransitionInput = {},
  now = new Date(),
): Promise<ContactStatus> {
  const text = input.text?.trim() ?? "";
  if (text.length > MESSAGE_MAX) throw new ContactError("too_long", "text");
  const reference = input.reference?.trim() ?? "";
  if (reference.length > REFERENCE_MAX) throw new ContactError("reference_too_long", "reference");
  return db.transaction().execute(async (trx) => {
    // One move at a time per contact: both sides answering an introduction at once must
    // each see the other's answer, or neither would make it accepted.
    await lockRow(trx, "contacts", id);
    const core = await getContactCore(trx, id);
    if (!core) throw new ContactError("not_found");
    const actor = actorOf(core, user);
    if (!actor || !visibleTo(core, actor)) throw new ContactError("not_found");
    if (!canAct(action, core.status, actor, core.initiator)) {
      const anyState = CONTACT_RULES[action].actors.includes(actor);
      throw new ContactError(anyState ? "wrong_state" : "forbidden");
    }
    if (CONTACT_RULES[action].needsText && !text) throw new ContactError("text_required", "text");
    // A milestone one side proposed waits for the other: nothing else is recorded meanwhile,
    // and its proposer cannot confirm it.
    const proposal = await getStageProposal(trx, id);
    const side: PairSide = actor === "staff" ? "staff" : (userSide(core, user) as PairSide);
    if (!withProposal(action, proposal ?? null, side)) {
      if (isStage(action)) throw new ContactError("proposal_waiting");
      throw new ContactError(proposal ? "own_proposal" : "wrong_state");
    }
    const proposes = isProposal(action, actor);

    let happenedOn: string | undefined;
    if (isStage(action)) {
      happenedOn = input.happenedOn ?? today(now);
      if (!isCalendarDay(happenedOn)) throw new ContactError("bad_date", "happenedOn");
      if (happenedOn > today(now)) throw new ContactError("bad_date", "happenedOn");
      const previous = await trx
        .selectFrom("contact_stages")
        .select("happened_on")
        .where("contact_id", "=", id)
        .orderBy("happened_on", "desc")
        .executeTakeFirst();
      if (previous && happenedOn < previous.happened_on)
        throw new ContactError("stage_before_previous", "happenedOn");
    }

    // Staff answer for a town only when it has no account (seeded news offers): accepting
    // for a town that can answer itself would hand out its contact details without consent.
    if (actor === "staff") {
      const spoken = spokenForSide(core, action, input.side);
      if (spoken && sideUser(core, spoken) !== null)
        throw new ContactError("has_account", core.initiator === "staff" ? "side" : "form");
    }
    // Staff edit the sender's message, and move a town's side for it when the town has
    // no account; forwarding and rejecting are staff's own decisions.
    const onBehalf = actor === "staff" && !["forward", "reject"].includes(action);
    const stamp = now.toISOString();
    let to = proposes ? core.status : (CONTACT_RULES[action].to ?? core.status);
    if (action === "confirm_stage" && proposal) to = proposal.stage;
    const patch: Updateable<ContactsTable> & { updated_at: string } = { updated_at: stamp };

    // An introduction becomes a contact when both sides have said yes.
    if (core.initiator === "staff" && (action === "accept" || action === "decline")) {
      const answering = actor === "staff" ? input.side : userSide(core, user);
      if (!answering) throw new ContactError("side_required", "side");
      const answer = action === "accept" ? "accepted" : "declined";
      const other = answering === "municipality" ? core.offerAnswer : core.municipalityAnswer;
      if ((answering === "municipality" ? core.municipalityAnswer : core.offerAnswer) !== null)
        throw new ContactError("wrong_state");
      patch[answering === "municipality" ? "municipality_answer" : "offer_answer"] = answer;
      to = action === "decline" ? "declined" : other === "accepted" ? "accepted" : "forwarded";
    }

    switch (action) {
      case "forward":
        patch.waiting_since = stamp;
        patch.reminded_at = null;
        patch.first_forwarded_at = core.firstForwardedAt ?? stamp;
        break;
      case "reject":
        patch.status_reason = text;
        break;
      case "edit":
        patch.message = text;
        break;
      case "accept":
      case "decline":
      case "request_info":
        patch.first_response_at = stamp;
        if (to !== "forwarded") patch.waiting_since = null;
        if (to === "accepted") patch.accepted_at = stamp;
        if (action === "decline") patch.status_reason = text || null;
        break;
      case "answer":
        patch.waiting_since = stamp;
        patch.reminded_at = null;
        break;
      case "withdraw":
        patch.waiting_since = null;
        break;
      default:
        break;
    }
    // The first answer counts for the response time; later ones do not move it.
    if (core.firstResponseAt) delete patch.first_response_at;

    const moved = await trx
      .updateTable("contacts")
      .set({ ...patch, status: to })
      .where("id", "=", id)
      .where("status", "=", core.status)
      .executeTakeFirst();
    // Someone else moved it between our read and write: refuse rather than overwrite.
    if (Number(moved.numUpdatedRows) !== 1) throw new ContactError("wrong_state");

    if (action === "request_info" || action === "answer")
      await addThreadEntry(
        trx,
        id,
        user.id,
        action === "request_info" ? "info_request" : "info_answer",
        text,
      );
    // The stage that counts now: recorded directly, or a proposal the other side confirmed.
    let recorded: { stage: ContactStage; happenedOn: string } | null = null;
    if (proposes && happenedOn) {
      await trx
        .insertInto("stage_proposals")
        .values({
          contact_id: id,
          stage: action as ContactStage,
          side: side as "municipality" | "offer",
          proposed_by: user.id,
          happened_on: happenedOn,
          note: text,
          reference,
          created_at: stamp,
        })
        .execute();
    } else if (isStage(action) && happenedOn) {
      await insertStage(trx, id, {
        stage: action as ContactStage,
        happenedOn,
        note: text,
        reference,
        recordedBy: user.id,
        // Staff's word is the union's: a milestone they record needs no one else.
        confirmedBy: actor === "staff" ? user.id : null,
        stamp,
      });
      recorded = { stage: action as ContactStage, happenedOn };
    } else if (action === "confirm_stage" && proposal) {
      await insertStage(trx, id, {
        stage: proposal.stage,
        happenedOn: proposal.happenedOn,
        note: proposal.note,
        reference: proposal.reference,
        recordedBy: proposal.proposedBy,
        confirmedBy: user.id,
        stamp,
      });
      recorded = { stage: proposal.stage, happenedOn: proposal.happenedOn };
    }
    if (action === "confirm_stage" || action === "refuse_stage")
      await trx.deleteFrom("stage_proposals").where("contact_id", "=", id).execute();
    if (recorded || proposes) await touchPartnership(trx, id, stamp);

    await recordEvent(trx, {
      entity: "contact",
      entityId: id,
      actorId: user.id,
      onBehalf,
      action:
        action === "accept" && to === "forwarded"
          ? "accept_side"
          : proposes
            ? `propose_${action}`
            : action === "confirm_stage" || action === "refuse_stage"
              ? `${action}_${proposal?.stage}`
              : action,
      fromStatus: core.status,
      toStatus: to,
      comment: action === "edit" ? null : [text, reference].filter(Boolean).join(" · ") || null,
    });

    const updated = { ...core, status: to };
    await notifyMove(trx, updated, action, actor, user, to, {
      happenedOn: happenedOn ?? proposal?.happenedOn,
      stage: proposes ? (action as ContactStage) : (recorded?.stage ?? proposal?.stage),
      proposes,
    });
    if (recorded?.stage === "agreement_signed")
      await createPartnership(trx, updated, recorded.happenedOn, user.id, stamp);
    return to;
  });
}

async function insertStage(
  db: Db,
  contactId: number,
  stage: {
    stage: ContactStage;
    happenedOn: string;
    note: string;
    reference: string;
    recordedBy: number | null;
    confirmedBy: number | null;
    stamp: string;
  },
): Promise<void> {
  await db
    .insertInto("contact_stages")
    .values({
      contact_id: contactId,
      stage: stage.stage,
      happened_on: stage.happenedOn,
      note: stage.note,
      reference: stage.reference,
      recorded_by: stage.recordedBy,
      confirmed_by: stage.confirmedBy,
      created_at: stage.stamp,
    })
    .execute();
}

async function notifyMove(
  db: Db,
  core: ContactCore,
  action: ContactAction,
  actor: ContactActor,
  user: ContactUser,
  to: ContactStatus,
  stage: { happenedOn?: string; stage?: ContactStage; proposes: boolean },
): Promise<void> {
  const others = bothSides(core).filter((id) => id !== user.id);
  const stageParams = { stage: stage.stage ?? "", date: stage.happenedOn ?? today() };
  if (stage.proposes) return tell(db, core, others, "contact_stage_proposed", stageParams);
  switch (action) {
    case "forward":
      await tell(db, core, senderUsers(core), "contact_forwarded");
      await tell(db, core, recipientUsers(core), "contact_received");
      return;
    case "reject":
      return tell(db, core, senderUsers(core), "contact_rejected");
    case "accept":
      if (to === "accepted")
        return tell(
          db,
          core,
          core.initiator === "staff" ? bothSides(core) : senderUsers(core),
          "contact_accepted",
        );
      return;
    case "decline":
      return tell(
        db,
        core,
        core.initiator === "staff" ? others : senderUsers(core),
        "contact_declined",
      );
    case "request_info":
      return tell(db, core, senderUsers(core), "contact_info_requested");
    case "answer":
      return tell(db, core, recipientUsers(core), "contact_info_answered");
    case "withdraw":
      // The recipient only hears of it if the request had reached them.
      if (core.firstForwardedAt !== null)
        await tell(db, core, recipientUsers(core), "contact_withdrawn");
      return;
    case "in_contact":
    case "council_approved":
    case "agreement_signed":
    case "confirm_stage":
    case "refuse_stage":
      return tell(
        db,
        core,
        actor === "staff" ? bothSides(core) : others,
        action === "refuse_stage" ? "contact_stage_refused" : "contact_stage",
        stageParams,
      );
    default:
      return;
  }
}

// ---- The thread ------------------------------------------------------------------------------

async function addThreadEntry(
  db: Db,
  contactId: number,
  authorId: number,
  kind: "message" | "info_request" | "info_answer",
  body: string,
): Promise<void> {
  await db
    .insertInto("contact_messages")
    .values({
      contact_id: contactId,
      author_id: authorId,
      kind,
      body,
      created_at: new Date().toISOString(),
    })
    .execute();
}

/** A message in the thread: both sides and staff, from acceptance on. */
export async function postMessage(
  db: Kysely<Database>,
  id: number,
  user: ContactUser,
  body: string,
): Promise<void> {
  const text = body.trim();
  if (!text) throw new ContactError("text_required", "body");
  if (text.length > MESSAGE_MAX) throw new ContactError("too_long", "body");
  await db.transaction().execute(async (trx) => {
    const core = await getContactCore(trx, id);
    if (!core) throw new ContactError("not_found");
    const actor = actorOf(core, user);
    if (!actor || !visibleTo(core, actor)) throw new ContactError("not_found");
    if (!["accepted", "in_contact", "council_approved", "agreement_signed"].includes(core.status))
      throw new ContactError("wrong_state");
    const stamp = new Date().toISOString();
    await addThreadEntry(trx, id, user.id, "message", text);
    // The text is in the thread; the event records who wrote when, for the timeline.
    await recordEvent(trx, {
      entity: "contact",
      entityId: id,
      actorId: user.id,
      action: "message",
    });
    await trx.updateTable("contacts").set({ updated_at: stamp }).where("id", "=", id).execute();
    await touchPartnership(trx, id, stamp);
    await tell(
      trx,
      core,
      bothSides(core).filter((u) => u !== user.id),
      "contact_message",
    );
  });
}

// ---- Partnerships born of a contact ----------------------------------------------------------

async function createPartnership(
  db: Db,
  core: ContactCore,
  signedOn: string,
  userId: number,
  stamp: string,
): Promise<void> {
  const offer = await db
    .selectFrom("offers")
    .select(["place_id", "town", "country"])
    .where("id", "=", core.offerId)
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto("partnerships")
    .values({
      municipality_id: core.municipalityId,
      partner_town: offer.town,
      partner_country: offer.country,
      partner_place_id: offer.place_id,
      since_year: Number(signedOn.slice(0, 4)),
      offer_id: core.offerId,
      source: "spolu",
      // Both towns signed: it is the municipality's word.
      confirmed_by: "municipality",
      confirmed_at: stamp,
      contact_id: core.id,
      last_activity_at: stamp,
      dormant_since: null,
      created_at: stamp,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // The municipality's row changes too, so the map's cached data version moves.
  await db
    .updateTable("municipalities")
    .set({ updated_at: stamp })
    .where("id", "=", core.municipalityId)
    .execute();
  await recordEvent(db, {
    entity: "partnership",
    entityId: id,
    actorId: userId,
    action: "create",
    comment: `contact ${core.id}`,
  });
  await tell(db, core, bothSides(core), "partnership_signed");
}

/** Messages and stages are activity: the partnership is not dormant. */
async function touchPartnership(db: Db, contactId: number, stamp: string): Promise<void> {
  await db
    .updateTable("partnerships")
    .set({ last_activity_at: stamp, dormant_since: null })
    .where("contact_id", "=", contactId)
    .execute();
}
