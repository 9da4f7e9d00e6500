// The documents /help offers for download and the addresses they have
// (app/routes/help_.templates.$file.ts serves them): the model partnership agreement in
// every language of the app, alone or beside the Czech text, and the model council
// resolution, which a Czech council adopts in Czech (English for a partner's information).
import { LOCALES, isLocale, type Locale } from "~/i18n/locales";

export const TEMPLATE_LANGUAGES = {
  "partnership-agreement": LOCALES,
  "council-resolution": ["cs", "en"],
} as const satisfies Record<string, readonly Locale[]>;

export type TemplateName = keyof typeof TEMPLATE_LANGUAGES;

export interface TemplateRequest {
  name: TemplateName;
  /** Null: the reader's language (or the nearest one the template has). */
  language: Locale | null;
  /** A second language printed after the first, article by article (bilingual agreements). */
  partner: Locale | null;
}

/** "/help/templates/partnership-agreement-cs-pl.txt": Czech with Polish. */
export function templatePath(name: TemplateName, language: Locale, partner?: Locale): string {
  return `/help/templates/${name}-${language}${partner ? `-${partner}` : ""}.txt`;
}

const FILE = /^([a-z-]+?)(?:-([a-z]{2}))?(?:-([a-z]{2}))?\.txt$/;

/** The template a file name asks for, or null when there is no such file. */
export function parseTemplateFile(file: string): TemplateRequest | null {
  const [, name, language = null, partner = null] = FILE.exec(file) ?? [];
  if (!name || !(name in TEMPLATE_LANGUAGES)) return null;
  const languages: readonly string[] = TEMPLATE_LANGUAGES[name as TemplateName];
  if (language !== null && !(isLocale(language) && languages.includes(language))) return null;
  if (partner !== null && !(isLocale(partner) && languages.includes(partner))) return null;
  if (partner !== null && (language === null || partner === language)) return null;
  return {
    name: name as TemplateName,
    language: language as Locale | null,
    partner: partner as Locale | null,
  };
}

/**
 * The language a reader gets a template in: their own when it has one, else Czech for
 * Slovak readers (who read it as easily) and English for the others.
 */
export function templateLanguage(name: TemplateName, reader: Locale): Locale {
  const languages: readonly Locale[] = TEMPLATE_LANGUAGES[name];
  if (languages.includes(reader)) return reader;
  return reader === "sk" ? "cs" : "en";
}
