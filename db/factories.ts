// What a valid record looks like, in one place for the seed, the benchmark's national
// database and the test suites (tests/support/factories.ts builds on these). A factory
// takes what its caller cares about and fills every other column with a valid default,
// so a new column gets its default here once, not in every place that writes rows.
import { addDays } from "../app/domain/dates";
import type { FundingCallInput, EventInput } from "../app/domain/forms/funding.server";
import { toList } from "../app/utils/json-list";
import type { NewOffer } from "./schema";

export { addDays };

export interface PublishedOfferFields {
  town: string;
  country: string;
  region: string;
  population: number;
  lat: number | null;
  lon: number | null;
  topics: readonly string[];
  languages: readonly string[];
  description: string;
  /** ISO timestamp of publication; the request expires a year (365 days) after it. */
  publishedAt: string;
  placeId?: number | null;
  authorId?: number | null;
  openToAnyTopic?: boolean;
  partnerPopulation?: readonly [number | null, number | null] | null;
  maxDistanceKm?: number | null;
  preferredKraje?: readonly string[];
  descriptionLang?: string;
  descriptionCs?: string | null;
  descriptionEn?: string | null;
  contact?: { name: string; email: string; phone: string } | null;
  source?: NewOffer["source"];
  sourceDate?: string | null;
  isDemo?: boolean;
  /** When the row was written; the publication time unless given. */
  createdAt?: string;
  expiresOn?: string;
}

/** A published offer's row (the offer model adds the search columns when it inserts it). */
export function publishedOfferRow(o: PublishedOfferFields): NewOffer {
  const written = o.createdAt ?? o.publishedAt;
  return {
    author_id: o.authorId ?? null,
    place_id: o.placeId ?? null,
    town: o.town,
    country: o.country,
    region: o.region,
    population: o.population,
    lat: o.lat,
    lon: o.lon,
    topics: toList(o.topics),
    open_to_any_topic: o.openToAnyTopic ? 1 : 0,
    partner_population_min: o.partnerPopulation?.[0] ?? null,
    partner_population_max: o.partnerPopulation?.[1] ?? null,
    partner_max_distance_km: o.maxDistanceKm ?? null,
    preferred_kraje: toList(o.preferredKraje ?? []),
    languages: toList(o.languages),
    description: o.description,
    description_lang: o.descriptionLang ?? "cs",
    description_cs: o.descriptionCs ?? null,
    description_en: o.descriptionEn ?? null,
    contact_name: o.contact?.name ?? null,
    contact_email: o.contact?.email ?? null,
    contact_phone: o.contact?.phone ?? null,
    status: "published",
    expires_on: o.expiresOn ?? addDays(o.publishedAt.slice(0, 10), 365),
    source: o.source ?? "self",
    source_date: o.sourceDate ?? null,
    is_demo: o.isDemo ? 1 : 0,
    published_at: o.publishedAt,
    created_at: written,
    updated_at: written,
  };
}

/**
 * A funding call as staff save it: open since ten days before `today`, its deadline 20 days
 * after, Czech applicants with Polish partners, for municipalities.
 */
export function fundingCallInput(
  today: string,
  overrides: Partial<FundingCallInput> = {},
): FundingCallInput {
  return {
    programme: "Test programme",
    titleCs: "Česko-polská výzva",
    titleEn: "Czech–Polish call",
    summaryCs: "Shrnutí",
    summaryEn: "Summary",
    url: "https://example.org/call",
    opensOn: addDays(today, -10),
    deadline: addDays(today, 20),
    themes: ["culture"],
    rules: {
      leadCountries: ["CZ"],
      partnerCountries: ["PL"],
      euMember: false,
      regions: [],
      minCountries: 2,
      applicantTypes: ["municipality"],
    },
    ...overrides,
  };
}

/** A partner-search event a month after `today`, two days long, in Vienna. */
export function eventInput(today: string, overrides: Partial<EventInput> = {}): EventInput {
  return {
    titleCs: "Fórum partnerských měst",
    titleEn: "Twin towns forum",
    summaryCs: "",
    summaryEn: "",
    startsOn: addDays(today, 30),
    endsOn: addDays(today, 31),
    city: "Wien",
    country: "AT",
    url: "",
    ...overrides,
  };
}
