import { pingDatabase } from "~/models/health.server";
import { getDb } from "~/utils/db.server";

// For load balancers and uptime checks: 200 only after a real database round trip.
export async function loader() {
  try {
    await pingDatabase(getDb());
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("healthz: database unreachable", error);
    return Response.json(
      { status: "error", reason: "database" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
