import { today } from "~/domain/dates";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { searchPublishedOffers } from "~/models/offer.server";
import { csvDialect, csvFilename, csvResponse, toCsv } from "~/utils/csv";
import { getDb } from "~/utils/db.server";
import { parseOfferFilters } from "~/features/offers/filters.server";
import {
  OFFER_CSV_COLUMNS,
  offerCsvRow,
  offerToApi,
  requestOrigin,
} from "~/features/open-data/records";
import { OPEN_DATA_HEADERS } from "~/features/open-data/endpoint.server";

/** More than Spolu will ever publish at once; a bound all the same. */
const MAX_ROWS = 100_000;

// GET /offers.csv?q=&country=&topic=&population=&size= — every published offer the
// /offers page would list with these filters (values the page ignores are ignored
// here too, so the file is what the visitor saw), not paginated. Columns: the
// API's field names (docs/api.md).
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  // The page's language only shapes its error text; the file is the same in both.
  const { filters } = parseOfferFilters(params, "cs");
  const { offers } = await searchPublishedOffers(getDb(), filters, { limit: MAX_ROWS, offset: 0 });
  const origin = requestOrigin(request);
  const dialect = csvDialect(new URL(request.url).searchParams);
  const body = toCsv(
    OFFER_CSV_COLUMNS,
    offers.map((offer) => offerCsvRow(offerToApi(offer, origin))),
    dialect,
  );
  const day = today();
  return csvResponse(csvFilename(`spolu-offers-${day}`, dialect), body, OPEN_DATA_HEADERS);
}
