// The English of ../cs/more.ts.
import type { moreCs } from "../cs/more";
import { accountEn } from "./account";
import { contactsEn } from "./contacts";
import { directoryEn } from "./directory";
import { eligibilityEn } from "./eligibility";
import { fundingEn } from "./funding";
import { helpEn } from "./help";
import { legalEn } from "./legal";
import { metaEn } from "./meta";
import { myDataEn } from "./my-data";
import { openDataEn } from "./opendata";
import { reasonsEn } from "./reasons";
import { registryEn } from "./registry";
import { statsEn } from "./stats";

export const moreEn: Record<keyof typeof moreCs, string> = {
  ...contactsEn,
  ...accountEn,
  ...fundingEn,
  ...statsEn,
  ...openDataEn,
  ...myDataEn,
  ...registryEn,
  ...directoryEn,
  ...reasonsEn,
  ...eligibilityEn,
  ...metaEn,
  ...legalEn,
  ...helpEn,
};
