// What the open-data endpoints read from their URL, as zod schemas of one query
// parameter each: /api/openapi.json lists them (their input side), and the
// parsers of ./endpoint.server.ts use the paging, funding, events and offer-id
// ones. The offer, directory and registry filters are parsed by the pages' own
// code (parseOfferFilters, parseDirectoryQuery, parsePartnershipQuery); their
// schemas here describe those parsers, and tests/integration/openapi.test.ts
// checks that they name the very parameters the parsers read.
import { z } from "zod";
import { LOCALES } from "~/i18n/locales";
import { DIRECTORY_SORTS } from "~/domain/forms/directory";
import { EUROPEAN_COUNTRIES } from "~/domain/europe";
import { INTEREST_CODES } from "~/domain/interests";
import { KRAJE } from "~/domain/kraje";
import { MUNICIPALITY_KINDS, SIZE_BANDS } from "~/domain/register";
import { SIZE_KEYS } from "../offers/sizes";

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

const KRAJ_CODES = KRAJE.map((k) => k.code) as [string, ...string[]];
const ignoringCase = (description: string) => `${description}; case does not matter`;

/** Every endpoint's: the language of error messages (else the lang cookie, else the browser's). */
export const LangParam = z.enum(LOCALES).describe("language of error messages (and texts)");

export const PagingQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe("the page, from 1"),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PER_PAGE)
    .default(DEFAULT_PER_PAGE)
    .describe("items per page"),
});

/** GET /api/offers/:id; any other id is the same 404 as an unpublished offer. */
export const OfferIdParam = z.coerce.number().int().min(1).max(2_147_483_647);

/** As parseOfferFilters (../offers/filters.server.ts) reads them. */
export const OfferQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .describe(
      "words in the town, region or descriptions; every word must occur; case and diacritics do not matter",
    ),
  country: z
    .array(z.enum(EUROPEAN_COUNTRIES))
    .optional()
    .describe(ignoringCase("the offering town's country; repeat for several")),
  topic: z
    .array(z.enum(INTEREST_CODES))
    .optional()
    .describe("topic code; repeat for several: offers with any of them, and offers open to any"),
  population: z.coerce
    .number()
    .int()
    .min(1)
    .max(50_000_000)
    .optional()
    .describe("the population of your municipality: offers whose wished partner size admits it"),
  size: z.enum(SIZE_KEYS).optional().describe("the offering town's size"),
  demo: z
    .enum(["hide"])
    .optional()
    .describe("hide: leave out demonstration offers (is_demo); other values are ignored"),
});

/** As parseDirectoryQuery (~/domain/forms/directory.ts) reads them. */
export const MunicipalityQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .describe("words of the name; case and diacritics do not matter (zdar finds Žďár)"),
  kraj: z.enum(KRAJ_CODES).optional().describe(ignoringCase("the region")),
  okres: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .describe("the district's RÚIAN code (okres_code in the answer)"),
  size: z
    .enum(SIZE_BANDS.map((b) => b.key))
    .optional()
    .describe("inhabitants"),
  kind: z.enum(MUNICIPALITY_KINDS).optional(),
  profile: z.enum(["1", "true", "on"]).optional().describe("only those with a public profile"),
  partners: z.enum(["1", "true", "on"]).optional().describe("only those with known partner towns"),
  sort: z
    .enum(DIRECTORY_SORTS)
    .default("name")
    .describe("name (Czech alphabetical order), population (largest first), population-asc"),
});

/** As parsePartnershipQuery (~/domain/forms/partnership-query.ts) reads them. */
export const PartnershipQuerySchema = z.object({
  country: z
    .enum(EUROPEAN_COUNTRIES)
    .exclude(["CZ"])
    .optional()
    .describe(ignoringCase("the partner town's country")),
  kraj: z.enum(KRAJ_CODES).optional().describe(ignoringCase("the Czech municipality's region")),
  verified: z
    .enum(["1", "0", "yes", "no"])
    .optional()
    .describe("1: confirmed by the municipality or the union only; 0: unverified only"),
});

export const FundingQuerySchema = z.object({
  state: z
    .enum(["open", "upcoming", "closed"])
    .optional()
    .describe("open, upcoming (not yet open) or closed (deadline passed), in Prague"),
  topic: z
    .enum(INTEREST_CODES)
    .optional()
    .describe("calls for this topic, and calls open to every topic"),
  country: z
    .enum(EUROPEAN_COUNTRIES)
    .optional()
    .describe(ignoringCase("calls a Czech municipality may apply to with a town of this country")),
});

export const EventQuerySchema = z.object({
  when: z.enum(["upcoming", "past"]).optional().describe("upcoming: not yet over; past: over"),
});
