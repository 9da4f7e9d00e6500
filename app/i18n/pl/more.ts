// The Polish of ../cs/more.ts.
import type { moreCs } from "../cs/more";
import { accountPl } from "./account";
import { contactsPl } from "./contacts";
import { directoryPl } from "./directory";
import { eligibilityPl } from "./eligibility";
import { fundingPl } from "./funding";
import { helpPl } from "./help";
import { legalPl } from "./legal";
import { metaPl } from "./meta";
import { myDataPl } from "./my-data";
import { openDataPl } from "./opendata";
import { reasonsPl } from "./reasons";
import { registryPl } from "./registry";
import { statsPl } from "./stats";

export const morePl: Record<keyof typeof moreCs, string> = {
  ...contactsPl,
  ...accountPl,
  ...fundingPl,
  ...statsPl,
  ...openDataPl,
  ...myDataPl,
  ...registryPl,
  ...directoryPl,
  ...reasonsPl,
  ...eligibilityPl,
  ...metaPl,
  ...legalPl,
  ...helpPl,
};
