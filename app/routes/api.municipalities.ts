import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchVisibleMunicipalities } from "~/models/municipality.server";
import { getDb } from "~/utils/db.server";
import { municipalityToApi, requestOrigin } from "~/utils/open-data";
import { pagedAnswer, parseMunicipalityFilters } from "~/utils/open-data.server";

// GET /api/municipalities?kraj=&q=&page=&per_page=
// The public profiles of Czech municipalities (those anyone may see on their page),
// by name, without the contact person, e-mail, phone or staff notes (docs/api.md).
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = requestOrigin(request);
  return pagedAnswer(request, parseMunicipalityFilters, async (filters, page) => {
    const { municipalities, total } = await searchVisibleMunicipalities(getDb(), filters, page);
    return { items: municipalities.map((m) => municipalityToApi(m, origin)), total };
  });
}
