// Countries whose towns Spolu imports and offers: geographic Europe as a Czech
// municipality's partner search understands it, with the whole of Russia,
// Turkey and the South Caucasus rather than only their European parts.
export const EUROPEAN_COUNTRIES = [
  "AD", "AL", "AM", "AT", "AX", "AZ", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK",
  "EE", "ES", "FI", "FO", "FR", "GB", "GE", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS",
  "IT", "JE", "LI", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT",
  "RO", "RS", "RU", "SE", "SI", "SJ", "SK", "SM", "TR", "UA", "VA", "XK",
] as const;

export type EuropeanCountry = (typeof EUROPEAN_COUNTRIES)[number];

const EUROPEAN = new Set<string>(EUROPEAN_COUNTRIES);

export function isEuropeanCountry(code: string): code is EuropeanCountry {
  return EUROPEAN.has(code);
}

/** EU member states (for funding rules such as "at least one partner from the EU"). */
export const EU_MEMBERS = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
  "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
] as const;
