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

/** The long texts of the pages about the service, which the server translates (./texts.server.ts). */
export type TextKey = keyof typeof cs.server;

type Catalogue = {
  core: Record<CoreKey, string>;
  more: Record<Exclude<MessageKey, CoreKey>, string>;
  /** Never a part a browser loads: the pages get these texts translated, in their data. */
  server: Record<TextKey, string>;
};

/** One line per language of ./locales.ts. */
export const PARTS: Record<Locale, Catalogue> = { cs, en, de, pl, sk, uk };

export const BUNDLED = Object.fromEntries(
  Object.entries(PARTS).map(([locale, { core, more, server }]) => [
    locale,
    { ...core, ...more, ...server },
  ]),
) as Record<Locale, Record<MessageKey | TextKey, string>>;
