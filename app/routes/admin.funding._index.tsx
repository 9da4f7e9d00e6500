import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pragueDay } from "~/domain/dates";
import { formatDate, translator } from "~/i18n";
import { listEvents, listFundingCalls } from "~/models/funding.server";
import { getDb } from "~/utils/db.server";
import { callCard, eventCard } from "~/features/funding/view.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { requirePermission } from "~/utils/permissions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("fundingAdmin.title")} — Spolu` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "update:funding:any");
  const locale = await getLocale(request);
  const db = getDb();
  const today = pragueDay();
  const [calls, events] = await Promise.all([listFundingCalls(db), listEvents(db)]);
  return {
    locale,
    // Newest deadline first: the calls staff are working on are at the top.
    calls: calls
      .map((c) => callCard(c, locale, today))
      .sort((a, b) => (b.deadline ?? "9999").localeCompare(a.deadline ?? "9999")),
    events: events.map((e) => eventCard(e, locale)).reverse(),
  };
}

export default function FundingAdmin() {
  const { calls, events } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h2>{t("fundingAdmin.title")}</h2>
      <p>
        {t("fundingAdmin.lead")} <Link to="/funding">{t("fundingAdmin.publicPage")}</Link>
      </p>
      <section className="card" aria-labelledby="calls-title">
        <h3 id="calls-title">{t("fundingAdmin.calls", { count: calls.length })}</h3>
        <p>
          <Link to="/admin/funding/calls/new" className="button primary">
            {t("fundingAdmin.newCall")}
          </Link>
        </p>
        {calls.length === 0 ? (
          <p className="empty">{t("fundingAdmin.noCalls")}</p>
        ) : (
          <table>
            <caption className="visually-hidden">
              {t("fundingAdmin.calls", { count: calls.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("fundingAdmin.callTitle")}</th>
                <th scope="col">{t("fundingAdmin.programme")}</th>
                <th scope="col">{t("fundingAdmin.deadline")}</th>
                <th scope="col">{t("fundingAdmin.state")}</th>
              </tr>
            </thead>
            <tbody>
              {calls.map((call) => (
                <tr key={call.id}>
                  <th scope="row">
                    <Link to={`/admin/funding/calls/${call.id}`}>{call.title}</Link>
                  </th>
                  <td>{call.programme}</td>
                  <td>{call.deadline ? formatDate(call.deadline, locale) : "—"}</td>
                  <td>{t(`fundingAdmin.state.${call.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="events-admin-title">
        <h3 id="events-admin-title">{t("fundingAdmin.events", { count: events.length })}</h3>
        <p>
          <Link to="/admin/funding/events/new" className="button primary">
            {t("fundingAdmin.newEvent")}
          </Link>
        </p>
        {events.length === 0 ? (
          <p className="empty">{t("fundingAdmin.noEvents")}</p>
        ) : (
          <table>
            <caption className="visually-hidden">
              {t("fundingAdmin.events", { count: events.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("fundingAdmin.eventTitle")}</th>
                <th scope="col">{t("fundingAdmin.when")}</th>
                <th scope="col">{t("fundingAdmin.where")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <th scope="row">
                    <Link to={`/admin/funding/events/${event.id}`}>{event.title}</Link>
                  </th>
                  <td>
                    {formatDate(event.startsOn, locale)} – {formatDate(event.endsOn, locale)}
                  </td>
                  <td>{event.place}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
