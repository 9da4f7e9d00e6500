import type { LoaderFunctionArgs } from "@remix-run/node";
import { getLocale } from "~/utils/locale.server";
import { parsePreview, runPreview } from "~/utils/match-preview.server";

// GET /api/match-preview?population=2400&interests=culture,tourism&languages=cs,en
//   optional lat, lon, country (a wished partner country), kraj, limit (1–50, default 10)
// → 200 {"results":[{"offer":{id,town,country,population},"score","reasons":[…]}]}, best first;
// → 400 {"errors":{"population":"…"}} for bad parameters, in the reader's language.
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const parsed = parsePreview(new URL(request.url).searchParams, locale);
  if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400 });
  const ranked = await runPreview(parsed.query);
  return Response.json(
    {
      results: ranked.map(({ offer, result }) => ({
        offer: {
          id: offer.id,
          town: offer.town,
          country: offer.country,
          population: offer.population,
        },
        score: result.score,
        reasons: result.reasons.map(({ factor, points, max, text }) => ({
          factor,
          points,
          max,
          text,
        })),
      })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
