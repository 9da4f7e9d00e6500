// Country names in Czech and English (i18n-iso-countries) and the languages
// spoken in each country (countries-list). Loaded with require: Node 20 cannot
// import the packages' JSON files as ES modules.
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { countries as countryFacts } from "countries-list";
import type { Locale } from "../../db/schema";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/cs.json"));
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

export function countryName(code: string, locale: Locale): string {
  return countries.getName(code, locale, { select: "official" }) ?? code;
}

/** ISO 639-1 languages spoken in a country, the main one first. */
export function countryLanguages(code: string): string[] {
  const facts = (countryFacts as Record<string, { languages: string[] } | undefined>)[code];
  return facts ? [...facts.languages] : [];
}
