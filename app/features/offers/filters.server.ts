// The filters of the offer list, read from the URL. /offers, /map and /map.json
// share them, so the map and its list always show the same offers.
import { z } from "zod";
import type { Locale } from "../../../db/schema";
import { isEuropeanCountry } from "~/domain/europe";
import { isInterestCode } from "~/domain/interests";
import { translator } from "~/i18n";
import type { OfferFilters } from "~/models/offer.server";
import { SIZES, type Size } from "./sizes";

const PopulationSchema = z.coerce.number().int().min(1).max(50_000_000);
const MinScoreSchema = z.coerce.number().int().min(0).max(100);

/**
 * Filters from `q`, `country`, `topic`, `population`, `size` and `demo=hide`; unknown values
 * are dropped, a bad population is reported (its field shows the message).
 */
export function parseOfferFilters(
  params: URLSearchParams,
  locale: Locale,
): { filters: OfferFilters; populationError: string | null } {
  const rawPopulation = params.get("population")?.trim() ?? "";
  const population = rawPopulation
    ? PopulationSchema.safeParse(rawPopulation.replace(/[\s  ]/g, ""))
    : null;
  const size = params.get("size");
  return {
    filters: {
      q: params.get("q")?.slice(0, 100) ?? "",
      countries: [...new Set(params.getAll("country").map((c) => c.toUpperCase()))].filter(
        isEuropeanCountry,
      ),
      topics: [...new Set(params.getAll("topic"))].filter(isInterestCode),
      population: population?.success ? population.data : undefined,
      townPopulation: size && size in SIZES ? SIZES[size as Size] : undefined,
      hideDemo: params.get("demo") === "hide",
    },
    populationError:
      population && !population.success ? translator(locale)("offers.populationError") : null,
  };
}

/** The minimum score (`min`, 0–100); null when absent, an error message when bad. */
export function parseMinScore(
  params: URLSearchParams,
  locale: Locale,
): { minScore: number; minScoreError: string | null } {
  const raw = params.get("min")?.trim() ?? "";
  const parsed = raw ? MinScoreSchema.safeParse(raw) : null;
  return {
    minScore: parsed?.success ? parsed.data : 0,
    minScoreError: parsed && !parsed.success ? translator(locale)("matches.minScoreError") : null,
  };
}
