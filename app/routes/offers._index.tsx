import { excelHref } from "~/utils/csv";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { NumberFilter, SelectFilter } from "~/components/filter-fields";
import { FilterForm } from "~/components/filter-form";
import { OfferCard } from "~/components/offer-card";
import { Pagination } from "~/components/pagination";
import { INTEREST_CODES } from "~/domain/interests";
import { translator } from "~/i18n";
import { getOwnedMunicipality, type MunicipalityPublic } from "~/models/municipality.server";
import { offerScoresFor, paginate } from "~/models/match.server";
import {
  cachedOfferFacets,
  listFilteredOfferIds,
  listPublishedOffersByIds,
  searchPublishedOffers,
  type OfferFilters,
  type OfferOrder,
  type PublicOffer,
} from "~/models/offer.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { getOptionalUser } from "~/utils/session.server";
import { toOfferCard } from "~/features/offers/view.server";
import { PageSchema } from "~/domain/forms/common.server";
import { parseOfferFilters } from "~/features/offers/filters.server";
import { SIZE_KEYS } from "~/features/offers/sizes";
import { metaLocale, pageMeta } from "~/utils/meta";

const PAGE_SIZE = 24;

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("offers.title"), t("meta.offers"));
};

// Filters live in the URL (q, country, topic, population, size, page) so links can be shared;
// unknown values are dropped, a bad population is reported beside its field. `sort` orders
// the list: by relevance to the query (its default), newest, population, or, for a mayor
// with a profile, by the score for their municipality.
export async function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const [locale, user] = await Promise.all([getLocale(request), getOptionalUser(request)]);
  const params = new URL(request.url).searchParams;
  const { filters, populationError } = parseOfferFilters(params, locale);
  const municipality =
    user?.role === "mayor" ? ((await getOwnedMunicipality(db, user.id)) ?? null) : null;
  const sorts = offerSorts(filters, municipality !== null);
  const asked = params.get("sort");
  const sort = sorts.find((s) => s === asked) ?? (sorts[0] as OfferSort);
  const requested = PageSchema.parse(params.get("page") ?? 1);
  const [facets, listed] = await Promise.all([
    cachedOfferFacets(db, filters),
    municipality && sort === "match"
      ? listByScore(db, filters, municipality, requested)
      : listInOrder(db, filters, sort === "match" ? "relevance" : sort, requested),
  ]);
  const { offers, total, page, pages, scores } = listed;
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
      demoCount: facets.demo,
      populationError,
      sort,
      sorts,
      offers: offers.map((o) => ({ ...toOfferCard(o, locale), score: scores?.get(o.id) })),
    },
    { status: populationError ? 400 : 200 },
  );
}

type OfferSort = OfferOrder | "match";

/** The orders this list offers: relevance only with a query, the score only to a mayor. */
function offerSorts(filters: OfferFilters, hasMunicipality: boolean): OfferSort[] {
  return [
    ...(filters.q?.trim() ? (["relevance"] as const) : []),
    "newest",
    "largest",
    "smallest",
    ...(hasMunicipality ? (["match"] as const) : []),
  ];
}

interface Listed {
  offers: PublicOffer[];
  total: number;
  page: number;
  pages: number;
  scores?: ReadonlyMap<number, number>;
}

async function listInOrder(
  db: ReturnType<typeof getDb>,
  filters: OfferFilters,
  order: OfferOrder,
  requested: number,
): Promise<Listed> {
  const at = (page: number) => ({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const first = await searchPublishedOffers(db, filters, at(requested), order);
  const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  const page = Math.min(requested, pages);
  // A page past the end shows the last page rather than an empty list.
  const { offers, total } =
    page === requested ? first : await searchPublishedOffers(db, filters, at(page), order);
  return { offers, total, page, pages };
}

/** The filtered offers by their score for the mayor's municipality, best first. */
async function listByScore(
  db: ReturnType<typeof getDb>,
  filters: OfferFilters,
  municipality: MunicipalityPublic,
  requested: number,
): Promise<Listed> {
  const [ids, scores] = await Promise.all([
    listFilteredOfferIds(db, filters),
    offerScoresFor(db, municipality),
  ]);
  // An offer scoring cannot rate (one not yet matchable) goes last, newest first among them.
  const ranked = ids
    .map((id) => ({ id, score: scores.get(id) ?? -1 }))
    .sort((a, b) => b.score - a.score || b.id - a.id);
  const { slice, total, page, pages } = paginate(ranked, { page: requested, pageSize: PAGE_SIZE });
  const offers = await listPublishedOffersByIds(
    db,
    slice.map((entry) => entry.id),
  );
  return { offers, total, page, pages, scores };
}

export default function Offers() {
  const {
    offers,
    total,
    page,
    pages,
    countries,
    topicCounts,
    demoCount,
    populationError,
    sort,
    sorts,
  } = useLoaderData<typeof loader>();
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
        <FilterForm
          key={params.toString()}
          titleId="filters-title"
          filterNames={["q", "country", "topic", "population", "size"]}
        >
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
        </FilterForm>
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="results-title" aria-live="polite">
            {filtered ? t("offers.results", { count: total }) : t("offers.count", { count: total })}
          </h2>
          <OpenDataLinks params={params} />
          <DemoNotice params={params} count={demoCount} />
          {offers.length > 1 ? <SortForm params={params} sort={sort} sorts={sorts} /> : null}
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

/**
 * What the "Ukázka" cards are, with the one switch that hides them (`demo=hide`), or
 * brings them back. Nothing when the list holds no demo request.
 */
function DemoNotice({ params, count }: { params: URLSearchParams; count: number }) {
  const t = useT();
  if (count === 0) return null;
  const hidden = params.get("demo") === "hide";
  const toggled = new URLSearchParams(params);
  toggled.delete("page");
  if (hidden) toggled.delete("demo");
  else toggled.set("demo", "hide");
  const query = toggled.toString();
  return (
    <p className="notice-inline demo-notice">
      {hidden ? t("demo.hidden") : t("demo.notice", { count })}{" "}
      <Link to={`/offers${query ? `?${query}` : ""}`}>
        {hidden ? t("demo.show") : t("demo.hide")}
      </Link>
    </p>
  );
}

/** The list's order: a small form of its own that keeps the filters (and works without JS). */
function SortForm({
  params,
  sort,
  sorts,
}: {
  params: URLSearchParams;
  sort: string;
  sorts: readonly (OfferOrder | "match")[];
}) {
  const t = useT();
  const kept = [...params].filter(([name]) => name !== "sort" && name !== "page");
  return (
    <Form method="get" className="sort-form">
      {kept.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="sort">{t("offers.sort")}</label>
      <select id="sort" name="sort" defaultValue={sort} key={sort}>
        {sorts.map((option) => (
          <option key={option} value={option}>
            {t(`offers.sort.${option}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary">
        {t("offers.sortApply")}
      </button>
    </Form>
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
