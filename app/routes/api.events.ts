import type { LoaderFunctionArgs } from "@remix-run/node";
import { pragueDay } from "~/domain/dates";
import { listEvents } from "~/models/funding.server";
import { getDb } from "~/utils/db.server";
import { eventToApi } from "~/features/open-data/funding";
import { pagedAnswer, parseEventFilters } from "~/features/open-data/endpoint.server";

// GET /api/events?when=upcoming|past&page=&per_page= — congresses and forums,
// soonest first (docs/api.md).
export async function loader({ request }: LoaderFunctionArgs) {
  const today = pragueDay();
  return pagedAnswer(request, parseEventFilters, async (filters, page) => {
    const events = (await listEvents(getDb())).filter(
      (e) => !filters.when || (filters.when === "upcoming" ? e.endsOn >= today : e.endsOn < today),
    );
    return {
      items: events.slice(page.offset, page.offset + page.limit).map(eventToApi),
      total: events.length,
    };
  });
}
