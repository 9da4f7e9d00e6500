// GET /me/data: everything Spolu holds about the signed-in person, as a JSON download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { pragueDay } from "~/domain/dates";
import { exportMyData } from "~/models/my-data.server";
import { getDb } from "~/utils/db.server";
import { getLocale } from "~/utils/locale.server";
import { requirePermission } from "~/utils/permissions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:user:own");
  const now = new Date();
  const body = await exportMyData(getDb(), user, await getLocale(request), now);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="spolu-data-${pragueDay(now)}.json"`,
      // Private data: never kept by a browser cache or a proxy.
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
