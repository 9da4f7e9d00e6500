import { today } from "~/domain/dates";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parsePartnershipQuery } from "~/domain/forms/partnership-query";
import { listPartnerships } from "~/models/partnership.server";
import { csvDialect, csvFilename, csvResponse, toCsv } from "~/utils/csv";
import { getDb } from "~/utils/db.server";
import {
  PARTNERSHIP_CSV_COLUMNS,
  partnershipCsvRow,
  requestOrigin,
} from "~/features/open-data/records";
import { OPEN_DATA_HEADERS } from "~/features/open-data/endpoint.server";

/** The whole registry fits: about 1,100 rows from the public lists plus what towns add. */
const MAX_ROWS = 50_000;

// GET /partnerships.csv?country=&kraj=&verified= — every partnership /partnerships
// lists for a visitor with these filters, not paginated; an imported row names the
// public list it came from and carries its attribution, as the lists' licence asks.
export async function loader({ request }: LoaderFunctionArgs) {
  const { query } = parsePartnershipQuery(new URL(request.url).searchParams);
  const rows = await listPartnerships(getDb(), null, query, { limit: MAX_ROWS, offset: 0 });
  const origin = requestOrigin(request);
  const dialect = csvDialect(new URL(request.url).searchParams);
  const body = toCsv(
    PARTNERSHIP_CSV_COLUMNS,
    rows.map((p) => partnershipCsvRow(p, origin)),
    dialect,
  );
  const day = today();
  return csvResponse(csvFilename(`spolu-partnerships-${day}`, dialect), body, OPEN_DATA_HEADERS);
}
