// The Czech messages of the features beyond the home page: contacts, accounts, funding,
// statistics, open data, personal data, the partnership registry, the municipality
// directory and the titles of the pages about the service (privacy, terms, about, help),
// whose texts only the server translates (./legal.ts, ./help.ts). A browser loads them
// when a page needs one (./index.ts); the server has them all along.
import { accountCs } from "./account";
import { contactsCs } from "./contacts";
import { directoryCs } from "./directory";
import { eligibilityCs } from "./eligibility";
import { fundingCs } from "./funding";
import { helpCs } from "./help";
import { legalCs } from "./legal";
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
  ...legalCs,
  ...helpCs,
} as const;
