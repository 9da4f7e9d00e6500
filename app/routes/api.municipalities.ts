import type { LoaderFunctionArgs } from "@remix-run/node";
import { cachedSearchDirectory } from "~/models/directory.server";
import { getPublicMunicipalities } from "~/models/municipality.server";
import { getDb } from "~/utils/db.server";
import {
  municipalityToApi,
  REGISTER_ATTRIBUTION,
  requestOrigin,
} from "~/features/open-data/records";
import { pagedAnswer, parseMunicipalityFilters } from "~/features/open-data/endpoint.server";

// GET /api/municipalities?q=&kraj=&okres=&size=&kind=&profile=&partners=&sort=&page=&per_page=
// Every Czech municipality of the register (official data) with its public profile
// when it has one, filtered as on /municipalities; never the contact person, e-mail,
// phone or staff notes (docs/api.md). The envelope carries the register's attribution.
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = requestOrigin(request);
  const db = getDb();
  const response = await pagedAnswer(
    request,
    parseMunicipalityFilters,
    async ({ sort, ...filters }, page) => {
      const { entries, total } = await cachedSearchDirectory(db, { filters, sort, page });
      const municipalities = await getPublicMunicipalities(
        db,
        entries.map((e) => e.id),
      );
      return { items: municipalities.map((m) => municipalityToApi(m, origin)), total };
    },
    { attribution: REGISTER_ATTRIBUTION },
  );
  return response;
}
