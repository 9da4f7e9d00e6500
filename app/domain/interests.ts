// One list of cooperation topics for both sides of the market; their names are the
// interest.* messages of app/i18n/<language>/core.ts.
export const INTEREST_CODES = [
  "environment",
  "climate_energy",
  "culture",
  "heritage",
  "tourism",
  "sport",
  "youth",
  "education",
  "social_health",
  "economy",
  "agriculture_land",
  "public_administration",
  "mobility",
  "smart_city",
] as const;

export type InterestCode = (typeof INTEREST_CODES)[number];

export function isInterestCode(value: string): value is InterestCode {
  return (INTEREST_CODES as readonly string[]).includes(value);
}
