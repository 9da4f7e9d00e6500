// The map's URL: the offer filters, a minimum score (mayors) and the layers.
import type { Locale } from "../../../db/schema";
import { MAP_LAYERS, type MapLayer } from "../../domain/map-data";
import { parseMinScore, parseOfferFilters } from "../offers/filters.server";

/**
 * `layer` may repeat; a form always sends `layers=1` with its checkboxes, so
 * "every box unticked" differs from "no choice made" (all layers on).
 */
export function parseLayers(params: URLSearchParams, isMayor: boolean): Set<MapLayer> {
  const available = MAP_LAYERS.filter((l) => l !== "matches" || isMayor);
  if (!params.has("layers") && !params.has("layer")) return new Set(available);
  const chosen = new Set(params.getAll("layer"));
  return new Set(available.filter((l) => chosen.has(l)));
}

export function parseMapParams(params: URLSearchParams, locale: Locale, isMayor: boolean) {
  const { filters, populationError } = parseOfferFilters(params, locale);
  const { minScore, minScoreError } = isMayor
    ? parseMinScore(params, locale)
    : { minScore: 0, minScoreError: null };
  return {
    filters,
    minScore,
    layers: parseLayers(params, isMayor),
    // "with a profile only" for the municipalities layer; else all of the register.
    profilesOnly: params.get("profiles") === "1",
    errors: { population: populationError, min: minScoreError },
  };
}
