import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import type { Locale } from "../../db/schema";
import type { MatchResult } from "~/domain/scoring";
import { explanationText } from "~/i18n/phrases.server";
import type {
  ForeignPreviewAnswerSchema,
  MatchPreviewAnswerSchema,
} from "~/features/open-data/app-api-schemas.server";
import { getLocale } from "~/utils/locale.server";
import { REGISTER_ATTRIBUTION } from "~/features/open-data/records";
import {
  parseForeignPreview,
  parsePreview,
  runForeignPreview,
  runPreview,
} from "~/features/matching/preview.server";

// GET /api/match-preview?population=2400&interests=culture,tourism&languages=cs,en
//   optional lat, lon, country (a wished partner country), kraj, limit (1–50, default 10)
// → 200 {"results":[{"offer":{id,town,country,population},"score","reasons":[…]}]}, best first;
// Each reason is {factor, points, max, text}, its text in the reader's language (?lang=,
// the language cookie or Accept-Language).
// → 400 {"errors":{"population":"…"}} for bad parameters, in the reader's language.
// GET /api/match-preview?side=foreign&country=PL&population=53000&interests=culture&lat=&lon=&town=
// → the other direction: every Czech municipality ranked for a foreign town
// → 200 {"results":[{"municipality":{id,code,name,okres,kraj,population,has_profile},"score","reasons"}],"total"}
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const params = new URL(request.url).searchParams;
  if (params.get("side") === "foreign") return foreign(params, locale);
  const parsed = parsePreview(params, locale);
  if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400 });
  const ranked = await runPreview(parsed.query);
  const body: z.infer<typeof MatchPreviewAnswerSchema> = {
    results: ranked.map(({ offer, result }) => ({
      offer: {
        id: offer.id,
        town: offer.town,
        country: offer.country,
        population: offer.population,
      },
      score: result.score,
      reasons: reasonsIn(result, locale),
    })),
  };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}

/** Every reason of a score as the API gives it: its text in the reader's language. */
function reasonsIn(result: MatchResult, locale: Locale) {
  return result.reasons.map(({ factor, points, max, text }) => ({
    factor,
    points,
    max,
    text: explanationText(text, locale),
  }));
}

async function foreign(params: URLSearchParams, locale: Locale): Promise<Response> {
  const parsed = parseForeignPreview(params, locale);
  if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400 });
  const ranked = await runForeignPreview(parsed.query);
  const body: z.infer<typeof ForeignPreviewAnswerSchema> = {
    total: ranked.total,
    results: ranked.items.map(({ municipality: m, result }) => ({
      municipality: {
        id: m.id,
        code: m.code,
        name: m.name,
        okres: m.okres,
        kraj: m.kraj,
        population: m.population,
        has_profile: m.hasProfile,
      },
      score: result.score,
      reasons: reasonsIn(result, locale),
    })),
    attribution: REGISTER_ATTRIBUTION,
  };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}
