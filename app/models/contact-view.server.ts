// What each person may see of contacts. The private details of both towns
// (contact person, e-mail, phone) are selected in one place only,
// revealedDetails(), and only when the state is accepted or later, or for staff.
import type { Kysely, Transaction } from "kysely";
import type { ContactStatus, Database, Role } from "../../db/schema";
import { toCount } from "../../db/dialect";
import {
  OPEN_STATES,
  allowedContactActions,
  isRevealed,
  looksLikeContactDetail,
  nextStage,
  responseStats,
  withProposal,
  type PairSide,
  type ResponseStats,
} from "~/domain/contact-lifecycle";
import { parseList } from "~/utils/json-list";
import { listHistory } from "./audit.server";
import {
  actorOf,
  getContactCore,
  getStageProposal,
  spokenForSide,
  staffMayAnswerFor,
  userSide,
  visibleTo,
  type ContactUser,
} from "./contact.server";

type Db = Kysely<Database> | Transaction<Database>;

export interface ContactDetails {
  name: string | null;
  role?: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * Both towns' contact details, for a contact at `accepted` or later, to its two
 * sides and staff. The state and the viewer are checked in the query itself.
 */
export async function revealedDetails(
  db: Db,
  contactId: number,
  viewer: ContactUser,
): Promise<{ municipality: ContactDetails; offer: ContactDetails } | null> {
  let q = db
    .selectFrom("contacts as c")
    .innerJoin("municipalities as m", "m.id", "c.municipality_id")
    .innerJoin("offers as o", "o.id", "c.offer_id")
    .select([
      "m.contact_name as mName",
      "m.contact_role as mRole",
      "m.contact_email as mEmail",
      "m.contact_phone as mPhone",
      "o.contact_name as oName",
      "o.contact_email as oEmail",
      "o.contact_phone as oPhone",
    ])
    .where("c.id", "=", contactId);
  if (viewer.role !== "staff") {
    q = q.where("c.status", "in", [
      "accepted",
      "in_contact",
      "council_approved",
      "agreement_signed",
    ]);
    // Only the two sides: the municipality's mayor and the offer's author.
    q =
      viewer.role === "mayor"
        ? q.where("m.owner_id", "=", viewer.id)
        : q.where("o.author_id", "=", viewer.id);
  }
  const row = await q.executeTakeFirst();
  if (!row) return null;
  return {
    municipality: { name: row.mName, role: row.mRole, email: row.mEmail, phone: row.mPhone },
    offer: { name: row.oName, email: row.oEmail, phone: row.oPhone },
  };
}

/** One contact as a page shows it to this viewer; undefined when they may not see it. */
export async function getContactView(db: Db, id: number, viewer: ContactUser) {
  const core = await getContactCore(db, id);
  if (!core) return undefined;
  const actor = actorOf(core, viewer);
  if (!actor || !visibleTo(core, actor)) return undefined;
  const isStaff = actor === "staff";
  const revealed = isRevealed(core.status);

  const [thread, stages, history, details, partnership, proposal] = await Promise.all([
    db
      .selectFrom("contact_messages as cm")
      .leftJoin("users as u", "u.id", "cm.author_id")
      .select([
        "cm.id",
        "cm.author_id as authorId",
        "cm.kind",
        "cm.body",
        "cm.created_at as createdAt",
        "u.name as authorName",
        "u.role as authorRole",
      ])
      .where("cm.contact_id", "=", id)
      .orderBy("cm.created_at")
      .orderBy("cm.id")
      .execute(),
    db
      .selectFrom("contact_stages")
      .select([
        "stage",
        "happened_on as happenedOn",
        "note",
        "reference",
        "confirmed_by as confirmedBy",
      ])
      .where("contact_id", "=", id)
      .orderBy("happened_on")
      .orderBy("id")
      .execute(),
    listHistory(db, "contact", id),
    revealed || isStaff ? revealedDetails(db, id, viewer) : Promise.resolve(null),
    db
      .selectFrom("partnerships")
      .select(["id", "dormant_since as dormantSince", "last_activity_at as lastActivityAt"])
      .where("contact_id", "=", id)
      .executeTakeFirst(),
    getStageProposal(db, id),
  ]);

  const side = userSide(core, viewer);
  // An account's name is usually its contact person: until acceptance the other
  // side is named by its town. Staff act for the union and sign with their names.
  const nameFor = (userId: number | null, name: string | null, role: string | null) => {
    if (isStaff || revealed || userId === viewer.id || role === "staff") return name;
    if (userId !== null && userId === core.municipalityOwnerId) return core.municipalityName;
    if (userId !== null && userId === core.offerAuthorId) return core.offerTown;
    return role === "mayor" ? core.municipalityName : role === "foreign" ? core.offerTown : null;
  };
  const answerOf = (s: "municipality" | "offer") =>
    s === "municipality" ? core.municipalityAnswer : core.offerAnswer;
  // The sides of an introduction staff may still answer for: without an account, not yet answered.
  const staffSides =
    isStaff && core.initiator === "staff"
      ? (["municipality", "offer"] as const).filter(
          (s) => staffMayAnswerFor(core, s) && answerOf(s) === null,
        )
      : [];
  const pairSide: PairSide | null = isStaff ? "staff" : side;
  const actions = allowedContactActions(core.status, actor, core.initiator).filter((a) => {
    if (pairSide === null || !withProposal(a, proposal ?? null, pairSide)) return false;
    const answersIntroduction = core.initiator === "staff" && (a === "accept" || a === "decline");
    if (isStaff) {
      if (answersIntroduction) return staffSides.length > 0;
      const spoken = spokenForSide(core, a);
      return spoken === null || staffMayAnswerFor(core, spoken);
    }
    // A side that already answered an introduction waits for the other.
    return !answersIntroduction || (side !== null && answerOf(side) === null);
  });

  return {
    id: core.id,
    status: core.status,
    initiator: core.initiator,
    actor,
    side,
    municipality: {
      id: core.municipalityId,
      name: core.municipalityName,
      hasAccount: core.municipalityOwnerId !== null,
    },
    offer: {
      id: core.offerId,
      town: core.offerTown,
      country: core.offerCountry,
      hasAccount: core.offerAuthorId !== null,
    },
    message: core.message,
    topics: parseList(core.topics),
    // Staff's reason for a rejection is for the sender and staff; a decline's reason for the sender.
    statusReason:
      actor === "recipient" && core.status === "rejected_by_staff" ? null : core.statusReason,
    answers: { municipality: core.municipalityAnswer, offer: core.offerAnswer },
    waitingSince: core.waitingSince,
    createdAt: core.createdAt,
    updatedAt: core.updatedAt,
    // Info requests and answers belong to both sides; the free thread opens at acceptance.
    thread: thread
      // A side's own interest written while the other's was with staff shows to its author.
      .filter((m) => m.kind !== "message" || revealed || isStaff || m.authorId === viewer.id)
      .map(({ authorId, authorName, ...m }) => ({
        ...m,
        authorName: nameFor(authorId, authorName, m.authorRole),
      })),
    stages: stages.map(({ confirmedBy, ...s }) => ({ ...s, confirmed: confirmedBy !== null })),
    // A milestone one side proposed: shown to both sides and staff as waiting.
    proposal: proposal
      ? {
          stage: proposal.stage,
          side: proposal.side,
          mine: proposal.side === side,
          happenedOn: proposal.happenedOn,
          note: proposal.note,
          reference: proposal.reference,
          createdAt: proposal.createdAt,
        }
      : null,
    nextStage: nextStage(core.status),
    details,
    partnership: partnership ?? null,
    actions,
    staffSides,
    // Staff see the whole story; the towns see the moves without staff's internal wording.
    history: isStaff
      ? history
      : history.map((h) => ({
          ...h,
          actorName: nameFor(h.actorId, h.actorName, h.actorRole),
          comment: h.action === "edit" || h.action === "reject" ? null : h.comment,
        })),
    warnPrivateDetail:
      isStaff && core.status === "pending_review" && looksLikeContactDetail(core.message),
  };
}

export type ContactView = NonNullable<Awaited<ReturnType<typeof getContactView>>>;

const LIST_STATES: Record<string, readonly ContactStatus[]> = {
  open: OPEN_STATES,
  active: ["accepted", "in_contact", "council_approved", "agreement_signed"],
  closed: ["declined", "expired", "withdrawn", "rejected_by_staff"],
};
export const CONTACT_LIST_FILTERS = [
  "all",
  "open",
  "active",
  "closed",
  "review",
  "relay",
  "confirm",
] as const;
/** The filters only staff use: their review queue, the towns they answer for, milestones to confirm. */
export const STAFF_LIST_FILTERS: readonly ContactListFilter[] = ["review", "relay", "confirm"];
export type ContactListFilter = (typeof CONTACT_LIST_FILTERS)[number];

function scopedContacts(db: Db, viewer: { id: number; role: Role }, filter: ContactListFilter) {
  let q = db
    .selectFrom("contacts as c")
    .innerJoin("municipalities as m", "m.id", "c.municipality_id")
    .innerJoin("offers as o", "o.id", "c.offer_id");
  if (viewer.role === "mayor")
    q = q.where("m.owner_id", "=", viewer.id).where((eb) =>
      // A request to this municipality shows only once forwarded.
      eb.or([eb("c.initiator", "=", "municipality"), eb("c.first_forwarded_at", "is not", null)]),
    );
  else if (viewer.role === "foreign")
    q = q
      .where("o.author_id", "=", viewer.id)
      .where((eb) =>
        eb.or([eb("c.initiator", "=", "offer"), eb("c.first_forwarded_at", "is not", null)]),
      );
  if (filter === "review") q = q.where("c.status", "=", "pending_review");
  else if (filter === "confirm")
    // A milestone one side proposed: the other side confirms, or staff when it has no account.
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("stage_proposals as sp")
          .select("sp.contact_id")
          .whereRef("sp.contact_id", "=", "c.id"),
      ),
    );
  else if (filter === "relay")
    // Forwarded to a side without an account: the union answers for that town.
    q = q
      .where("c.status", "in", ["forwarded", "info_requested"])
      .where((eb) =>
        eb.or([
          eb.and([eb("c.initiator", "!=", "offer"), eb("o.author_id", "is", null)]),
          eb.and([eb("c.initiator", "!=", "municipality"), eb("m.owner_id", "is", null)]),
        ]),
      );
  else if (filter !== "all") q = q.where("c.status", "in", [...(LIST_STATES[filter] ?? [])]);
  return q;
}

/** The viewer's contacts (staff: all), most recently changed first. */
export async function listContacts(
  db: Db,
  viewer: { id: number; role: Role },
  options: { filter: ContactListFilter; limit: number; offset: number },
) {
  const rows = await scopedContacts(db, viewer, options.filter)
    .select([
      "c.id",
      "c.status",
      "c.initiator",
      "c.updated_at as updatedAt",
      "c.waiting_since as waitingSince",
      "m.id as municipalityId",
      "m.name as municipalityName",
      "m.owner_id as municipalityOwnerId",
      "o.id as offerId",
      "o.town as offerTown",
      "o.country as offerCountry",
      "o.author_id as offerAuthorId",
    ])
    .orderBy("c.updated_at", "desc")
    .orderBy("c.id", "desc")
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return rows.map((r) => {
    const mine =
      viewer.role === "mayor" ? "municipality" : viewer.role === "foreign" ? "offer" : null;
    return {
      id: r.id,
      status: r.status,
      initiator: r.initiator,
      updatedAt: r.updatedAt,
      waitingSince: r.waitingSince,
      municipality: {
        id: r.municipalityId,
        name: r.municipalityName,
        hasAccount: r.municipalityOwnerId !== null,
      },
      offer: {
        id: r.offerId,
        town: r.offerTown,
        country: r.offerCountry,
        hasAccount: r.offerAuthorId !== null,
      },
      direction:
        mine === null || r.initiator === "staff"
          ? "introduction"
          : r.initiator === mine
            ? "sent"
            : "received",
    } as const;
  });
}

export async function countContacts(
  db: Db,
  viewer: { id: number; role: Role },
  filter: ContactListFilter,
): Promise<number> {
  const row = await scopedContacts(db, viewer, filter)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

export async function countContactsForReview(db: Db): Promise<number> {
  const row = await db
    .selectFrom("contacts")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("status", "=", "pending_review")
    .executeTakeFirstOrThrow();
  return toCount(row.n);
}

/** How a town answers the requests forwarded to it (DESIGN: nobody left waiting). */
export async function responseStatsFor(
  db: Db,
  side: "municipality" | "offer",
  id: number,
): Promise<ResponseStats> {
  let q = db
    .selectFrom("contacts")
    .select(["first_forwarded_at", "first_response_at", "status"])
    .where("first_forwarded_at", "is not", null);
  q =
    side === "offer"
      ? q.where("offer_id", "=", id).where("initiator", "in", ["municipality", "staff"])
      : q.where("municipality_id", "=", id).where("initiator", "in", ["offer", "staff"]);
  const rows = await q.execute();
  return responseStats(
    rows.map((r) => ({
      forwardedAt: r.first_forwarded_at as string,
      respondedAt: r.first_response_at,
      status: r.status,
    })),
  );
}

/** The viewer's own live contact with a pair, for the "already in touch" link. */
export async function contactBetween(db: Db, municipalityId: number, offerId: number) {
  return db
    .selectFrom("contacts")
    .select(["id", "status"])
    .where("municipality_id", "=", municipalityId)
    .where("offer_id", "=", offerId)
    .orderBy("id", "desc")
    .executeTakeFirst();
}
