// The Czech messages of the features beyond the home page: contacts, accounts, funding,
// statistics, open data, personal data, the partnership registry and the municipality
// directory. A browser loads them when a page needs one (./index.ts); the server has them all along.
import { accountCs } from "./account";
import { contactsCs } from "./contacts";
import { directoryCs } from "./directory";
import { eligibilityCs } from "./eligibility";
import { fundingCs } from "./funding";
import { metaCs } from "./meta";
import { myDataCs } from "./my-data";
import { openDataCs } from "./opendata";
import { reasonsCs } from "./reasons";
import { registryCs } from "./registry";
import { statsCs } from "./stats";

export const moreCs = {
  ...contactsCs,
  ...accountCs,
  ...fundingCs,
  ...statsCs,
  ...openDataCs,
  ...myDataCs,
  ...registryCs,
  ...directoryCs,
  ...reasonsCs,
  ...eligibilityCs,
  ...metaCs,
} as const;
