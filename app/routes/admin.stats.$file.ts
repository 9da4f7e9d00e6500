import type { LoaderFunctionArgs } from "@remix-run/node";
import { parsePeriod, periodParam } from "~/domain/stats";
import { csvDialect, csvFilename, csvResponse, toCsv } from "~/utils/csv";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/locale.server";
import { requirePermission } from "~/utils/permissions.server";
import { STATS_EXPORTS, isStatsExport } from "~/features/stats/csv.server";

// GET /admin/stats/<name>.csv?year= — the reporting exports (app/features/stats/csv.server.ts).
// A resource route: the admin layout's loader does not run for it, so it checks staff itself.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "read:admin:any");
  const name = /^([a-z-]+)\.csv$/.exec(params.file ?? "")?.[1] ?? "";
  if (!isStatsExport(name)) throw new Response("Not found", { status: 404 });
  const period = parsePeriod(new URL(request.url).searchParams.get("year"));
  const table = await STATS_EXPORTS[name](getDb(), period, await getLocale(request));
  const dialect = csvDialect(new URL(request.url).searchParams);
  const file = csvFilename(`spolu-${name}-${periodParam(period)}`, dialect);
  return csvResponse(file, toCsv(table.header, table.rows, dialect), {
    "Cache-Control": "private, no-store",
  });
}
