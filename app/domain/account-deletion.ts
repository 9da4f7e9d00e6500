// What deleting an account does to the things the person took part in, as pure
// rules on top of the two lifecycles (app/domain/lifecycle.ts and
// contact-lifecycle.ts). app/models/account-deletion.server.ts applies them.
import type { ContactInitiator, ContactStatus, OfferStatus } from "~/domain/statuses";
import { canAct, isOpen } from "./contact-lifecycle";
import { OFFER_RULES } from "./lifecycle";

/** Offers the author may still close: they are closed with the account. */
export function closesWithAccount(status: OfferStatus): boolean {
  return OFFER_RULES.close.from.includes(status) && OFFER_RULES.close.actors.includes("author");
}

/** An address that can never receive mail (RFC 2606 reserves .invalid) and frees the real one. */
export function deletedEmail(userId: number): string {
  return `deleted-${userId}@invalid`;
}

export interface ContactEnding {
  action: "withdraw" | "decline";
  /**
   * self: the person's own move, as they could have made it themselves;
   * union: a move only staff may make (the person was waiting on the other side, or the
   * request never reached them), taken by the platform so the other side is not left waiting.
   */
  by: "self" | "union";
}

/**
 * How an open contact ends when one of its sides deletes the account; null when it is
 * not open (accepted or later stays: the towns may go on, the union answers for the side).
 * A sender withdraws; a recipient asked to answer declines; otherwise (the recipient asked
 * a question, or never saw the request) the request is withdrawn as staff could.
 */
export function contactEnding(
  status: ContactStatus,
  initiator: ContactInitiator,
  role: "sender" | "recipient",
): ContactEnding | null {
  if (!isOpen(status)) return null;
  if (canAct("withdraw", status, role, initiator)) return { action: "withdraw", by: "self" };
  if (canAct("decline", status, role, initiator)) return { action: "decline", by: "self" };
  return canAct("withdraw", status, "staff", initiator)
    ? { action: "withdraw", by: "union" }
    : null;
}

/**
 * The person's own strings worth removing from free text that stays (messages, comments,
 * notes): long enough not to hit ordinary words, longest first so a name inside an
 * e-mail address is not cut out before the address.
 */
export function personalStrings(values: readonly (string | null | undefined)[]): string[] {
  const kept = values
    .map((v) => v?.trim() ?? "")
    .filter((v) => v.length >= MIN_SCRUB_LENGTH && !/@invalid$/.test(v));
  return [...new Set(kept)].sort((a, b) => b.length - a.length);
}

const MIN_SCRUB_LENGTH = 5;

/** What replaces a personal string in text that stays. */
export const REMOVED = "[…]";
