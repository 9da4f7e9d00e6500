// The JSON endpoints Spolu's own pages call: /api/places (the place search of the
// forms), /api/match-preview (the try-it preview) and /api/fit (a mayor's score on
// the map). What they read and answer, as zod schemas: the routes parse with the
// query schemas and type their answers with the others, and /api/openapi.json is
// built from both. Unlike the open data, they may change with the pages.
import { z } from "zod";
import { POSITIVE_FACTORS } from "~/domain/scoring";
import { SUGGESTIONS_MAX } from "~/models/directory.server";
import { OfferIdParam } from "./params.server";
import { countryCode, krajCode } from "./schemas.server";

export const PlacesQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "q is required")
    .max(100, "q is at most 100 characters")
    .describe("the start of a name or of a word of it; case and diacritics do not matter"),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "country must be a two-letter ISO code")
    .transform((c) => c.toUpperCase())
    .optional()
    .describe("CZ: municipalities of the Czech register; else (or absent) towns abroad"),
  limit: z.coerce.number().int().min(1).max(SUGGESTIONS_MAX).default(10),
});

const place = {
  id: z.int().min(1),
  name: z.string(),
  /** The name the query matched when it is not the display name (Luck for Lutsk). */
  matchedName: z.string().nullable(),
  country: countryCode,
  countryName: z.string().describe("in the reader's language"),
  kraj: krajCode.nullable(),
  krajName: z.string().nullable(),
  okres: z.string().nullable(),
  population: z.int().min(0),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
};

export const PlacesAbroadAnswerSchema = z
  .object({ results: z.array(z.object(place)) })
  .describe("Towns abroad (GeoNames)");

export const CzechPlacesAnswerSchema = z
  .object({
    results: z.array(
      z.object({
        ...place,
        matchedName: z.null(),
        country: z.literal("CZ"),
        kraj: krajCode,
        code: z.string().nullable(),
        kind: z.string().nullable(),
        claimed: z.boolean().describe("an account already speaks for it"),
        hasProfile: z.boolean(),
      }),
    ),
    attribution: z.string(),
  })
  .describe("Czech municipalities of the official register (country=CZ)");

const ReasonSchema = z.object({
  factor: z.enum([...POSITIVE_FACTORS, "saturation", "balance"]),
  points: z.int(),
  max: z.int().min(0),
  text: z.string().describe("in the reader's language"),
});
const score = z.int().min(0).max(100);

export const MatchPreviewAnswerSchema = z
  .object({
    results: z.array(
      z.object({
        offer: z.object({
          id: z.int().min(1),
          town: z.string(),
          country: countryCode,
          population: z.int().min(0),
        }),
        score,
        reasons: z.array(ReasonSchema),
      }),
    ),
  })
  .describe("Published offers ranked for a Czech municipality, best first");

export const ForeignPreviewAnswerSchema = z
  .object({
    total: z.int().min(0),
    results: z.array(
      z.object({
        municipality: z.object({
          id: z.int().min(1),
          code: z.string().nullable(),
          name: z.string(),
          okres: z.string().nullable(),
          kraj: krajCode,
          population: z.int().min(0),
          has_profile: z.boolean(),
        }),
        score,
        reasons: z.array(ReasonSchema),
      }),
    ),
    attribution: z.string(),
  })
  .describe("Czech municipalities ranked for a town abroad (side=foreign), best first");

export const FitQuerySchema = z.object({
  offer: OfferIdParam.describe("a published offer's id"),
});

export const FitAnswerSchema = z.object({
  score,
  reason: z.string().describe("the top reason, in the reader's language; empty when none"),
});

/** /api/fit's refusals: 401 signed out, 403 not a mayor with a profile, 404 unknown offer. */
export const ApiMessageSchema = z.object({ error: z.string() });
