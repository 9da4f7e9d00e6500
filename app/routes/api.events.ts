import type { LoaderFunctionArgs } from "@remix-run/node";
import { pragueDay } from "~/domain/dates";
import { translator } from "~/i18n";
import type { Locale } from "../../db/schema";
import { listEvents } from "~/models/funding.server";
import { getDb } from "~/utils/db.server";
import { eventToApi } from "~/utils/funding-api";
import type { FieldErrors } from "~/utils/forms.server";
import { pagedAnswer } from "~/utils/open-data.server";

function parseFilters(
  params: URLSearchParams,
  locale: Locale,
): { filters: { when?: string }; errors: FieldErrors } {
  const when = params.get("when")?.trim() || undefined;
  const known = when === undefined || when === "upcoming" || when === "past";
  return {
    filters: { when: known ? when : undefined },
    errors: known
      ? {}
      : { when: translator(locale)("api.error.when", { value: when.slice(0, 20) }) },
  };
}

// GET /api/events?when=upcoming|past&page=&per_page= — congresses and forums,
// soonest first (docs/api.md).
export async function loader({ request }: LoaderFunctionArgs) {
  const today = pragueDay();
  return pagedAnswer(request, parseFilters, async (filters, page) => {
    const events = (await listEvents(getDb())).filter(
      (e) => !filters.when || (filters.when === "upcoming" ? e.endsOn >= today : e.endsOn < today),
    );
    return {
      items: events.slice(page.offset, page.offset + page.limit).map(eventToApi),
      total: events.length,
    };
  });
}
