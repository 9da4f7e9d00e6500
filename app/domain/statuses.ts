// The states and roles the domain's rules are about. The database stores them as text
// (db/schema.ts re-exports them for its tables), but they are the domain's words: the
// lifecycle rules, the eligibility and the pages use them without knowing of a database.

/** Who an account is: a Czech municipality's office, a foreign town's, or the union's staff. */
export type Role = "mayor" | "foreign" | "staff";

export type OfferStatus =
  "draft" | "pending" | "published" | "changes_requested" | "rejected" | "expired" | "closed";

/** none: a register entry that nobody has written a profile for (yet). */
export type ProfileStatus =
  "none" | "draft" | "pending" | "published" | "changes_requested" | "rejected";

/** immediate: an e-mail per notification; daily: one digest a day; none: in-app only. */
export type EmailPref = "immediate" | "daily" | "none";

export type ContactStatus =
  | "pending_review"
  | "forwarded"
  | "info_requested"
  | "accepted"
  | "declined"
  | "in_contact"
  | "council_approved"
  | "agreement_signed"
  | "expired"
  | "withdrawn"
  | "rejected_by_staff";

/** Which side wrote first: a municipality to an offer, an offer's town to a municipality, or staff. */
export type ContactInitiator = "municipality" | "offer" | "staff";

export type ContactStage = "in_contact" | "council_approved" | "agreement_signed";
