// Migrations are listed in code, not read from disk: kysely's FileMigrationProvider
// cannot load .ts files under plain Node, and a list also survives bundling.
import type { Migration } from "kysely";
import * as init from "./2026_11_25_init";
import * as moderation from "./2026_11_25_moderation";
import * as matching from "./2026_11_26_matching";
import * as contacts from "./2026_11_27_contacts";
import * as contactClaims from "./2026_12_02_contact_claims";
import * as accountDeletion from "./2026_12_03_account_deletion";
import * as municipalRegister from "./2026_12_06_municipal_register";
import * as partnershipRegistry from "./2026_12_07_partnership_registry";
import * as speedContactsUpdatedAt from "./2026_12_07_speed_contacts_updated_at";
import * as speedVersionsAndStats from "./2026_12_07_speed_versions_and_stats";
import * as rateLimits from "./2026_12_08_rate_limits";
import * as emailRetries from "./2026_12_08_email_retries";
import * as stageProposals from "./2026_12_09_stage_proposals";
import * as profileDescriptionLang from "./2026_12_10_profile_description_lang";
import * as partnershipVersionIndexes from "./2026_12_11_partnership_version_indexes";
import * as offerSearchNames from "./2026_12_12_offer_search_names";
import * as usersTermsAndStartPage from "./2026_12_12_users_terms_and_start_page";

export const migrations: Record<string, Migration> = {
  "2026_11_25_init": init,
  "2026_11_25_moderation": moderation,
  "2026_11_26_matching": matching,
  "2026_11_27_contacts": contacts,
  "2026_12_02_contact_claims": contactClaims,
  "2026_12_03_account_deletion": accountDeletion,
  "2026_12_06_municipal_register": municipalRegister,
  "2026_12_07_partnership_registry": partnershipRegistry,
  "2026_12_07_speed_contacts_updated_at": speedContactsUpdatedAt,
  "2026_12_07_speed_versions_and_stats": speedVersionsAndStats,
  "2026_12_08_rate_limits": rateLimits,
  "2026_12_08_email_retries": emailRetries,
  "2026_12_09_stage_proposals": stageProposals,
  "2026_12_10_profile_description_lang": profileDescriptionLang,
  "2026_12_11_partnership_version_indexes": partnershipVersionIndexes,
  "2026_12_12_offer_search_names": offerSearchNames,
  "2026_12_12_users_terms_and_start_page": usersTermsAndStartPage,
};
