import { today } from "~/domain/dates";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parseDirectoryQuery } from "~/domain/forms/directory";
import { searchDirectory } from "~/models/directory.server";
import { csvDialect, csvFilename, csvResponse, toCsv } from "~/utils/csv";
import { getDb } from "~/utils/db.server";
import {
  MUNICIPALITY_CSV_COLUMNS,
  municipalityCsvRow,
  requestOrigin,
} from "~/features/open-data/records";
import { OPEN_DATA_HEADERS } from "~/features/open-data/endpoint.server";

/** All of them: the register has 6,254. */
const MAX_ROWS = 20_000;

// GET /municipalities.csv?q=&kraj=&okres=&size=&kind=&profile=&partners=&sort= — every
// municipality the directory lists with these filters (values it ignores are ignored
// here too), not paginated; each row names its source, as the register's licence asks.
export async function loader({ request }: LoaderFunctionArgs) {
  const { query } = parseDirectoryQuery(new URL(request.url).searchParams);
  const { sort, ...filters } = query;
  const { entries } = await searchDirectory(getDb(), filters, sort, {
    limit: MAX_ROWS,
    offset: 0,
  });
  const origin = requestOrigin(request);
  const dialect = csvDialect(new URL(request.url).searchParams);
  const body = toCsv(
    MUNICIPALITY_CSV_COLUMNS,
    entries.map((e) => municipalityCsvRow(e, origin)),
    dialect,
  );
  const day = today();
  return csvResponse(csvFilename(`spolu-municipalities-${day}`, dialect), body, OPEN_DATA_HEADERS);
}
