import { excelHref } from "~/utils/csv";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { NumberFilter, SelectFilter } from "~/components/filter-fields";
import { OfferCard } from "~/components/offer-card";
import { Pagination } from "~/components/pagination";
import { INTEREST_CODES } from "~/domain/interests";
import { translator } from "~/i18n";
import { cachedOfferFacets, searchPublishedOffers } from "~/models/offer.server";
import { countryName } from "~/utils/countries.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { toOfferCard } from "~/utils/offer-view.server";
import { PageSchema, parseOfferFilters } from "~/utils/offer-filters.server";
import { SIZE_KEYS } from "~/utils/offer-sizes";
import { metaLocale, pageMeta } from "~/utils/meta";

const PAGE_SIZE = 24;

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("offers.title"), t("meta.offers"));
};

// Filters live in the URL (q, country, topic, population, size, page) so links can be shared;
// unknown values are dropped, a bad population is reported beside its field.
export async function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const locale = await getLocale(request);
  const params = new URL(request.url).searchParams;
  const { filters, populationError } = parseOfferFilters(params, locale);
  const requested = PageSchema.parse(params.get("page") ?? 1);
  const [facets, first] = await Promise.all([
    cachedOfferFacets(db, filters),
    searchPublishedOffers(db, filters, { limit: PAGE_SIZE, offset: (requested - 1) * PAGE_SIZE }),
  ]);
  const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  const page = Math.min(requested, pages);
  // A page past the end shows the last page rather than an empty list.
  const { offers, total } =
    page === requested
      ? first
      : await searchPublishedOffers(db, filters, {
          limit: PAGE_SIZE,
          offset: (page - 1) * PAGE_SIZE,
        });
  const countryCodes = new Set([...Object.keys(facets.countries), ...(filters.countries ?? [])]);
  const countries = [...countryCodes]
    .map((code) => ({ code, name: countryName(code, locale), count: facets.countries[code] ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return data(
    {
      locale,
      total,
      page,
      pages,
      countries,
      topicCounts: facets.topics,
      populationError,
      offers: offers.map((o) => toOfferCard(o, locale)),
    },
    { status: populationError ? 400 : 200 },
  );
}

export default function Offers() {
  const { offers, total, page, pages, countries, topicCounts, populationError } =
    useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT();
  const selectedCountries = new Set(params.getAll("country").map((c) => c.toUpperCase()));
  const selectedTopics = new Set(params.getAll("topic"));
  const filtered = ["q", "country", "topic", "population", "size"].some((name) =>
    params.getAll(name).some(Boolean),
  );
  return (
    <>
      <h1>{t("offers.title")}</h1>
      <div className="with-sidebar">
        {/* Keyed by the query: "reset filters" changes the URL without a reload, and the
            fields read their values from it only when they are first drawn. */}
        <Form
          key={params.toString()}
          method="get"
          className="filters card"
          aria-labelledby="filters-title"
        >
          <h2 id="filters-title">{t("offers.filters")}</h2>
          <div className="field">
            <label htmlFor="q">{t("offers.q")}</label>
            <p className="field-hint" id="q-hint">
              {t("offers.qHint")}
            </p>
            <input
              id="q"
              name="q"
              type="search"
              maxLength={100}
              defaultValue={params.get("q") ?? ""}
              aria-describedby="q-hint"
            />
          </div>
          <NumberFilter
            name="population"
            label={t("offers.population")}
            hint={t("offers.populationHint")}
            error={populationError}
          />
          <SelectFilter
            name="size"
            label={t("offers.size")}
            anyLabel={t("offers.sizeAny")}
            options={SIZE_KEYS.map((key) => ({ value: key, label: t(`offers.size.${key}`) }))}
          />
          <fieldset>
            <legend>{t("offers.topic")}</legend>
            {INTEREST_CODES.map((code) => (
              <label key={code} className="check">
                <input
                  type="checkbox"
                  name="topic"
                  value={code}
                  defaultChecked={selectedTopics.has(code)}
                />
                {t(`interest.${code}`)} <span className="count">({topicCounts[code] ?? 0})</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("offers.country")}</legend>
            {countries.map((c) => (
              <label key={c.code} className="check">
                <input
                  type="checkbox"
                  name="country"
                  value={c.code}
                  defaultChecked={selectedCountries.has(c.code)}
                />
                {c.name} <span className="count">({c.count})</span>
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="primary">
              {t("offers.apply")}
            </button>
            {filtered ? (
              <Link to="/offers" className="button secondary">
                {t("offers.reset")}
              </Link>
            ) : null}
          </div>
        </Form>
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="results-title" aria-live="polite">
            {filtered ? t("offers.results", { count: total }) : t("offers.count", { count: total })}
          </h2>
          <OpenDataLinks params={params} />
          {offers.length === 0 ? (
            <p className="empty">{filtered ? t("offers.noResults") : t("home.empty")}</p>
          ) : (
            <ul className="offer-grid">
              {offers.map((offer) => (
                <li key={offer.id}>
                  <OfferCard offer={offer} headingLevel={3} />
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pages={pages} />
        </section>
      </div>
    </>
  );
}

/** The list as a CSV file (with the filters in force), the Atom feed and what they are. */
function OpenDataLinks({ params }: { params: URLSearchParams }) {
  const t = useT();
  const locale = useLocale();
  const filters = new URLSearchParams(params);
  for (const name of ["page", "lang"]) filters.delete(name);
  const query = filters.toString();
  return (
    <p className="open-data-links">
      <a href={`/offers.csv${query ? `?${query}` : ""}`} download aria-describedby="csv-hint">
        {t("offers.download")}
      </a>
      <a href={excelHref(`/offers.csv${query ? `?${query}` : ""}`)} download>
        {t("csv.excel")}
      </a>
      <span className="field-hint" id="csv-hint">
        {t("offers.downloadHint")}
      </span>
      <a href={locale === "en" ? "/feed.xml?lang=en" : "/feed.xml"} type="application/atom+xml">
        {t("offers.feed")}
      </a>
      <Link to="/open-data">{t("offers.openData")}</Link>
    </p>
  );
}
