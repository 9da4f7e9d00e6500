// Every message in both languages, for everything the server writes (pages, e-mails,
// CSV), and the parts a browser loads (app/routes/i18n.$file.ts). A .server module:
// the browser build leaves it empty (see loadMessages in ./index.ts).
import { cs } from "./cs";
import { moreCs } from "./cs-more";
import { en } from "./en";
import { moreEn } from "./en-more";

export const PARTS = {
  cs: { core: cs, more: moreCs },
  en: { core: en, more: moreEn },
};

export const BUNDLED = {
  cs: { ...cs, ...moreCs },
  en: { ...en, ...moreEn },
};
