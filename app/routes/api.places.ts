import type { LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { suggestMunicipalities } from "~/models/directory.server";
import { searchPlaces } from "~/models/place.server";
import { krajByCode } from "~/domain/kraje";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/locale.server";
import {
  PlacesQuerySchema,
  type CzechPlacesAnswerSchema,
  type PlacesAbroadAnswerSchema,
} from "~/features/open-data/app-api-schemas.server";
import { REGISTER_ATTRIBUTION } from "~/features/open-data/records";

// GET /api/places?q=plzen&country=CZ&limit=10 — place autocomplete (public data only):
// GeoNames towns abroad, the official register for Czech municipalities.
export async function loader({ request }: LoaderFunctionArgs) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = PlacesQuerySchema.safeParse(params);
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
    const body: z.infer<typeof CzechPlacesAnswerSchema> = {
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
    };
    // Claims change "claimed"; a short cache is enough for typing.
    return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
  }
  const places = await searchPlaces(getDb(), parsed.data.q, parsed.data);
  const body: z.infer<typeof PlacesAbroadAnswerSchema> = {
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
  };
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=3600" } });
}
