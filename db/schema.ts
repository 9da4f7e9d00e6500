// The shape of Spolu's database as kysely sees it. Both dialects store the same
// types: timestamps are ISO-8601 UTC text, dates are YYYY-MM-DD text, flags are
// 0/1 integers and lists are JSON text (see docs/decisions/002-portable-columns.md).
import type { Generated, Insertable, Selectable, Updateable } from "kysely";
import type { Locale } from "../app/i18n/locales";
import type {
  ContactInitiator,
  ContactStage,
  ContactStatus,
  EmailPref,
  OfferStatus,
  ProfileStatus,
  Role,
} from "../app/domain/statuses";

export type { Locale };
export type {
  ContactInitiator,
  ContactStage,
  ContactStatus,
  EmailPref,
  OfferStatus,
  ProfileStatus,
  Role,
};

/** 0 or 1: SQLite cannot bind booleans, so both dialects store integers. */
export type Flag = 0 | 1;
/** A JSON-encoded array of strings, e.g. '["culture","tourism"]'. */
export type JsonList = string;

export interface UsersTable {
  id: Generated<number>;
  email: string;
  password_hash: string;
  role: Role;
  name: string;
  /** The municipality or town the account speaks for, as typed at sign-up. */
  organisation: string;
  locale: Locale;
  is_demo: Generated<Flag>;
  created_at: string;
  /** Null until the owner opened the link e-mailed at sign-up. */
  email_verified_at: string | null;
  email_pref: Generated<EmailPref>;
  /** 1: a mayor wants the weekly "new matches for you" e-mail. */
  weekly_matches: Generated<Flag>;
  /** YYYY-MM-DD of the last daily digest / weekly matches e-mail (at most one each). */
  last_digest_on: string | null;
  last_weekly_on: string | null;
  /** Set when the owner deleted the account: the row is then an anonymous tombstone. */
  deleted_at: string | null;
  /** When the person agreed to the terms at sign-up, and to which version (TERMS_VERSION). */
  terms_accepted_at: string | null;
  terms_version: string | null;
  /** When the person last opened their start page (/ signed in): what is new is since then. */
  start_seen_at: string | null;
}

export interface SessionsTable {
  /** 256-bit random id; the cookie carries it signed. */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface KrajeTable {
  /** ISO 3166-2 code, e.g. CZ-64. */
  code: string;
  /** GeoNames admin1 code, e.g. 78. */
  geonames_admin1: string;
  name_cs: string;
  name_en: string;
}

export interface PlacesTable {
  /** GeoNames id. */
  id: number;
  /** Local name (Praha, Plzeň, Wołomin), not the English exonym. */
  name: string;
  name_en: string;
  country: string;
  admin1: string | null;
  kraj: string | null;
  population: number;
  lat: number;
  lon: number;
}

export interface PlaceNamesTable {
  place_id: number;
  /** Lower-case, diacritics folded: how the search matches. */
  name_norm: string;
  name: string;
}

/**
 * One row per Czech municipality. The official part (code … ico, name, kraj,
 * population, lat/lon) comes from the register import and is never edited in the
 * app; the rest is the profile that the owning account adds.
 */
export interface MunicipalitiesTable {
  id: Generated<number>;
  owner_id: number | null;
  /** A GeoNames place (profiles made before the register); null for register rows. */
  place_id: number | null;
  /** RÚIAN municipality code (6 digits); null only for a profile not tied to the register. */
  code: string | null;
  /** obec, město, městys, statutární město, hlavní město. */
  kind: string | null;
  okres_code: string | null;
  okres: string | null;
  /** The municipality with extended powers (ORP) it belongs to. */
  orp: string | null;
  name: string;
  /** Lower case, diacritics folded (search); a key in Czech alphabetical order (sorting). */
  name_norm: Generated<string>;
  name_sort: Generated<string>;
  kraj: string;
  population: number;
  /** YYYY-MM-DD the population was counted on (ČSÚ, 1 January). */
  population_date: string | null;
  ico: string | null;
  lat: number | null;
  lon: number | null;
  interests: JsonList;
  languages: JsonList;
  description: string;
  /** The language the description is written in (ISO 639-1); Czech unless the mayor says. */
  description_lang: Generated<string>;
  seeks_countries: JsonList;
  seeks_any_country: Flag;
  partner_population_min: number | null;
  partner_population_max: number | null;
  /** Null: distance does not matter to this municipality. */
  partner_max_distance_km: number | null;
  contact_name: string | null;
  contact_role: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  status: ProfileStatus;
  verified: Flag;
  is_demo: Flag;
  created_at: string;
  updated_at: string;
}

export type ClaimStatus =
  "pending" | "conflict" | "verified" | "rejected" | "withdrawn" | "superseded";

export interface MunicipalityClaimsTable {
  id: Generated<number>;
  municipality_id: number;
  user_id: number | null;
  status: ClaimStatus;
  claimant_role: Generated<string>;
  claimant_phone: Generated<string>;
  decided_by: number | null;
  decided_at: string | null;
  decision_note: string | null;
  created_at: string;
}

export interface OffersTable {
  id: Generated<number>;
  author_id: number | null;
  place_id: number | null;
  town: string;
  country: string;
  region: string;
  population: number;
  lat: number | null;
  lon: number | null;
  topics: JsonList;
  open_to_any_topic: Flag;
  partner_population_min: number | null;
  partner_population_max: number | null;
  /** Null: distance does not matter to this town. */
  partner_max_distance_km: number | null;
  preferred_kraje: JsonList;
  languages: JsonList;
  /** The request in its own language (description_lang). */
  description: string;
  description_lang: string;
  description_cs: string | null;
  description_en: string | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  status: OfferStatus;
  expires_on: string;
  source: "self" | "news";
  /** The date of the news item the offer came from, or of its first publication. */
  source_date: string | null;
  /**
   * Normalized names, topics, country and descriptions for free-text search, in every UI
   * language (set by the offer model).
   */
  search_text: Generated<string>;
  /** The normalized town and region names in every language: a search ranks these first. */
  search_names: Generated<string>;
  is_demo: Flag;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundingCallsTable {
  id: Generated<number>;
  /** Stable key so seeding is idempotent, e.g. norway-grants-bilateral-2020. */
  slug: string;
  programme: string;
  title_cs: string;
  title_en: string;
  summary_cs: string;
  summary_en: string;
  url: string | null;
  opens_on: string | null;
  /** Null: open until the allocation is used up. */
  deadline: string | null;
  themes: JsonList;
  /** Eligibility rules as JSON data (interpreted by app/domain in a later issue). */
  rules: string;
  source_date: string | null;
  created_at: string;
}

export interface EventsTable {
  id: Generated<number>;
  slug: string;
  title_cs: string;
  title_en: string;
  summary_cs: string;
  summary_en: string;
  starts_on: string;
  ends_on: string;
  city: string;
  country: string;
  url: string | null;
  source_date: string | null;
  created_at: string;
}

/** "user": only the one event that an account was deleted (no personal data). */
export type AuditEntity = "offer" | "municipality" | "contact" | "partnership" | "user";

export interface AuditEventsTable {
  id: Generated<number>;
  entity: AuditEntity;
  entity_id: number;
  actor_id: number | null;
  /** 1 when staff acted on the author's behalf. */
  on_behalf: Generated<Flag>;
  action: string;
  from_status: string | null;
  to_status: string | null;
  comment: string | null;
  created_at: string;
}

export interface StaffNotesTable {
  id: Generated<number>;
  entity: AuditEntity;
  entity_id: number;
  author_id: number | null;
  body: string;
  created_at: string;
}

export type PartnershipSource = "existing" | "spolu" | "public_list";
export type PartnershipConfirmer = "municipality" | "union";

export interface PartnershipsTable {
  id: Generated<number>;
  municipality_id: number;
  partner_town: string;
  partner_country: string;
  partner_place_id: number | null;
  since_year: number | null;
  offer_id: number | null;
  /**
   * existing: entered by the municipality or staff; spolu: concluded through Spolu;
   * public_list: imported from public lists (source_url), unverified until confirmed.
   */
  source: Generated<PartnershipSource>;
  /** The public list it came from (public_list rows). */
  source_url: string | null;
  /** Who vouched for it; null = unverified. */
  confirmed_by: PartnershipConfirmer | null;
  confirmed_at: string | null;
  /** Removed by the municipality or staff: hidden everywhere, kept for its history. */
  removed_at: string | null;
  /** How an import recognises its row (code|country|normalised partner name). */
  import_key: string | null;
  created_at: string;
  /** The contact that led to it (source spolu). */
  contact_id: number | null;
  /** Messages, stages or recorded activity; 12 months without any makes it dormant. */
  last_activity_at: string | null;
  dormant_since: string | null;
}

export interface ContactsTable {
  id: Generated<number>;
  municipality_id: number;
  offer_id: number;
  initiator: ContactInitiator;
  sender_id: number | null;
  message: string;
  topics: JsonList;
  status: ContactStatus;
  status_reason: string | null;
  municipality_answer: "accepted" | "declined" | null;
  offer_answer: "accepted" | "declined" | null;
  waiting_since: string | null;
  reminded_at: string | null;
  first_forwarded_at: string | null;
  first_response_at: string | null;
  accepted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ContactMessagesTable {
  id: Generated<number>;
  contact_id: number;
  author_id: number | null;
  kind: "message" | "info_request" | "info_answer";
  body: string;
  created_at: string;
}

export interface ContactStagesTable {
  id: Generated<number>;
  contact_id: number;
  stage: ContactStage;
  happened_on: string;
  note: Generated<string>;
  /** The council resolution's number or a link to the signed agreement; may be empty. */
  reference: Generated<string>;
  recorded_by: number | null;
  /** The other side or staff, for a milestone one side proposed (stage_proposals). */
  confirmed_by: number | null;
  created_at: string;
}

/** A milestone one side proposed and the other has yet to confirm: one per contact at most. */
export interface StageProposalsTable {
  contact_id: number;
  stage: ContactStage;
  side: "municipality" | "offer";
  proposed_by: number | null;
  happened_on: string;
  note: Generated<string>;
  reference: Generated<string>;
  created_at: string;
}

export type EmailStatus = "outbox" | "queued" | "sending" | "sent" | "failed";

export interface EmailsTable {
  id: Generated<number>;
  user_id: number | null;
  to_address: string;
  locale: Locale;
  kind: string;
  subject: string;
  body_text: string;
  body_html: string;
  status: EmailStatus;
  attempts: Generated<number>;
  last_error: string | null;
  /** When a sender took the row ("sending"); a stale claim (crashed process) is taken over. */
  claimed_at: string | null;
  /** A failed e-mail is not tried again before this; null: at once, or never again (given up). */
  next_attempt_at: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface UserTokensTable {
  id: Generated<number>;
  user_id: number;
  purpose: "verify_email" | "reset_password";
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_by: number | null;
  updated_at: string;
}

/** Throttling counters, read and written by rate-limiter-flexible (app/utils/throttle.server.ts). */
export interface RateLimitsTable {
  key: string;
  points: number;
  /** When the window ends, in milliseconds since 1970; null never. */
  expire: number | string | null;
}

export interface JobRunsTable {
  job: string;
  slot: string;
  instance: string;
  started_at: string;
  finished_at: string | null;
  result: string | null;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  /** JSON object of values for the message template. */
  params: string;
  link: string | null;
  dedupe_key: string | null;
  read_at: string | null;
  created_at: string;
  emailed_at: string | null;
}

export interface ScoringWeightsTable {
  id: Generated<number>;
  /** JSON object of factor weights (app/domain/scoring.ts ScoringWeights). */
  weights: string;
  note: string;
  created_by: number | null;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  kraje: KrajeTable;
  places: PlacesTable;
  place_names: PlaceNamesTable;
  municipalities: MunicipalitiesTable;
  municipality_claims: MunicipalityClaimsTable;
  offers: OffersTable;
  funding_calls: FundingCallsTable;
  events: EventsTable;
  audit_events: AuditEventsTable;
  staff_notes: StaffNotesTable;
  partnerships: PartnershipsTable;
  notifications: NotificationsTable;
  scoring_weights: ScoringWeightsTable;
  contacts: ContactsTable;
  contact_messages: ContactMessagesTable;
  contact_stages: ContactStagesTable;
  stage_proposals: StageProposalsTable;
  emails: EmailsTable;
  user_tokens: UserTokensTable;
  settings: SettingsTable;
  job_runs: JobRunsTable;
  rate_limits: RateLimitsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type Place = Selectable<PlacesTable>;
export type NewPlace = Insertable<PlacesTable>;
export type Municipality = Selectable<MunicipalitiesTable>;
export type NewMunicipality = Insertable<MunicipalitiesTable>;
export type MunicipalityUpdate = Updateable<MunicipalitiesTable>;
export type MunicipalityClaim = Selectable<MunicipalityClaimsTable>;
export type Offer = Selectable<OffersTable>;
export type NewOffer = Insertable<OffersTable>;
export type FundingCall = Selectable<FundingCallsTable>;
export type NewFundingCall = Insertable<FundingCallsTable>;
export type Event = Selectable<EventsTable>;
export type NewEvent = Insertable<EventsTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
export type StaffNote = Selectable<StaffNotesTable>;
export type Partnership = Selectable<PartnershipsTable>;
export type Notification = Selectable<NotificationsTable>;
export type Contact = Selectable<ContactsTable>;
export type Email = Selectable<EmailsTable>;
