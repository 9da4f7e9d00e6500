import type { LoaderFunctionArgs } from "@remix-run/node";
import { countPartnerships, listPartnerships } from "~/models/partnership.server";
import { getDb } from "~/utils/db.server";
import {
  PARTNERSHIPS_ATTRIBUTION,
  partnershipToApi,
  requestOrigin,
} from "~/features/open-data/records";
import { pagedAnswer, parsePartnershipFilters } from "~/features/open-data/endpoint.server";

// GET /api/partnerships?country=&kraj=&verified=&page=&per_page= — the registry of
// partnerships between Czech municipalities and towns abroad, as /partnerships lists
// them for a visitor: town pairs, years, whether confirmed, and where a row came from;
// never the dormant flag, the contact or who made a change (docs/api.md).
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = requestOrigin(request);
  const db = getDb();
  return pagedAnswer(
    request,
    parsePartnershipFilters,
    async (filters, page) => {
      const [items, total] = await Promise.all([
        listPartnerships(db, null, filters, page),
        countPartnerships(db, filters),
      ]);
      return { items: items.map((p) => partnershipToApi(p, origin)), total };
    },
    { attribution: PARTNERSHIPS_ATTRIBUTION },
  );
}
