import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import type { Locale } from "../../db/schema";
import type { BarDatum } from "~/components/bar-chart";
import { CountSection, CsvLink, StatsSection } from "~/components/stats-section";
import { parsePeriod, periodParam, rollUpPartnerships } from "~/domain/stats";
import { formatNumber, LANGUAGES, LOCALES, translator } from "~/i18n";
import {
  cachedResponseTimes,
  contactsByStatus,
  offersByStatus,
  partnershipsByCountryYear,
  statsYears,
} from "~/models/stats.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { requirePermission } from "~/utils/permissions.server";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(translator(metaLocale(matches))("stats.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:admin:any");
  const period = parsePeriod(new URL(request.url).searchParams.get("year"));
  const locale = await getLocale(request);
  const db = getDb();
  const [years, offers, contacts, response, partnerships] = await Promise.all([
    statsYears(db),
    offersByStatus(db, period),
    contactsByStatus(db, period),
    cachedResponseTimes(db, period),
    partnershipsByCountryYear(db, period),
  ]);
  const { byCountry, byYear } = rollUpPartnerships(partnerships);
  return {
    year: periodParam(period),
    years,
    offers,
    contacts,
    response,
    byCountry: byCountry.map((c) => ({ ...c, name: countryName(c.country, locale) })),
    byYear,
  };
}

const DECIMAL = Object.fromEntries(
  LOCALES.map((l) => [l, new Intl.NumberFormat(LANGUAGES[l].intl, { maximumFractionDigits: 1 })]),
) as Record<Locale, Intl.NumberFormat>;

/** One decimal place at most, in the page's number format (1,5 / 1.5). */
function decimal(value: number, locale: Locale): string {
  return DECIMAL[locale].format(value);
}

export default function AdminStats() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const num = (n: number) => formatNumber(n, locale);
  const counts = (rows: { label: string; value: number }[]): BarDatum[] =>
    rows.map((r) => ({ ...r, display: num(r.value) }));

  const offers = counts(
    data.offers.map((r) => ({ label: t(`status.${r.status}`), value: r.count })),
  );
  const contacts = counts(
    data.contacts.map((r) => ({ label: t(`status.${r.status}`), value: r.count })),
  );
  const byCountry = counts(data.byCountry.map((r) => ({ label: r.name, value: r.count })));
  const byYear = counts(
    data.byYear.map((r) => ({
      label: r.year === null ? t("stats.yearUnknown") : String(r.year),
      value: r.count,
    })),
  );
  const inDays = (d: number) => t("stats.response.days", { n: decimal(d, locale) });
  const shown = (hours: number | null) =>
    hours === null ? t("stats.response.none") : inDays(hours / 24);
  const response: BarDatum[] = data.response.map((r) => ({
    label: t(`stats.response.${r.measure}`),
    value: r.medianHours === null ? 0 : r.medianHours / 24,
    display: shown(r.medianHours),
  }));
  const [review, answer] = response;

  return (
    <>
      <h2>{t("stats.title")}</h2>
      <p>{t("stats.lead")}</p>
      <p className="privacy-note">{t("stats.privacy")}</p>
      <Form method="get" className="inline-form">
        <label htmlFor="stats-year">{t("stats.period")}</label>{" "}
        <select id="stats-year" name="year" defaultValue={data.year}>
          <option value="all">{t("stats.allTime")}</option>
          {data.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="secondary">
          {t("stats.show")}
        </button>
      </Form>
      <p className="offer-meta">{t("stats.periodNote")}</p>

      <CountSection
        id="offers"
        title={t("stats.offers.title")}
        lead={t("stats.offers.lead")}
        data={offers}
        labelColumn={t("stats.status")}
        csv="offers-by-status"
        year={data.year}
      />
      <CountSection
        id="contacts"
        title={t("stats.contacts.title")}
        lead={t("stats.contacts.lead")}
        data={contacts}
        labelColumn={t("stats.status")}
        csv="contacts-by-status"
        year={data.year}
      />
      <StatsSection
        id="response"
        title={t("stats.response.title")}
        lead={
          <>
            <p>{t("stats.response.lead")}</p>
            <ul>
              <li>
                <strong>{t("stats.response.review")}</strong>: {t("stats.response.reviewDef")}
              </li>
              <li>
                <strong>{t("stats.response.answer")}</strong>: {t("stats.response.answerDef")}
              </li>
            </ul>
          </>
        }
        data={response}
        summary={t("stats.response.summary", {
          review: review?.display ?? "",
          answer: answer?.display ?? "",
        })}
        integer={false}
        formatTick={inDays}
        columns={[
          t("stats.response.measure"),
          t("stats.response.median"),
          t("stats.response.done"),
          t("stats.response.waiting"),
        ]}
        table={data.response.map((r, i) => [
          response[i]?.label,
          r.medianHours === null
            ? t("stats.response.none")
            : `${shown(r.medianHours)} (${t("stats.response.hours", { n: decimal(r.medianHours, locale) })})`,
          num(r.count),
          num(r.waiting),
        ])}
        empty={data.response.every((r) => r.count === 0 && r.waiting === 0)}
        csv="response-times"
        year={data.year}
      />
      <CountSection
        id="by-country"
        title={t("stats.byCountry.title")}
        lead={t("stats.partnerships.lead")}
        data={byCountry}
        labelColumn={t("stats.country")}
        csv="partnerships-by-country-year"
        year={data.year}
      />
      <CountSection
        id="by-year"
        title={t("stats.byYear.title")}
        lead={null}
        data={byYear}
        labelColumn={t("stats.year")}
        csv="partnerships-by-country-year"
        year={data.year}
      />

      <section className="card" aria-labelledby="rows-heading">
        <h2 id="rows-heading">{t("stats.rows.title")}</h2>
        <p>{t("stats.rows.lead")}</p>
        <table className="table">
          <caption className="visually-hidden">{t("stats.rows.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("stats.rows.export")}</th>
              <th scope="col">{t("stats.rows.columns")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("stats.download")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(["offers", "contacts", "partnerships"] as const).map((name) => (
              <tr key={name}>
                <th scope="row">{t(`stats.rows.${name}`)}</th>
                <td>{t(`stats.rows.${name}Cols`)}</td>
                <td className="stats-download">
                  <CsvLink name={name} year={data.year} title={t(`stats.rows.${name}`)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
