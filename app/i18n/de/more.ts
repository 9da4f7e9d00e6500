// The German of ../cs/more.ts.
import type { moreCs } from "../cs/more";
import { accountDe } from "./account";
import { contactsDe } from "./contacts";
import { directoryDe } from "./directory";
import { eligibilityDe } from "./eligibility";
import { fundingDe } from "./funding";
import { helpDe } from "./help";
import { legalDe } from "./legal";
import { metaDe } from "./meta";
import { myDataDe } from "./my-data";
import { openDataDe } from "./opendata";
import { reasonsDe } from "./reasons";
import { registryDe } from "./registry";
import { statsDe } from "./stats";

export const moreDe: Record<keyof typeof moreCs, string> = {
  ...contactsDe,
  ...accountDe,
  ...fundingDe,
  ...statsDe,
  ...openDataDe,
  ...myDataDe,
  ...registryDe,
  ...directoryDe,
  ...reasonsDe,
  ...eligibilityDe,
  ...metaDe,
  ...legalDe,
  ...helpDe,
};
