// The Ukrainian of ../cs/more.ts.
import type { moreCs } from "../cs/more";
import { accountUk } from "./account";
import { contactsUk } from "./contacts";
import { directoryUk } from "./directory";
import { eligibilityUk } from "./eligibility";
import { fundingUk } from "./funding";
import { helpUk } from "./help";
import { legalUk } from "./legal";
import { metaUk } from "./meta";
import { myDataUk } from "./my-data";
import { openDataUk } from "./opendata";
import { reasonsUk } from "./reasons";
import { registryUk } from "./registry";
import { statsUk } from "./stats";

export const moreUk: Record<keyof typeof moreCs, string> = {
  ...contactsUk,
  ...accountUk,
  ...fundingUk,
  ...statsUk,
  ...openDataUk,
  ...myDataUk,
  ...registryUk,
  ...directoryUk,
  ...reasonsUk,
  ...eligibilityUk,
  ...metaUk,
  ...legalUk,
  ...helpUk,
};
