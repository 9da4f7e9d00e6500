// The English of ./cs-more.ts.
import type { moreCs } from "./cs-more";
import { accountEn } from "./en-account";
import { contactsEn } from "./en-contacts";
import { fundingEn } from "./en-funding";
import { myDataEn } from "./en-my-data";
import { openDataEn } from "./en-opendata";
import { registryEn } from "./en-registry";
import { statsEn } from "./en-stats";

export const moreEn: Record<keyof typeof moreCs, string> = {
  ...contactsEn,
  ...accountEn,
  ...fundingEn,
  ...statsEn,
  ...openDataEn,
  ...myDataEn,
  ...registryEn,
};
