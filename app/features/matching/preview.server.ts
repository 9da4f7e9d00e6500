// The try-it preview: a visitor's rough profile ranked against published offers.
import type { Locale } from "../../../db/schema";
import {
  ForeignPreviewSchema,
  MatchPreviewSchema,
  previewParams,
  type ForeignPreviewQuery,
  type MatchPreviewQuery,
} from "~/domain/forms/match-preview.server";
import type { MatchMunicipality, MatchOffer } from "~/domain/scoring";
import {
  currentWeights,
  matchableOffers,
  preparedMunicipalities,
  rankEntries,
  rankOffers,
} from "~/models/match.server";

import { getDb } from "../../utils/db.server";
import { fieldErrors, type FieldErrors } from "../../utils/forms.server";

export type ParsedPreview =
  { ok: true; query: MatchPreviewQuery } | { ok: false; errors: FieldErrors };
export type ParsedForeignPreview =
  { ok: true; query: ForeignPreviewQuery } | { ok: false; errors: FieldErrors };

export function parseForeignPreview(params: URLSearchParams, locale: Locale): ParsedForeignPreview {
  const parsed = ForeignPreviewSchema.safeParse(previewParams(params));
  return parsed.success
    ? { ok: true, query: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error, locale) };
}

/**
 * The visitor's town as a published request, open to any topic when it named none;
 * without a publication date (it is not a request yet, so freshness does not apply).
 */
export function previewOffer(query: ForeignPreviewQuery): MatchOffer {
  return {
    id: 0,
    town: query.town,
    country: query.country,
    population: query.population,
    lat: query.lat ?? null,
    lon: query.lon ?? null,
    topics: query.interests,
    openToAnyTopic: query.interests.length === 0,
    partnerMin: null,
    partnerMax: null,
    preferredKraje: [],
    languages: query.languages,
    maxDistanceKm: null,
    publishedOn: null,
    openRequests: 0,
    status: "published",
    expiresOn: "9999-12-31",
  };
}

/** All 6,254 Czech municipalities ranked for a visitor's town (public data only). */
export async function runForeignPreview(query: ForeignPreviewQuery) {
  const db = getDb();
  const [entries, { weights }] = await Promise.all([
    preparedMunicipalities(db),
    currentWeights(db),
  ]);
  return rankEntries(
    entries,
    previewOffer(query),
    weights,
    {},
    {
      page: 1,
      pageSize: query.limit,
    },
  );
}

export function parsePreview(params: URLSearchParams, locale: Locale): ParsedPreview {
  const parsed = MatchPreviewSchema.safeParse(previewParams(params));
  return parsed.success
    ? { ok: true, query: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error, locale) };
}

export function previewMunicipality(query: MatchPreviewQuery): MatchMunicipality {
  return {
    name: "",
    hasProfile: true,
    population: query.population,
    kraj: query.kraj || null,
    lat: query.lat ?? null,
    lon: query.lon ?? null,
    interests: query.interests,
    // A Czech municipality always works in Czech.
    languages: ["cs", ...query.languages.filter((l) => l !== "cs")],
    seeksCountries: query.country ? [query.country] : [],
    seeksAnyCountry: !query.country,
    partnerMin: null,
    partnerMax: null,
    maxDistanceKm: null,
    partnerCountries: [],
  };
}

export async function runPreview(query: MatchPreviewQuery) {
  const db = getDb();
  const [offers, { weights }] = await Promise.all([matchableOffers(db), currentWeights(db)]);
  return rankOffers(
    previewMunicipality(query),
    offers,
    weights,
    {},
    { page: 1, pageSize: query.limit },
    "municipality",
  ).items;
}
