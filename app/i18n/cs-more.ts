// The Czech messages of the features beyond the home page: contacts, accounts, funding,
// statistics, open data, personal data and the partnership registry. A browser loads
// them when a page needs one (./index.ts); the server has them all along.
import { accountCs } from "./cs-account";
import { contactsCs } from "./cs-contacts";
import { fundingCs } from "./cs-funding";
import { myDataCs } from "./cs-my-data";
import { openDataCs } from "./cs-opendata";
import { registryCs } from "./cs-registry";
import { statsCs } from "./cs-stats";

export const moreCs = {
  ...contactsCs,
  ...accountCs,
  ...fundingCs,
  ...statsCs,
  ...openDataCs,
  ...myDataCs,
  ...registryCs,
} as const;
