// Who may move an offer or a municipality profile from which state to which.
// Pure: the models apply it inside a transaction and record the decision.
import type { OfferStatus, ProfileStatus } from "~/domain/statuses";
import { daysBetween } from "./dates";

export type Actor = "author" | "staff" | "system";

export type OfferAction =
  "submit" | "approve" | "request_changes" | "reject" | "close" | "renew" | "expire";
export type ProfileAction = "submit" | "approve" | "request_changes" | "reject";

interface Rule<S extends string> {
  from: readonly S[];
  /** null: the status stays (renewal only moves the expiry date). */
  to: S | null;
  actors: readonly Actor[];
  /** Staff must say why (the author sees it). */
  needsComment?: boolean;
}

export const OFFER_RULES: Record<OfferAction, Rule<OfferStatus>> = {
  submit: { from: ["draft", "changes_requested"], to: "pending", actors: ["author", "staff"] },
  approve: { from: ["pending"], to: "published", actors: ["staff"] },
  request_changes: {
    from: ["pending", "published"],
    to: "changes_requested",
    actors: ["staff"],
    needsComment: true,
  },
  reject: {
    from: ["pending", "published", "changes_requested"],
    to: "rejected",
    actors: ["staff"],
    needsComment: true,
  },
  close: {
    from: ["draft", "pending", "published", "changes_requested", "expired"],
    to: "closed",
    actors: ["author", "staff"],
  },
  // An expired offer had been approved: renewing brings it straight back.
  renew: { from: ["published", "expired"], to: "published", actors: ["author", "staff"] },
  expire: { from: ["published"], to: "expired", actors: ["system"] },
};

export const PROFILE_RULES: Record<ProfileAction, Rule<ProfileStatus>> = {
  submit: {
    from: ["draft", "changes_requested", "rejected", "published", "pending"],
    to: "pending",
    actors: ["author"],
  },
  approve: { from: ["pending", "changes_requested"], to: "published", actors: ["staff"] },
  request_changes: {
    from: ["pending", "published"],
    to: "changes_requested",
    actors: ["staff"],
    needsComment: true,
  },
  reject: {
    from: ["pending", "published", "changes_requested"],
    to: "rejected",
    actors: ["staff"],
    needsComment: true,
  },
};

function allowedActions<S extends string, A extends string>(
  rules: Record<A, Rule<S>>,
  status: S,
  actor: Actor,
): A[] {
  return (Object.keys(rules) as A[]).filter((action) => {
    const rule = rules[action];
    return rule.from.includes(status) && rule.actors.includes(actor);
  });
}

export function allowedOfferActions(status: OfferStatus, actor: Actor): OfferAction[] {
  return allowedActions(OFFER_RULES, status, actor);
}

export function allowedProfileActions(status: ProfileStatus, actor: Actor): ProfileAction[] {
  return allowedActions(PROFILE_RULES, status, actor);
}

/** Profiles people may see: everything but drafts and rejected ones (pending ones are marked). */
export const PROFILE_STATUSES: readonly ProfileStatus[] = [
  "none",
  "draft",
  "pending",
  "published",
  "changes_requested",
  "rejected",
];

export const VISIBLE_PROFILE_STATUSES: readonly ProfileStatus[] = [
  "pending",
  "published",
  "changes_requested",
];

export const EXPIRY_DEFAULT_MONTHS = 12;
export const EXPIRY_MAX_MONTHS = 24;

/** YYYY-MM-DD plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Which expiry reminder is due: 30 days before, then 7 days before; null when none. */
export function expiryReminder(expiresOn: string, today: string): 30 | 7 | null {
  const left = daysBetween(today, expiresOn);
  if (left < 0) return null;
  if (left <= 7) return 7;
  if (left <= 30) return 30;
  return null;
}
