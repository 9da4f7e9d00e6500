import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { CountryAndTopicFilters } from "~/components/filter-fields";
import { FilterForm } from "~/components/filter-form";
import { CallCardView, EventCardView } from "~/components/funding";
import { Pagination } from "~/components/pagination";
import { pragueDay } from "~/domain/dates";
import { callMatchesFilters } from "~/domain/eligibility";
import { EUROPEAN_COUNTRIES } from "~/domain/europe";
import { FundingFiltersSchema } from "~/domain/forms/funding.server";
import { translator } from "~/i18n";
import { listEvents, listFundingCalls } from "~/models/funding.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { byUrgency, callCard, eventCard } from "~/features/funding/view.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { PageSchema } from "~/domain/forms/common.server";

const ARCHIVE_PAGE = 10;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("funding.title")} — Spolu` },
  { name: "description", content: translator(data?.locale ?? "cs")("funding.lead") },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await getLocale(request);
  const params = new URL(request.url).searchParams;
  const filters = {
    ...FundingFiltersSchema.parse({ topic: params.get("topic"), country: params.get("country") }),
    page: PageSchema.parse(params.get("page") ?? 1),
  };
  const db = getDb();
  const today = pragueDay();
  const [calls, events] = await Promise.all([listFundingCalls(db), listEvents(db)]);
  const matching = calls.filter((c) => callMatchesFilters(c, filters));
  const cards = matching.map((c) => callCard(c, locale, today));
  cards.sort(byUrgency);
  const open = cards.filter((c) => c.state !== "closed");
  const closed = cards.filter((c) => c.state === "closed");
  const pages = Math.max(1, Math.ceil(closed.length / ARCHIVE_PAGE));
  const page = Math.min(filters.page, pages);
  return {
    locale,
    filtered: !!(filters.topic || filters.country),
    open,
    archive: closed.slice((page - 1) * ARCHIVE_PAGE, page * ARCHIVE_PAGE),
    archiveTotal: closed.length,
    page,
    pages,
    upcomingEvents: events.filter((e) => e.endsOn >= today).map((e) => eventCard(e, locale)),
    pastEvents: events
      .filter((e) => e.endsOn < today)
      .reverse()
      .map((e) => eventCard(e, locale)),
    countries: EUROPEAN_COUNTRIES.filter((c) => c !== "CZ")
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}

export default function FundingPage() {
  const {
    open,
    archive,
    archiveTotal,
    page,
    pages,
    upcomingEvents,
    pastEvents,
    countries,
    filtered,
  } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("funding.title")}</h1>
      <p className="lead">{t("funding.lead")}</p>
      <p>
        <a href="/funding.ics">{t("funding.calendar")}</a> · {t("funding.calendarHint")}
      </p>
      <div className="with-sidebar">
        <FilterForm titleId="funding-filters-title" filterNames={["country", "topic"]}>
          <CountryAndTopicFilters countries={countries} />
          <p className="field-hint">{t("funding.countryHint")}</p>
          <div className="actions">
            <button type="submit" className="primary">
              {t("offers.apply")}
            </button>
            {filtered ? <Link to="/funding">{t("offers.reset")}</Link> : null}
          </div>
        </FilterForm>
        <div>
          <section aria-labelledby="open-title">
            <h2 id="open-title">{t("funding.open", { count: open.length })}</h2>
            {open.length === 0 ? (
              <p className="empty">{filtered ? t("funding.noneFiltered") : t("funding.none")}</p>
            ) : (
              <ul className="card-list">
                {open.map((call) => (
                  <li key={call.id}>
                    <CallCardView call={call} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="events-title">
            <h2 id="events-title">{t("funding.events")}</h2>
            {upcomingEvents.length === 0 ? (
              <p className="empty">{t("funding.noEvents")}</p>
            ) : (
              <ul className="card-list">
                {upcomingEvents.map((event) => (
                  <li key={event.id}>
                    <EventCardView event={event} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="archive-title">
            <h2 id="archive-title">{t("funding.archive", { count: archiveTotal })}</h2>
            {archive.length === 0 ? (
              <p className="empty">{t("funding.archiveEmpty")}</p>
            ) : (
              <ul className="card-list">
                {archive.map((call) => (
                  <li key={call.id}>
                    <CallCardView call={call} />
                  </li>
                ))}
              </ul>
            )}
            <Pagination page={page} pages={pages} />
            {pastEvents.length > 0 ? (
              <>
                <h3>{t("funding.pastEvents")}</h3>
                <ul className="card-list">
                  {pastEvents.map((event) => (
                    <li key={event.id}>
                      <EventCardView event={event} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        </div>
      </div>
    </>
  );
}
