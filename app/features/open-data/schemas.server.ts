// What the open-data endpoints answer, as zod schemas. The serialisers in
// ./records.ts and ./funding.ts return the types inferred here, so
// TypeScript holds the code to them, and /api/openapi.json is built from them
// (./openapi.server.ts): the published description cannot drift from the answers.
// Nothing parses an answer with them at run time; tests/integration/openapi.test.ts
// checks real answers against the document.
import { z } from "zod";
import { APPLICANT_TYPES, EUROPE_REGIONS } from "~/domain/eligibility";
import { INTEREST_CODES } from "~/domain/interests";

const id = z.int().min(1);
const count = z.int().min(0);
export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe("ISO 3166-1 alpha-2 country code");
export const krajCode = z
  .string()
  .regex(/^CZ-\d{2}$/)
  .describe("ISO 3166-2 code of a Czech region (kraj)");
const languageCode = z
  .string()
  .regex(/^[a-z]{2}$/)
  .describe("ISO 639-1 language code");
// The models type topics as strings; the codes are listed for readers.
const topicCode = z
  .string()
  .regex(/^[a-z_]+$/)
  .describe(`topic code: ${INTEREST_CODES.join(", ")}`);
const day = z.iso.date();
const timestamp = z.iso.datetime().describe("ISO 8601 in UTC");
/** An address Spolu builds from the request's origin. */
const link = z.url();
/** An address someone typed (a call's own page, a list's source): shown as given. */
const externalLink = z.string().min(1);

export const OfferApiSchema = z
  .object({
    id: id.describe("Spolu's number of the offer; stable"),
    url: link.describe("its page"),
    town: z.string(),
    country: countryCode,
    region: z.string(),
    population: count,
    lat: z.number().nullable().describe("WGS 84"),
    lon: z.number().nullable().describe("WGS 84"),
    topics: z.array(topicCode).describe("what the town wants to cooperate on"),
    open_to_any_topic: z.boolean(),
    partner_population_min: count.nullable().describe("smallest partner it seeks; null: any"),
    partner_population_max: count.nullable().describe("largest partner it seeks; null: any"),
    partner_max_distance_km: count.nullable().describe("null: distance does not matter"),
    preferred_kraje: z.array(krajCode).describe("Czech regions it prefers; empty: any"),
    languages: z.array(languageCode).describe("working languages"),
    description: z.string().describe("the request in its original language"),
    description_lang: languageCode,
    description_cs: z.string().nullable(),
    description_en: z.string().nullable(),
    published_at: timestamp.nullable(),
    expires_on: day.describe("the last day it stays published"),
    source: z.enum(["self", "news"]).describe("self: posted by the town; news: by the union"),
    source_date: day.nullable().describe("for news, the date of the union's news item"),
    is_demo: z.boolean().describe("demonstration data, not a real request"),
  })
  .describe("A published partnership request of a town abroad");

export const MunicipalityApiSchema = z
  .object({
    id: id.describe("Spolu's number of the municipality; stable"),
    url: link.describe("its page"),
    code: z
      .string()
      .regex(/^\d{6}$/)
      .nullable()
      .describe("RÚIAN municipality code"),
    name: z.string(),
    kind: z.string().nullable().describe("obec, městys, město, statutární město, hlavní město"),
    okres: z.string().nullable(),
    okres_code: z.string().nullable().describe("the district's RÚIAN code"),
    orp: z.string().nullable(),
    kraj: krajCode,
    population: count,
    population_date: day.nullable(),
    ico: z.string().nullable().describe("IČO of the municipality (8 digits)"),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    has_profile: z.boolean(),
    verified: z.boolean().describe("the union verified the account speaking for it"),
    profile: z
      .object({
        interests: z.array(topicCode),
        languages: z.array(languageCode),
        description: z.string(),
        description_lang: languageCode,
        seeks_countries: z.array(countryCode),
        seeks_any_country: z.boolean(),
        partner_population_min: count.nullable(),
        partner_population_max: count.nullable(),
        partner_max_distance_km: count.nullable(),
        updated_at: timestamp,
      })
      .nullable()
      .describe("its public profile; null when it has none"),
    partnerships: z
      .array(
        z.object({
          town: z.string(),
          country: countryCode,
          since_year: z.int().nullable(),
          verified: z.boolean(),
        }),
      )
      .describe("its partner towns, oldest first"),
    is_demo: z.boolean(),
  })
  .describe("A Czech municipality: register data, and its profile when public");

export const PartnershipApiSchema = z
  .object({
    id: id.describe("Spolu's number of the row; stable"),
    municipality_id: id,
    municipality_url: link,
    municipality_code: z.string().nullable(),
    municipality: z.string(),
    kraj: krajCode,
    partner_town: z.string(),
    partner_country: countryCode,
    since_year: z.int().nullable(),
    verified: z.boolean().describe("confirmed by the municipality or the union"),
    confirmed_by: z.enum(["municipality", "union"]).nullable(),
    source: z
      .enum(["existing", "spolu", "public_list"])
      .describe("existing: entered; spolu: concluded through Spolu; public_list: imported"),
    source_urls: z
      .array(externalLink)
      .describe("the public list page(s) an imported row came from"),
  })
  .describe("A partnership between a Czech municipality and a town abroad");

export const FundingCallApiSchema = z
  .object({
    id,
    slug: z.string().describe("stable readable key"),
    programme: z.string(),
    title_cs: z.string(),
    title_en: z.string(),
    summary_cs: z.string(),
    summary_en: z.string(),
    url: externalLink.nullable(),
    opens_on: day.nullable(),
    deadline: day.nullable().describe("the last day; null: until the money runs out"),
    state: z.enum(["open", "upcoming", "closed"]).describe("on the day of the request in Prague"),
    days_left: count.nullable().describe("days to the deadline while open"),
    themes: z.array(z.enum(INTEREST_CODES)).describe("topic codes; empty: any topic"),
    rules: z.object({
      applicant_countries: z.array(countryCode),
      partner_countries: z.array(countryCode),
      eu_member_required: z.boolean(),
      regions: z.array(z.enum(EUROPE_REGIONS)),
      min_countries: z.int().min(1),
      applicant_types: z.array(z.enum(APPLICANT_TYPES)),
    }),
  })
  .describe("A funding call with its eligibility rules as data");

export const EventApiSchema = z
  .object({
    id,
    slug: z.string(),
    title_cs: z.string(),
    title_en: z.string(),
    summary_cs: z.string(),
    summary_en: z.string(),
    starts_on: day,
    ends_on: day,
    city: z.string(),
    country: countryCode,
    url: externalLink.nullable(),
  })
  .describe("A congress or forum where towns meet");

export const PageLinksSchema = z
  .object({ self: link, first: link, last: link, prev: link.nullable(), next: link.nullable() })
  .describe("Absolute URLs that keep every filter; prev and next are null at the ends");

/** Every list answer's fields beside its items (docs/api.md, Paging). */
export const PageMetaSchema = z.object({
  page: z.int().min(1),
  per_page: z.int().min(1),
  total: count.describe("items matching the filters, on all pages"),
  pages: z.int().min(1),
  links: PageLinksSchema,
});

/** The sources' licences ask for it wherever their rows are shown. */
const attribution = z.string().describe("where the data comes from, as its licence asks");

export const OfferPageSchema = PageMetaSchema.extend({ data: z.array(OfferApiSchema) });
export const MunicipalityPageSchema = PageMetaSchema.extend({
  data: z.array(MunicipalityApiSchema),
  attribution,
});
export const PartnershipPageSchema = PageMetaSchema.extend({
  data: z.array(PartnershipApiSchema),
  attribution,
});
export const FundingCallPageSchema = PageMetaSchema.extend({ data: z.array(FundingCallApiSchema) });
export const EventPageSchema = PageMetaSchema.extend({ data: z.array(EventApiSchema) });
export const OfferAnswerSchema = z.object({ data: OfferApiSchema });

export const ApiErrorsSchema = z
  .object({ errors: z.record(z.string(), z.string()) })
  .describe("One message per bad parameter, in the asker's language");

// The answers' types, for the serialisers (which stay free of zod: see eslint.config.js).
export type ApiOffer = z.infer<typeof OfferApiSchema>;
export type ApiMunicipality = z.infer<typeof MunicipalityApiSchema>;
export type ApiPartnership = z.infer<typeof PartnershipApiSchema>;
export type ApiFundingCall = z.infer<typeof FundingCallApiSchema>;
export type ApiEvent = z.infer<typeof EventApiSchema>;
export type PageLinks = z.infer<typeof PageLinksSchema>;
export type PageMeta = z.infer<typeof PageMetaSchema>;
