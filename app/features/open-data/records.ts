// What the open-data endpoints (/api/*, /offers.csv, /feed.xml) publish, as
// explicit field lists: every published field is named here, so a column added
// to the database (a contact, a note) stays private until someone adds it on
// purpose. Field names are snake_case and stable (docs/api.md); their types are
// the schemas' of ./schemas.server.ts, which /api/openapi.json publishes.
import type { DirectoryEntry } from "~/models/directory.server";
import type { MunicipalityPublic } from "~/models/municipality.server";
import type { PublicOffer } from "~/models/offer.server";
import type { PartnershipView } from "~/models/partnership.server";
import type { CsvCell } from "../../utils/csv";
import type { ApiMunicipality, ApiOffer, ApiPartnership, PageMeta } from "./schemas.server";

export type { ApiMunicipality, ApiOffer, ApiPartnership, PageLinks } from "./schemas.server";

/** The source of the register's part, as its licence asks (db/data/README.md). */
export const REGISTER_ATTRIBUTION =
  "Obce: © ČÚZK (RÚIAN, CC BY 4.0); počty obyvatel: ČSÚ, k 1. 1. 2025; IČO: MF ČR (MONITOR)";

/** The page of an offer, e.g. https://spolu.example/offers/12. */
export function offerUrl(origin: string, id: number): string {
  return `${origin}/offers/${id}`;
}

export function offerToApi(offer: PublicOffer, origin: string): ApiOffer {
  const [min, max] = offer.partnerPopulation ?? [null, null];
  return {
    id: offer.id,
    url: offerUrl(origin, offer.id),
    town: offer.town,
    country: offer.country,
    region: offer.region,
    population: offer.population,
    lat: offer.lat,
    lon: offer.lon,
    topics: [...offer.topics],
    open_to_any_topic: offer.openToAnyTopic,
    partner_population_min: min,
    partner_population_max: max,
    partner_max_distance_km: offer.maxDistanceKm,
    preferred_kraje: [...offer.preferredKraje],
    languages: [...offer.languages],
    description: offer.description,
    description_lang: offer.descriptionLang,
    description_cs: offer.descriptionCs,
    description_en: offer.descriptionEn,
    published_at: offer.publishedAt,
    expires_on: offer.expiresOn,
    source: offer.source,
    source_date: offer.sourceDate,
    is_demo: offer.isDemo,
  };
}

export function municipalityUrl(origin: string, id: number): string {
  return `${origin}/municipalities/${id}`;
}

export function municipalityToApi(m: MunicipalityPublic, origin: string): ApiMunicipality {
  const [min, max] = m.partnerPopulation ?? [null, null];
  return {
    id: m.id,
    url: municipalityUrl(origin, m.id),
    code: m.code,
    name: m.name,
    kind: m.kind,
    okres: m.okres,
    okres_code: m.okresCode,
    orp: m.orp,
    kraj: m.kraj,
    population: m.population,
    population_date: m.populationDate,
    ico: m.ico,
    lat: m.lat,
    lon: m.lon,
    has_profile: m.hasProfile,
    verified: m.verified,
    profile: m.hasProfile
      ? {
          interests: [...m.interests],
          languages: [...m.languages],
          description: m.description,
          description_lang: m.descriptionLang,
          seeks_countries: [...m.seeksCountries],
          seeks_any_country: m.seeksAnyCountry,
          partner_population_min: min,
          partner_population_max: max,
          partner_max_distance_km: m.maxDistanceKm,
          updated_at: m.updatedAt,
        }
      : null,
    partnerships: m.partnerships.map((p) => ({
      town: p.town,
      country: p.country,
      since_year: p.sinceYear,
      verified: p.confirmed,
    })),
    is_demo: m.isDemo,
  };
}

/** /municipalities.csv: the register's columns, whether Spolu knows more, and the source. */
export const MUNICIPALITY_CSV_COLUMNS = [
  "id",
  "url",
  "code",
  "name",
  "kind",
  "okres",
  "orp",
  "kraj",
  "population",
  "population_date",
  "ico",
  "lat",
  "lon",
  "has_profile",
  "verified",
  "partners",
  "source",
] as const;

export function municipalityCsvRow(m: DirectoryEntry, origin: string): CsvCell[] {
  return [
    m.id,
    municipalityUrl(origin, m.id),
    m.code,
    m.name,
    m.kind,
    m.okres,
    m.orp,
    m.kraj,
    m.population,
    m.populationDate,
    m.ico,
    m.lat,
    m.lon,
    m.hasProfile,
    m.verified,
    m.partners,
    m.code ? REGISTER_ATTRIBUTION : "",
  ];
}

/** The CSV's columns: the API's field names, in the API's order. */
export const OFFER_CSV_COLUMNS = [
  "id",
  "url",
  "town",
  "country",
  "region",
  "population",
  "lat",
  "lon",
  "topics",
  "open_to_any_topic",
  "partner_population_min",
  "partner_population_max",
  "partner_max_distance_km",
  "preferred_kraje",
  "languages",
  "description",
  "description_lang",
  "description_cs",
  "description_en",
  "published_at",
  "expires_on",
  "source",
  "source_date",
  "is_demo",
] as const satisfies readonly (keyof ApiOffer)[];

/** Lists in one cell: codes joined by "|" (no code contains it; Czech Excel splits on ";"). */
export const CSV_LIST_SEPARATOR = "|";

export function offerCsvRow(offer: ApiOffer): CsvCell[] {
  return OFFER_CSV_COLUMNS.map((column) => {
    const value = offer[column];
    return Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : value;
  });
}

export interface PageInfo {
  page: number;
  perPage: number;
  total: number;
}

export type Envelope<T> = PageMeta & {
  data: T[];
  /** Where the data comes from, when its licence asks to say so. */
  attribution?: string;
};

/** The list answer: the page's items, the counts and absolute links that keep every filter. */
export function pageEnvelope<T>(data: T[], info: PageInfo, url: URL): Envelope<T> {
  const pages = Math.max(1, Math.ceil(info.total / info.perPage));
  const link = (page: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(page));
    next.searchParams.set("per_page", String(info.perPage));
    return next.toString();
  };
  return {
    data,
    page: info.page,
    per_page: info.perPage,
    total: info.total,
    pages,
    links: {
      self: link(info.page),
      first: link(1),
      last: link(pages),
      prev: info.page > 1 ? link(Math.min(info.page - 1, pages)) : null,
      next: info.page < pages ? link(info.page + 1) : null,
    },
  };
}

/**
 * The origin links should use: the request's. Behind a TLS-terminating proxy its scheme is
 * the one the proxy reported, if TRUST_PROXY trusts it (app/utils/http-server.server.ts);
 * an X-Forwarded-Proto from anyone else changes nothing.
 */
export function requestOrigin(request: Request): string {
  return new URL(request.url).origin;
}

// ---- The registry of partnerships --------------------------------------------------------------

/** The public lists' licence asks for this beside the rows they gave (db/data/README.md). */
export const PARTNERSHIPS_ATTRIBUTION =
  "Existující partnerství: seznamy partnerských měst na Wikipedii (CC BY-SA), neověřeno";

export function partnershipToApi(p: PartnershipView, origin: string): ApiPartnership {
  return {
    id: p.id,
    municipality_id: p.municipalityId,
    municipality_url: `${origin}/municipalities/${p.municipalityId}`,
    municipality_code: p.municipalityCode,
    municipality: p.municipality,
    kraj: p.kraj,
    partner_town: p.partnerTown,
    partner_country: p.partnerCountry,
    since_year: p.sinceYear,
    verified: p.confirmedBy !== null,
    confirmed_by: p.confirmedBy,
    source: p.source,
    source_urls: p.sourceUrls,
  };
}

export const PARTNERSHIP_CSV_COLUMNS = [
  "id",
  "municipality_id",
  "municipality_url",
  "municipality_code",
  "municipality",
  "kraj",
  "partner_town",
  "partner_country",
  "since_year",
  "verified",
  "confirmed_by",
  "source",
  "source_urls",
  "attribution",
] as const;

export function partnershipCsvRow(p: PartnershipView, origin: string): CsvCell[] {
  const api = partnershipToApi(p, origin);
  return [
    api.id,
    api.municipality_id,
    api.municipality_url,
    api.municipality_code,
    api.municipality,
    api.kraj,
    api.partner_town,
    api.partner_country,
    api.since_year,
    api.verified,
    api.confirmed_by,
    api.source,
    api.source_urls.join(" "),
    p.source === "public_list" ? PARTNERSHIPS_ATTRIBUTION : "",
  ];
}
