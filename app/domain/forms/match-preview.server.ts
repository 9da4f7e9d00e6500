// The try-it preview's question, from the home page form or GET /api/match-preview:
// lists may come comma-separated (interests=culture,tourism) or repeated.
import { z } from "zod";
import { isEuropeanCountry } from "../europe";
import { krajByCode } from "../kraje";
import {
  checkRangeAndCoordinates,
  RANGE_AND_COORDINATES,
  whenValid,
  interestList,
  languageList,
  latitude,
  longitude,
  population,
} from "./common.server";

export const PREVIEW_LIST_FIELDS = ["interests", "languages"] as const;
export const PREVIEW_MAX_LIMIT = 50;

/** How many results a preview asks for (1–50, 10 when not said). */
const limit = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.coerce
    .number({ message: "field.limit" })
    .int("field.limit")
    .min(1, "field.limit")
    .max(PREVIEW_MAX_LIMIT, "field.limit")
    .default(10),
);

export const MatchPreviewSchema = z
  .object({
    population,
    interests: interestList.default([]),
    languages: languageList.default([]),
    lat: latitude,
    lon: longitude,
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => c === "" || (isEuropeanCountry(c) && c !== "CZ"), "field.country")
      .default(""),
    kraj: z
      .string()
      .trim()
      .toUpperCase()
      .refine((k) => k === "" || !!krajByCode(k), "field.kraj")
      .default(""),
    limit,
  })
  .superRefine(checkRangeAndCoordinates, whenValid(...RANGE_AND_COORDINATES));

export type MatchPreviewQuery = z.infer<typeof MatchPreviewSchema>;

/**
 * The other direction: a foreign town describes itself (`side=foreign`) and sees
 * which Czech municipalities would suit it. Its country is required (the score
 * needs it for the municipalities' wished countries).
 */
export const ForeignPreviewSchema = z
  .object({
    // The reasons name the town ("Wołomin has 53,000 inhabitants …").
    town: z
      .string({ message: "field.required" })
      .trim()
      .min(1, "field.required")
      .max(120, "field.tooLong:120"),
    population,
    interests: interestList.default([]),
    languages: languageList.default([]),
    lat: latitude,
    lon: longitude,
    country: z
      .string({ message: "field.country" })
      .trim()
      .toUpperCase()
      .refine((c) => isEuropeanCountry(c) && c !== "CZ", "field.country"),
    limit,
  })
  .superRefine(checkRangeAndCoordinates, whenValid(...RANGE_AND_COORDINATES));

export type ForeignPreviewQuery = z.infer<typeof ForeignPreviewSchema>;

/** URL parameters to the schema's input: list fields split on commas and de-duplicated. */
export function previewParams(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if ((PREVIEW_LIST_FIELDS as readonly string[]).includes(key)) {
      out[key] = [
        ...new Set(
          values
            .flatMap((v) => v.split(","))
            .map((v) => v.trim())
            .filter(Boolean),
        ),
      ];
    } else out[key] = values[0] ?? "";
  }
  return out;
}
