// One list of cooperation topics for both sides of the market (DESIGN.md).
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

export const INTEREST_LABELS: Record<InterestCode, { cs: string; en: string }> = {
  environment: { cs: "Životní prostředí", en: "Environment" },
  climate_energy: { cs: "Klima a energie", en: "Climate and energy" },
  culture: { cs: "Kultura", en: "Culture" },
  heritage: { cs: "Kulturní dědictví", en: "Heritage" },
  tourism: { cs: "Cestovní ruch", en: "Tourism" },
  sport: { cs: "Sport", en: "Sport" },
  youth: { cs: "Mládež", en: "Youth" },
  education: { cs: "Vzdělávání", en: "Education" },
  social_health: { cs: "Sociální služby a zdraví", en: "Social care and health" },
  economy: { cs: "Hospodářství", en: "Economy" },
  agriculture_land: { cs: "Zemědělství a půda", en: "Agriculture and land" },
  public_administration: { cs: "Veřejná správa", en: "Public administration" },
  mobility: { cs: "Doprava a mobilita", en: "Mobility" },
  smart_city: { cs: "Chytrá města", en: "Smart city" },
};

export function isInterestCode(value: string): value is InterestCode {
  return (INTEREST_CODES as readonly string[]).includes(value);
}
