import type { LoaderFunctionArgs } from "@remix-run/node";
import { localText, translator } from "~/i18n";
import { listEvents, listFundingCalls } from "~/models/funding.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { toCalendar, type CalendarEntry } from "~/features/funding/ical";
import { getLocale } from "~/utils/locale.server";

// Call deadlines and events for calendar apps (?lang=en for English). Calls
// without a deadline have no date to show and are left out. UIDs carry the
// slug, not the host, so they stay the same however the feed is reached.
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const t = translator(locale);
  const db = getDb();
  const [calls, events] = await Promise.all([listFundingCalls(db), listEvents(db)]);
  const entries: CalendarEntry[] = [
    ...calls.flatMap((call) =>
      call.deadline
        ? [
            {
              uid: `call-${call.slug}@spolu`,
              stamp: call.createdAt,
              start: call.deadline,
              end: call.deadline,
              summary: t("funding.icsDeadline", { title: localText(call.title, locale) }),
              description: [call.programme, localText(call.summary, locale), call.url]
                .filter(Boolean)
                .join("\n\n"),
              url: call.url,
            },
          ]
        : [],
    ),
    ...events.map((event) => ({
      uid: `event-${event.slug}@spolu`,
      stamp: event.createdAt,
      start: event.startsOn,
      end: event.endsOn,
      summary: localText(event.title, locale),
      description: [localText(event.summary, locale), event.url].filter(Boolean).join("\n\n"),
      location: `${event.city}, ${countryName(event.country, locale)}`,
      url: event.url,
    })),
  ];
  return new Response(toCalendar(t("funding.icsName"), entries), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="spolu-funding.ics"',
      "Cache-Control": "public, max-age=900",
    },
  });
}
