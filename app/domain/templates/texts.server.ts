// Every template text by name and language (./catalog.ts lists which exist).
import type { Locale } from "~/i18n/locales";
import type { TemplateName } from "./catalog";
import { agreementCs, resolutionCs } from "./cs.server";
import { agreementDe } from "./de.server";
import { agreementEn, resolutionEn } from "./en.server";
import { agreementPl } from "./pl.server";
import type { TemplateText } from "./render";
import { agreementSk } from "./sk.server";
import { agreementUk } from "./uk.server";

const TEXTS: Record<TemplateName, Partial<Record<Locale, TemplateText>>> = {
  "partnership-agreement": {
    cs: agreementCs,
    en: agreementEn,
    de: agreementDe,
    pl: agreementPl,
    sk: agreementSk,
    uk: agreementUk,
  },
  "council-resolution": { cs: resolutionCs, en: resolutionEn },
};

export function templateText(name: TemplateName, language: Locale): TemplateText | undefined {
  return TEXTS[name][language];
}
