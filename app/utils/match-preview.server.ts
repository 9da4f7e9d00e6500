// The try-it preview: a visitor's rough profile ranked against published offers.
import type { Locale } from "../../db/schema";
import {
  MatchPreviewSchema,
  previewParams,
  type MatchPreviewQuery,
} from "~/domain/forms/match-preview";
import type { MatchMunicipality } from "~/domain/scoring";
import { currentWeights, rankOffers } from "~/models/match.server";
import { listMatchableOffers } from "~/models/offer.server";
import { getDb } from "./db.server";
import { fieldErrors, type FieldErrors } from "./forms.server";

export type ParsedPreview =
  { ok: true; query: MatchPreviewQuery } | { ok: false; errors: FieldErrors };

export function parsePreview(params: URLSearchParams, locale: Locale): ParsedPreview {
  const parsed = MatchPreviewSchema.safeParse(previewParams(params));
  return parsed.success
    ? { ok: true, query: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error, locale) };
}

export function previewMunicipality(query: MatchPreviewQuery): MatchMunicipality {
  return {
    name: "",
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
  const [offers, { weights }] = await Promise.all([listMatchableOffers(db), currentWeights(db)]);
  return rankOffers(
    previewMunicipality(query),
    offers,
    weights,
    {},
    { page: 1, pageSize: query.limit },
    "municipality",
  ).items;
}
