// The contact workflow as data: who may move an expression of interest from
// which state to which (docs/decisions/008 and 015). Pure; app/models/contact.server.ts
// applies it in a transaction and records every move as an audit event.
import { INTEREST_CODES } from "./interests";
import type { ContactInitiator, ContactStage, ContactStatus } from "~/domain/statuses";

/** sender: the side that wrote; recipient: the other side; staff: the union; system: the scheduler. */
export type ContactActor = "sender" | "recipient" | "staff" | "system";

export type ContactAction =
  | "forward"
  | "reject"
  | "edit"
  | "accept"
  | "decline"
  | "request_info"
  | "answer"
  | "withdraw"
  | "expire"
  | "in_contact"
  | "council_approved"
  | "agreement_signed"
  | "confirm_stage"
  | "refuse_stage";

interface Rule {
  from: readonly ContactStatus[];
  /** null: the state stays (an edit, or one side's answer to an introduction). */
  to: ContactStatus | null;
  actors: readonly ContactActor[];
  /** A text is required: a reason, a question or an answer. */
  needsText?: boolean;
  /** Staff may act on the recipient's or sender's behalf (e.g. a town without an account). */
  onBehalf?: boolean;
}

export const OPEN_STATES: readonly ContactStatus[] = [
  "pending_review",
  "forwarded",
  "info_requested",
];
/** From here on both sides see each other's contact person, e-mail and phone. */
export const REVEALED_STATES: readonly ContactStatus[] = [
  "accepted",
  "in_contact",
  "council_approved",
  "agreement_signed",
];
export const CONTACT_STATES: readonly ContactStatus[] = [
  "pending_review",
  "forwarded",
  "info_requested",
  "accepted",
  "in_contact",
  "council_approved",
  "agreement_signed",
  "declined",
  "expired",
  "withdrawn",
  "rejected_by_staff",
];
export const STAGES: readonly ContactStage[] = [
  "in_contact",
  "council_approved",
  "agreement_signed",
];

export const CONTACT_RULES: Record<ContactAction, Rule> = {
  forward: { from: ["pending_review"], to: "forwarded", actors: ["staff"] },
  reject: { from: ["pending_review"], to: "rejected_by_staff", actors: ["staff"], needsText: true },
  edit: { from: ["pending_review"], to: null, actors: ["staff"], needsText: true },
  accept: { from: ["forwarded"], to: "accepted", actors: ["recipient", "staff"], onBehalf: true },
  decline: { from: ["forwarded"], to: "declined", actors: ["recipient", "staff"], onBehalf: true },
  request_info: {
    from: ["forwarded"],
    to: "info_requested",
    actors: ["recipient", "staff"],
    needsText: true,
    onBehalf: true,
  },
  answer: {
    from: ["info_requested"],
    to: "forwarded",
    actors: ["sender", "staff"],
    needsText: true,
    onBehalf: true,
  },
  withdraw: { from: OPEN_STATES, to: "withdrawn", actors: ["sender", "staff"], onBehalf: true },
  expire: { from: ["forwarded"], to: "expired", actors: ["system"] },
  in_contact: { from: ["accepted"], to: "in_contact", actors: ["sender", "recipient", "staff"] },
  council_approved: {
    from: ["in_contact"],
    to: "council_approved",
    actors: ["sender", "recipient", "staff"],
  },
  agreement_signed: {
    from: ["council_approved"],
    to: "agreement_signed",
    actors: ["sender", "recipient", "staff"],
  },
  // A milestone one side proposed (see MILESTONES): the state moves to the proposed stage.
  confirm_stage: {
    from: ["in_contact", "council_approved"],
    to: null,
    actors: ["sender", "recipient", "staff"],
  },
  // The proposal goes; the state stays. The proposer withdraws it, the other side disputes it.
  refuse_stage: {
    from: ["in_contact", "council_approved"],
    to: null,
    actors: ["sender", "recipient", "staff"],
  },
};

/**
 * Milestones that make a partnership public, so one side's word is not enough: a side
 * proposes, the other side (or staff) confirms, and only then does the state move. Staff
 * recording one confirm it at once; "in contact" is each side's own to say.
 */
export const MILESTONES: readonly ContactStage[] = ["council_approved", "agreement_signed"];

/** A council resolution's number or a link to the signed agreement, at most. */
export const REFERENCE_MAX = 300;

/** A milestone proposed by one side and waiting for the other. */
export interface StageProposal {
  stage: ContactStage;
  side: "municipality" | "offer";
}

/** Whether recording this stage is a proposal the other side confirms, not the state itself. */
export function isProposal(action: ContactAction, actor: ContactActor): boolean {
  return actor !== "staff" && (MILESTONES as readonly string[]).includes(action);
}

/**
 * Narrows the actions a state allows by the milestone proposal waiting, if any: while one
 * waits no stage is recorded; the other side and staff confirm or refuse it, its proposer
 * may withdraw it (refuse_stage) but not confirm it.
 */
export function withProposal(
  action: ContactAction,
  proposal: StageProposal | null,
  side: PairSide,
): boolean {
  if (action === "confirm_stage") return proposal !== null && proposal.side !== side;
  if (action === "refuse_stage") return proposal !== null;
  if (isStage(action)) return proposal === null;
  return true;
}

export function isStage(action: ContactAction): action is ContactStage & ContactAction {
  return (STAGES as readonly string[]).includes(action);
}

export function isOpen(status: ContactStatus): boolean {
  return OPEN_STATES.includes(status);
}

export function isRevealed(status: ContactStatus): boolean {
  return REVEALED_STATES.includes(status);
}

/** Which side a contact's initiator is the sender for; introductions have two recipients. */
export function senderSide(initiator: ContactInitiator): "municipality" | "offer" | null {
  return initiator === "staff" ? null : initiator;
}

export function canAct(
  action: ContactAction,
  status: ContactStatus,
  actor: ContactActor,
  initiator: ContactInitiator,
): boolean {
  const rule = CONTACT_RULES[action];
  if (!rule.from.includes(status) || !rule.actors.includes(actor)) return false;
  // An introduction is the union's proposal: each side accepts or declines; there
  // is no one to ask for information, and only staff can withdraw it.
  if (initiator === "staff") {
    if (action === "request_info" || action === "answer") return false;
    if (action === "withdraw") return actor === "staff";
  }
  return true;
}

/** The actions open to an actor now, in the order a page offers them. */
export function allowedContactActions(
  status: ContactStatus,
  actor: ContactActor,
  initiator: ContactInitiator,
): ContactAction[] {
  return (Object.keys(CONTACT_RULES) as ContactAction[]).filter((a) =>
    canAct(a, status, actor, initiator),
  );
}

/** The next partnership stage after the current state, if any. */
export function nextStage(status: ContactStatus): ContactStage | null {
  if (status === "accepted") return "in_contact";
  if (status === "in_contact") return "council_approved";
  if (status === "council_approved") return "agreement_signed";
  return null;
}

export const REMINDER_DAYS = 14;
export const EXPIRY_DAYS = 30;
export const DORMANT_MONTHS = 12;
export const DEFAULT_OPEN_REQUEST_LIMIT = 10;

/** Topics both sides share; an offer open to any topic shares all of the municipality's. */
export function sharedTopics(
  /** Null: the municipality has no profile, so any of the offer's topics may be shared. */
  municipalityInterests: readonly string[] | null,
  offer: { topics: readonly string[]; openToAnyTopic: boolean },
): string[] {
  if (municipalityInterests === null)
    return offer.openToAnyTopic ? [...INTEREST_CODES] : [...offer.topics];
  return offer.openToAnyTopic
    ? [...municipalityInterests]
    : municipalityInterests.filter((t) => offer.topics.includes(t));
}

/** A private detail pasted into a message (e-mail or phone), for staff to notice before forwarding. */
export function looksLikeContactDetail(text: string): boolean {
  return /[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(text) || /(\+?\d[\d\s/-]{7,}\d)/.test(text);
}

export interface ResponseStats {
  /** Requests this town was asked to answer (forwarded at least once). */
  received: number;
  answered: number;
  /** 0–100, null until a request was answered or ran out. */
  rate: number | null;
  /** Median days from forwarding to the first answer, null without answers. */
  medianDays: number | null;
}

/** Response rate and median response time from (forwarded at, first answer at, status). */
export function responseStats(
  rows: readonly { forwardedAt: string; respondedAt: string | null; status: ContactStatus }[],
): ResponseStats {
  const answeredRows = rows.filter((r) => r.respondedAt !== null);
  const decided = answeredRows.length + rows.filter((r) => r.status === "expired").length;
  const days = answeredRows
    .map((r) => (Date.parse(r.respondedAt as string) - Date.parse(r.forwardedAt)) / 86_400_000)
    .sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const median =
    days.length === 0
      ? null
      : days.length % 2
        ? (days[mid] as number)
        : ((days[mid - 1] as number) + (days[mid] as number)) / 2;
  return {
    received: rows.length,
    answered: answeredRows.length,
    rate: decided === 0 ? null : Math.round((100 * answeredRows.length) / decided),
    medianDays: median === null ? null : Math.round(median * 10) / 10,
  };
}

/** Who looks at a pair's contact: the municipality's side, the offer's side, or staff. */
export type PairSide = "municipality" | "offer" | "staff";

/**
 * Whether a side may learn of a contact: its sender and staff always; its recipient only
 * once staff have forwarded it. Before that nothing about it may show to the recipient,
 * not even that it exists.
 */
export function contactKnownTo(
  contact: { status: ContactStatus; initiator: "municipality" | "offer" | "staff" },
  side: PairSide,
): boolean {
  return side === "staff" || contact.initiator === side || contact.status !== "pending_review";
}
