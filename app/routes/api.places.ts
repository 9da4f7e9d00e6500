import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { suggestMunicipalities, SUGGESTIONS_MAX } from "~/models/directory.server";
import { searchPlaces } from "~/models/place.server";
import { krajByCode } from "~/domain/kraje";
import { countryName } from "~/utils/countries.server";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/locale.server";
import { REGISTER_ATTRIBUTION } from "~/utils/open-data";

// GET /api/places?q=plzen&country=CZ&limit=10 — place autocomplete (public data only):
// GeoNames towns abroad, the official register for Czech municipalities.
const QuerySchema = z.object({
  q: z.string().trim().min(1, "q is required").max(100, "q is at most 100 characters"),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "country must be a two-letter ISO code")
    .transform((c) => c.toUpperCase())
    .optional(),
  limit: z.coerce.number().int().min(1).max(SUGGESTIONS_MAX).default(10),
  lang: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = QuerySchema.safeParse(params);
  if (!parsed.success) {
    const errors = Object.fromEntries(
      parsed.error.issues.map((i) => [String(i.path[0] ?? "query"), i.message]),
    );
    return Response.json({ errors }, { status: 400 });
  }
  const locale = await getLocale(request);
  // Czech places are the municipalities of the official register (all 6,254, with okres).
  if (parsed.data.country === "CZ") {
    const found = await suggestMunicipalities(getDb(), parsed.data.q, parsed.data.limit);
    return Response.json(
      {
        results: found.map((m) => ({
          id: m.id,
          name: m.name,
          matchedName: null,
          country: "CZ",
          countryName: countryName("CZ", locale),
          kraj: m.kraj,
          krajName: krajByCode(m.kraj)?.cs ?? null,
          okres: m.okres,
          code: m.code,
          kind: m.kind,
          claimed: m.claimed,
          hasProfile: m.hasProfile,
          population: m.population,
          lat: m.lat,
          lon: m.lon,
        })),
        attribution: REGISTER_ATTRIBUTION,
      },
      // Claims change "claimed"; a short cache is enough for typing.
      { headers: { "Cache-Control": "public, max-age=60" } },
    );
  }
  const places = await searchPlaces(getDb(), parsed.data.q, parsed.data);
  return Response.json(
    {
      results: places.map((p) => ({
        id: p.id,
        name: p.name,
        matchedName: p.matchedName,
        country: p.country,
        countryName: countryName(p.country, locale),
        kraj: p.kraj,
        krajName: p.kraj ? (krajByCode(p.kraj)?.cs ?? null) : null,
        // A Slovak municipality's okres tells its namesakes apart (4 × Lúčka).
        okres: p.okres,
        population: p.population,
        lat: p.lat,
        lon: p.lon,
      })),
    },
    { headers: { "Cache-Control": "public, max-age=3600" } },
  );
}
