// The Slovak of ../cs/more.ts.
import type { moreCs } from "../cs/more";
import { accountSk } from "./account";
import { contactsSk } from "./contacts";
import { directorySk } from "./directory";
import { eligibilitySk } from "./eligibility";
import { fundingSk } from "./funding";
import { helpSk } from "./help";
import { legalSk } from "./legal";
import { metaSk } from "./meta";
import { myDataSk } from "./my-data";
import { openDataSk } from "./opendata";
import { reasonsSk } from "./reasons";
import { registrySk } from "./registry";
import { statsSk } from "./stats";

export const moreSk: Record<keyof typeof moreCs, string> = {
  ...contactsSk,
  ...accountSk,
  ...fundingSk,
  ...statsSk,
  ...openDataSk,
  ...myDataSk,
  ...registrySk,
  ...directorySk,
  ...reasonsSk,
  ...eligibilitySk,
  ...metaSk,
  ...legalSk,
  ...helpSk,
};
