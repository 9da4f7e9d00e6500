import { excelHref } from "~/utils/csv";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { FilterForm } from "~/components/filter-form";
import { RegisterAttribution } from "~/components/official-facts";
import { Pagination } from "~/components/pagination";
import { parseDirectoryQuery, DIRECTORY_SORTS } from "~/domain/forms/directory";
import { KRAJE, krajByCode } from "~/domain/kraje";
import { MUNICIPALITY_KINDS, SIZE_BANDS } from "~/domain/register";
import { formatNumber, translator } from "~/i18n";
import { cachedDirectoryFacets, cachedSearchDirectory } from "~/models/directory.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { PageSchema } from "~/domain/forms/common.server";
import { metaLocale, pageMeta } from "~/utils/meta";

const PAGE_SIZE = 50;
const FILTER_PARAMS = ["q", "kraj", "okres", "size", "kind", "profile", "partners"];

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("directory.title"), t("directory.lead"));
};

// Every Czech municipality of the register, with filters, counts per filter and
// sorting in the URL: a GET form that works without JavaScript. A value that means
// nothing (kraj=XX) is reported beside its field with a 400, the list still shown.
export async function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const locale = await getLocale(request);
  const t = translator(locale);
  const params = new URL(request.url).searchParams;
  const { query, problems } = parseDirectoryQuery(params);
  const { sort, ...filters } = query;
  const requested = PageSchema.parse(params.get("page") ?? 1);
  const [facets, first] = await Promise.all([
    cachedDirectoryFacets(db, filters),
    cachedSearchDirectory(db, {
      filters,
      sort,
      page: { limit: PAGE_SIZE, offset: (requested - 1) * PAGE_SIZE },
    }),
  ]);
  const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
  const page = Math.min(requested, pages);
  // A page past the end shows the last page rather than an empty list.
  const { entries, total } =
    page === requested
      ? first
      : await cachedSearchDirectory(db, {
          filters,
          sort,
          page: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
        });
  const errors = Object.fromEntries(
    Object.entries(problems).map(([name, value]) => [
      name,
      t("directory.error.value", { value: value ?? "" }),
    ]),
  );
  return data(
    {
      locale,
      total,
      page,
      pages,
      facets,
      errors,
      entries: entries.map((e) => ({
        ...e,
        krajName: krajByCode(e.kraj)?.cs ?? e.kraj,
      })),
    },
    { status: Object.keys(errors).length > 0 ? 400 : 200 },
  );
}

export default function Directory() {
  const { entries, total, page, pages, facets, errors } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const count = (n: number | undefined) => `(${formatNumber(n ?? 0, locale)})`;
  const filtered = FILTER_PARAMS.some((name) => params.getAll(name).some(Boolean));
  const kraj = params.get("kraj")?.toUpperCase() ?? "";
  const okresOptions = facets.okres.filter((o) => !kraj || o.kraj === kraj);
  const exportQuery = new URLSearchParams(params);
  for (const name of ["page", "lang"]) exportQuery.delete(name);
  const exportSuffix = exportQuery.size > 0 ? `?${exportQuery}` : "";
  return (
    <>
      <h1>{t("directory.title")}</h1>
      <p className="lead">{t("directory.lead")}</p>
      <div className="with-sidebar">
        <FilterForm key={params.toString()} titleId="directory-filters" filterNames={FILTER_PARAMS}>
          <div className="field">
            <label htmlFor="q">{t("directory.q")}</label>
            <p className="field-hint" id="q-hint">
              {t("directory.qHint")}
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
          <Choice
            name="kraj"
            label={t("register.kraj")}
            error={errors.kraj}
            options={KRAJE.map((k) => ({
              value: k.code,
              label: `${k.cs} ${count(facets.kraj[k.code])}`,
            }))}
          />
          <Choice
            name="okres"
            label={t("register.okres")}
            hint={kraj ? undefined : t("directory.okresHint")}
            error={errors.okres}
            options={okresOptions.map((o) => ({
              value: o.code,
              label: `${o.name} ${count(o.count)}`,
            }))}
          />
          <Choice
            name="size"
            label={t("directory.size")}
            error={errors.size}
            options={SIZE_BANDS.map((b) => ({
              value: b.key,
              label: `${t(`directory.size.${b.key}`)} ${count(facets.size[b.key])}`,
            }))}
          />
          <Choice
            name="kind"
            label={t("register.kind")}
            error={errors.kind}
            options={MUNICIPALITY_KINDS.map((k) => ({
              value: k,
              label: `${t(`register.kind.${k}`)} ${count(facets.kind[k])}`,
            }))}
          />
          <fieldset>
            <legend>{t("directory.more")}</legend>
            <label className="check">
              <input
                type="checkbox"
                name="profile"
                value="1"
                defaultChecked={params.get("profile") === "1"}
              />
              {t("directory.withProfile")} <span className="count">{count(facets.profile)}</span>
            </label>
            <label className="check">
              <input
                type="checkbox"
                name="partners"
                value="1"
                defaultChecked={params.get("partners") === "1"}
              />
              {t("directory.withPartners")} <span className="count">{count(facets.partners)}</span>
            </label>
          </fieldset>
          <Choice
            name="sort"
            label={t("directory.sort")}
            error={errors.sort}
            noAny
            options={DIRECTORY_SORTS.map((s) => ({ value: s, label: t(`directory.sort.${s}`) }))}
          />
          <div className="actions">
            <button type="submit" className="primary">
              {t("offers.apply")}
            </button>
            {filtered ? (
              <Link to="/municipalities" className="button secondary">
                {t("offers.reset")}
              </Link>
            ) : null}
          </div>
        </FilterForm>
        <section aria-labelledby="directory-results">
          <h2 id="directory-results" className="results-title" aria-live="polite">
            {filtered
              ? t("directory.results", { count: total })
              : t("directory.count", { count: total })}
          </h2>
          <p className="open-data-links">
            <a href={`/municipalities.csv${exportSuffix}`} download>
              {t("directory.download")}
            </a>
            <a href={excelHref(`/municipalities.csv${exportSuffix}`)} download>
              {t("csv.excel")}
            </a>
            <Link to="/open-data">{t("offers.openData")}</Link>
          </p>
          {entries.length === 0 ? (
            <div className="empty-state">
              <p>{t("directory.noResults")}</p>
              <p>
                <Link to="/municipalities">{t("offers.reset")}</Link>
              </p>
            </div>
          ) : (
            // On a phone the table scrolls sideways in its own region, which must take focus
            // for keyboards to scroll it (WCAG 2.1.1).
            <div
              className="table-scroll"
              role="region"
              aria-labelledby="directory-results"
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
              tabIndex={0}
            >
              <table className="directory">
                <caption className="visually-hidden">{t("directory.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("directory.col.name")}</th>
                    <th scope="col">{t("register.okres")}</th>
                    <th scope="col" className="num">
                      {t("register.population")}
                    </th>
                    <th scope="col">{t("directory.col.spolu")}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <Link to={`/municipalities/${e.id}`}>{e.name}</Link>
                        {e.kind && e.kind !== "obec" ? (
                          <span className="muted small">
                            {" "}
                            · {t(`register.kind.${e.kind as (typeof MUNICIPALITY_KINDS)[number]}`)}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        {e.okres ?? "—"}
                        <span className="muted small"> · {e.krajName}</span>
                      </td>
                      <td className="num">{formatNumber(e.population, locale)}</td>
                      <td>
                        {e.hasProfile ? (
                          <span className="badge profile">{t("directory.hasProfile")}</span>
                        ) : null}
                        {e.verified ? (
                          <span className="badge verified">{t("profile.verified")}</span>
                        ) : null}
                        {e.partners > 0 ? (
                          <span className="muted small">
                            {" "}
                            {t("directory.partners", { count: e.partners })}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination page={page} pages={pages} />
          <RegisterAttribution />
        </section>
      </div>
    </>
  );
}

/** One select of the filter form, its current value from the URL, its error beside it. */
function Choice({
  name,
  label,
  hint,
  error,
  options,
  noAny,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  noAny?: boolean;
}) {
  const t = useT();
  const [params] = useSearchParams();
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <select
        id={name}
        name={name}
        defaultValue={params.get(name) ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      >
        {noAny ? null : <option value="">{t("directory.any")}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
