// Every message in every language, for everything the server writes (pages, e-mails,
// CSV), and the parts a browser loads (app/routes/i18n.$file.ts). A .server module:
// the browser build leaves it empty (see loadMessages in ./index.ts).
import type { CoreKey, MessageKey } from "./cs/core";
import type { Locale } from "./locales";
import { messages as cs } from "./cs";
import { messages as de } from "./de";
import { messages as en } from "./en";
import { messages as pl } from "./pl";
import { messages as sk } from "./sk";
import { messages as uk } from "./uk";

type Catalogue = {
  core: Record<CoreKey, string>;
  more: Record<Exclude<MessageKey, CoreKey>, string>;
};

/** One line per language of ./locales.ts. */
export const PARTS: Record<Locale, Catalogue> = { cs, en, de, pl, sk, uk };

export const BUNDLED = Object.fromEntries(
  Object.entries(PARTS).map(([locale, { core, more }]) => [locale, { ...core, ...more }]),
) as Record<Locale, Record<MessageKey, string>>;
