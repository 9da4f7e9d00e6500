// The languages spoken in each country (countries-list). Country names come from
// Intl alone (countryName in ~/i18n), re-exported here for the server's callers.
import { countries as countryFacts } from "countries-list";

export { countryName } from "~/i18n";

/** ISO 639-1 languages spoken in a country, the main one first. */
export function countryLanguages(code: string): string[] {
  const facts = (countryFacts as Record<string, { languages: string[] } | undefined>)[code];
  return facts ? [...facts.languages] : [];
}
