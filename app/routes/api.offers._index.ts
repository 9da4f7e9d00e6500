import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchPublishedOffers } from "~/models/offer.server";
import { getDb } from "~/utils/db.server";
import { offerToApi, requestOrigin } from "~/features/open-data/records";
import { pagedAnswer, parseApiOfferFilters } from "~/features/open-data/endpoint.server";

// GET /api/offers?q=&country=&topic=&population=&size=&page=&per_page=
// Published offers as open data, newest first, filtered as on /offers (docs/api.md).
// → 200 {"data":[…],"page","per_page","total","pages","links"}
// → 400 {"errors":{"<parameter>":"…"}} for a bad parameter, in the asker's language.
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = requestOrigin(request);
  return pagedAnswer(request, parseApiOfferFilters, async (filters, page) => {
    const { offers, total } = await searchPublishedOffers(getDb(), filters, page);
    return { items: offers.map((offer) => offerToApi(offer, origin)), total };
  });
}
