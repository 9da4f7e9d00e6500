// The open-data endpoints' shared rules: their headers, their error answer and
// their query parameters. The offer filters are /offers' own parser; here a
// value that parser would quietly drop is reported instead, because a program
// that asked for country=XX must not silently receive every country.
import type { z } from "zod";
import type { Locale } from "../../../db/schema";
import { parseDirectoryQuery, type DirectoryQuery } from "~/domain/forms/directory";
import { parsePartnershipQuery, type PartnershipQuery } from "~/domain/forms/partnership-query";
import { translator } from "~/i18n";
import type { OfferFilters } from "~/models/offer.server";
import type { FieldErrors } from "../../utils/forms.server";
import { parseOfferFilters } from "../offers/filters.server";
import { SIZE_KEYS } from "../offers/sizes";
import { getLocale } from "../../utils/locale.server";
import { pageEnvelope, requestOrigin } from "./records";
import {
  DEFAULT_PER_PAGE,
  EventQuerySchema,
  FundingQuerySchema,
  MAX_PER_PAGE,
  PagingQuerySchema,
} from "./params.server";

/** Anyone may read open data from any site; answers are cached for five minutes. */
export const OPEN_DATA_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=300",
  "X-Content-Type-Options": "nosniff",
} as const;

export function openDataHeaders(contentType: string, status = 200): Headers {
  const headers = new Headers({ ...OPEN_DATA_HEADERS, "Content-Type": contentType });
  // Errors are not cached: their text follows the asker's language.
  if (status >= 400) headers.set("Cache-Control", "no-store");
  return headers;
}

export function apiJson(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: openDataHeaders("application/json; charset=utf-8", status),
  });
}

/** Every error answer: {"errors": {"<parameter>": "<message>"}}. */
export function apiErrors(errors: FieldErrors, status = 400): Response {
  return apiJson({ errors }, status);
}

/** The request's URL on the origin links should use (see requestOrigin). */
export function publicUrl(request: Request): URL {
  const url = new URL(request.url);
  return new URL(`${url.pathname}${url.search}`, requestOrigin(request));
}

/** A parameter's value, or undefined when absent or blank (an empty form field). */
function param(params: URLSearchParams, name: string): string | undefined {
  return params.get(name)?.trim() || undefined;
}

/** The parameter by its schema: its value, the schema's default when absent, null when bad. */
function schemaParam<T>(params: URLSearchParams, name: string, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse(param(params, name));
  return parsed.success ? parsed.data : null;
}

export function parsePaging(
  params: URLSearchParams,
  locale: Locale,
): { page: number; perPage: number; errors: FieldErrors } {
  const t = translator(locale);
  const page = schemaParam(params, "page", PagingQuerySchema.shape.page);
  const perPage = schemaParam(params, "per_page", PagingQuerySchema.shape.per_page);
  const errors: FieldErrors = {};
  if (page === null) errors.page = t("api.error.page");
  if (perPage === null) errors.per_page = t("api.error.perPage", { max: MAX_PER_PAGE });
  return { page: page ?? 1, perPage: perPage ?? DEFAULT_PER_PAGE, errors };
}

/** The /offers filters, with every value the page would ignore reported as an error. */
export function parseApiOfferFilters(
  params: URLSearchParams,
  locale: Locale,
): { filters: OfferFilters; errors: FieldErrors } {
  const t = translator(locale);
  const { filters, populationError } = parseOfferFilters(params, locale);
  const errors: FieldErrors = {};
  if (populationError) errors.population = populationError;
  const dropped = (name: string, kept: readonly string[], normalize = (v: string) => v) =>
    params
      .getAll(name)
      .filter((v) => v.trim() !== "" && !kept.includes(normalize(v)))
      .slice(0, 5);
  const countries = dropped("country", filters.countries ?? [], (v) => v.toUpperCase());
  if (countries.length > 0)
    errors.country = t("api.error.country", { values: countries.join(", ") });
  const topics = dropped("topic", filters.topics ?? []);
  if (topics.length > 0) errors.topic = t("api.error.topic", { values: topics.join(", ") });
  const size = param(params, "size");
  if (size !== undefined && filters.townPopulation === undefined) {
    errors.size = t("api.error.size", { value: size.slice(0, 20), allowed: SIZE_KEYS.join(", ") });
  }
  return { filters, errors };
}

/** The directory's filters, with every value the page would ignore reported as an error. */
export function parseMunicipalityFilters(
  params: URLSearchParams,
  locale: Locale,
): { filters: DirectoryQuery; errors: FieldErrors } {
  const t = translator(locale);
  const { query, problems } = parseDirectoryQuery(params);
  const errors: FieldErrors = {};
  for (const [name, value] of Object.entries(problems)) {
    errors[name] = t("directory.error.value", { value: value ?? "" });
  }
  return { filters: query, errors };
}

/**
 * A paged list endpoint: reads page, per_page and the endpoint's filters, answers
 * 400 with every bad parameter at once, else the page in the envelope.
 */
export async function pagedAnswer<Filters, Item>(
  request: Request,
  parseFilters: (
    params: URLSearchParams,
    locale: Locale,
  ) => { filters: Filters; errors: FieldErrors },
  load: (
    filters: Filters,
    page: { limit: number; offset: number },
  ) => Promise<{ items: Item[]; total: number }>,
  extra: { attribution?: string } = {},
): Promise<Response> {
  const url = publicUrl(request);
  const locale = await getLocale(request);
  const { page, perPage, errors: pagingErrors } = parsePaging(url.searchParams, locale);
  const { filters, errors: filterErrors } = parseFilters(url.searchParams, locale);
  const errors = { ...pagingErrors, ...filterErrors };
  if (Object.keys(errors).length > 0) return apiErrors(errors);
  const { items, total } = await load(filters, { limit: perPage, offset: (page - 1) * perPage });
  return apiJson({ ...pageEnvelope(items, { page, perPage, total }, url), ...extra });
}

/** The registry's filters, with every value the page would ignore reported as an error. */
export function parsePartnershipFilters(
  params: URLSearchParams,
  locale: Locale,
): { filters: PartnershipQuery; errors: FieldErrors } {
  const t = translator(locale);
  const { query, problems } = parsePartnershipQuery(params);
  const errors: FieldErrors = {};
  for (const [name, value] of Object.entries(problems)) {
    errors[name] = t("directory.error.value", { value: value ?? "" });
  }
  return { filters: query, errors };
}

type FundingQuery = z.infer<typeof FundingQuerySchema>;

/** /api/funding's filters; the country's case does not matter. */
export function parseFundingFilters(
  params: URLSearchParams,
  locale: Locale,
): { filters: FundingQuery; errors: FieldErrors } {
  const t = translator(locale);
  const { shape } = FundingQuerySchema;
  const state = param(params, "state");
  const topic = param(params, "topic");
  const country = param(params, "country")?.toUpperCase();
  const filters: FundingQuery = {};
  const errors: FieldErrors = {};
  const parsedState = shape.state.safeParse(state);
  if (parsedState.success) filters.state = parsedState.data;
  else errors.state = t("api.error.state", { value: String(state).slice(0, 20) });
  const parsedTopic = shape.topic.safeParse(topic);
  if (parsedTopic.success) filters.topic = parsedTopic.data;
  else errors.topic = t("api.error.topic", { values: String(topic).slice(0, 40) });
  const parsedCountry = shape.country.safeParse(country);
  if (parsedCountry.success) filters.country = parsedCountry.data;
  else errors.country = t("api.error.country", { values: String(country).slice(0, 20) });
  return { filters, errors };
}

/** /api/events' filter: upcoming or past. */
export function parseEventFilters(
  params: URLSearchParams,
  locale: Locale,
): { filters: z.infer<typeof EventQuerySchema>; errors: FieldErrors } {
  const when = param(params, "when");
  const parsed = EventQuerySchema.shape.when.safeParse(when);
  if (parsed.success) return { filters: { when: parsed.data }, errors: {} };
  const message = translator(locale)("api.error.when", { value: String(when).slice(0, 20) });
  return { filters: {}, errors: { when: message } };
}
