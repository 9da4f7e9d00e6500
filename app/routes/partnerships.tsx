import { excelHref } from "~/utils/csv";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FilterForm } from "~/components/filter-form";
import { Pagination } from "~/components/pagination";
import { PartnershipBadge, PartnershipSource } from "~/components/partnership-badge";
import { ActivitySchema } from "~/domain/forms/partnership.server";
import { parsePartnershipQuery } from "~/domain/forms/partnership-query";
import { KRAJE, krajByCode } from "~/domain/kraje";
import { formatDate, formatNumber, translator } from "~/i18n";
import {
  PartnershipError,
  countPartnerships,
  listPartnerships,
  partnerCountries,
  recordActivity,
} from "~/models/partnership.server";
import { countryName } from "~/i18n/countries.server";
import { foreignTownName } from "~/i18n/place-names.server";
import { getDb } from "~/utils/db.server";
import { invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { PageSchema } from "~/domain/forms/common.server";
import { getOptionalUser, requireUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";
import { metaLocale, pageMeta } from "~/utils/meta";

const PAGE_SIZE = 30;
const FILTER_PARAMS = ["country", "kraj", "verified", "mine", "dormant"];

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const t = translator(metaLocale(matches));
  return pageMeta(t("partnerships.title"), t("registry.intro"));
};

// The registry: every partnership others may see, filtered by the partner's
// country, the municipality's kraj and whether it is confirmed (a GET form that
// works without JavaScript; the same filters give the CSV). A value that means
// nothing (country=XX) is reported beside its field with a 400, the list still shown.
export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getOptionalUser(request), getLocale(request)]);
  const t = translator(locale);
  const url = new URL(request.url);
  const { query, problems } = parsePartnershipQuery(url.searchParams);
  const mine = !!user && url.searchParams.get("mine") === "1";
  // The dormant flag is for staff and the two towns; a visitor cannot filter by it.
  const dormantOnly =
    !!user && url.searchParams.get("dormant") === "1" && (mine || user.role === "staff");
  const page = PageSchema.parse(url.searchParams.get("page") ?? 1);
  const db = getDb();
  const viewer = user ? { id: user.id, role: user.role } : null;
  const filters = { ...query, dormantOnly, mineFor: mine && user ? user.id : undefined };
  const [items, total, countries] = await Promise.all([
    listPartnerships(db, viewer, filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countPartnerships(db, filters),
    partnerCountries(db),
  ]);
  const errors = Object.fromEntries(
    Object.entries(problems).map(([name, value]) => [
      name,
      t("directory.error.value", { value: value ?? "" }),
    ]),
  );
  const csvParams = new URLSearchParams();
  for (const [name, value] of Object.entries({
    country: query.country,
    kraj: query.kraj,
    verified: query.verified === undefined ? undefined : query.verified ? "1" : "0",
  }))
    if (value) csvParams.set(name, value);
  return data(
    {
      locale,
      signedIn: !!user,
      isStaff: user?.role === "staff",
      mine,
      dormantOnly,
      query,
      errors,
      page,
      pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      total,
      filtered: FILTER_PARAMS.some((p) => url.searchParams.get(p)),
      csvHref: `/partnerships.csv${csvParams.size > 0 ? `?${csvParams}` : ""}`,
      countries: countries
        .map((c) => ({ ...c, name: countryName(c.country, locale) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
      items: items.map((p) => ({
        ...p,
        // The partner as the reader knows it: "Luck (Луцьк)" on a Czech page.
        partnerTown: foreignTownName(
          { placeId: p.partnerPlaceId, name: p.partnerTown, country: p.partnerCountry },
          locale,
        ),
        countryName: countryName(p.partnerCountry, locale),
        krajName: krajByCode(p.kraj)?.cs ?? p.kraj,
      })),
    },
    { status: Object.keys(errors).length > 0 ? 400 : 200 },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const t = translator(await getLocale(request));
  const form = await request.formData();
  const parsed = ActivitySchema.safeParse({ id: form.get("id"), note: form.get("note") ?? "" });
  if (!parsed.success)
    return data(
      { id: Number(form.get("id")), error: t("contact.error.too_long") },
      { status: 400 },
    );
  try {
    await recordActivity(getDb(), parsed.data.id, user, parsed.data.note);
  } catch (error) {
    if (!(error instanceof PartnershipError)) throw error;
    invariantResponse(false, "Not found", { status: error.code === "forbidden" ? 403 : 404 });
  }
  return redirectWithToast(`/partnerships?mine=1`, {
    type: "success",
    message: t("partnerships.recorded"),
  });
}

export default function PartnershipsPage() {
  const {
    items,
    signedIn,
    isStaff,
    mine,
    dormantOnly,
    query,
    errors,
    countries,
    page,
    pages,
    total,
    filtered,
    csvHref,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const busy = useNavigation().state !== "idle";
  const verified = query.verified === undefined ? "" : query.verified ? "1" : "0";
  return (
    <>
      <h1>{t("partnerships.title")}</h1>
      <p className="lead">{t("registry.intro")}</p>
      <div className="with-sidebar">
        <FilterForm titleId="registry-filters" filterNames={FILTER_PARAMS}>
          <div className="field">
            <label htmlFor="f-country">{t("registry.country")}</label>
            <select
              id="f-country"
              name="country"
              defaultValue={query.country ?? ""}
              aria-invalid={errors.country ? true : undefined}
              aria-describedby={errors.country ? "f-country-error" : undefined}
            >
              <option value="">{t("registry.anyCountry")}</option>
              {countries.map((c) => (
                <option key={c.country} value={c.country}>
                  {c.name} ({formatNumber(c.n, locale)})
                </option>
              ))}
            </select>
            {errors.country ? (
              <p className="field-error" id="f-country-error">
                {errors.country}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="f-kraj">{t("registry.kraj")}</label>
            <select
              id="f-kraj"
              name="kraj"
              defaultValue={query.kraj ?? ""}
              aria-invalid={errors.kraj ? true : undefined}
              aria-describedby={errors.kraj ? "f-kraj-error" : undefined}
            >
              <option value="">{t("registry.anyKraj")}</option>
              {KRAJE.map((k) => (
                <option key={k.code} value={k.code}>
                  {k.cs}
                </option>
              ))}
            </select>
            {errors.kraj ? (
              <p className="field-error" id="f-kraj-error">
                {errors.kraj}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="f-verified">{t("registry.verified")}</label>
            <select
              id="f-verified"
              name="verified"
              defaultValue={verified}
              aria-invalid={errors.verified ? true : undefined}
              aria-describedby={errors.verified ? "f-verified-error" : undefined}
            >
              <option value="">{t("registry.verifiedAny")}</option>
              <option value="1">{t("registry.verifiedYes")}</option>
              <option value="0">{t("registry.verifiedNo")}</option>
            </select>
            {errors.verified ? (
              <p className="field-error" id="f-verified-error">
                {errors.verified}
              </p>
            ) : null}
          </div>
          {signedIn ? (
            <div className="field">
              <label className="check">
                <input type="checkbox" name="mine" value="1" defaultChecked={mine} />
                {t("partnerships.mine")}
              </label>
              {isStaff || mine ? (
                <label className="check">
                  <input type="checkbox" name="dormant" value="1" defaultChecked={dormantOnly} />
                  {t("partnerships.dormantOnly")}
                </label>
              ) : null}
            </div>
          ) : null}
          <div className="actions">
            <button type="submit" className="primary">
              {t("offers.apply")}
            </button>
            {filtered ? (
              <Link to="/partnerships" className="button secondary">
                {t("offers.reset")}
              </Link>
            ) : null}
          </div>
        </FilterForm>
        <section aria-labelledby="registry-results">
          <h2 id="registry-results" className="results-title" aria-live="polite">
            {t("registry.count", { count: total })}
          </h2>
          <p className="open-data-links">
            <a href={csvHref} download>
              {t("registry.csv")}
            </a>
            <a href={excelHref(csvHref)} download>
              {t("csv.excel")}
            </a>
            <Link to="/open-data">{t("registry.api")}</Link>
          </p>
          {total === 0 ? (
            <p className="card empty">
              {filtered ? t("registry.emptyFiltered") : t("partnerships.empty")}
            </p>
          ) : (
            <ul className="contact-list">
              {items.map((p) => (
                <li key={p.id} className="card">
                  <h3>
                    <Link to={`/municipalities/${p.municipalityId}`}>{p.municipality}</Link> ↔{" "}
                    {p.offerId ? (
                      <Link to={`/offers/${p.offerId}`}>{p.partnerTown}</Link>
                    ) : (
                      p.partnerTown
                    )}{" "}
                    <span className="offer-meta">({p.countryName})</span>{" "}
                    <PartnershipBadge confirmedBy={p.confirmedBy} />
                  </h3>
                  <p className="offer-meta">
                    {p.krajName}
                    {p.sinceYear ? ` · ${t("partnerships.since", { year: p.sinceYear })}` : ""}
                    {" · "}
                    <PartnershipSource source={p.source} urls={p.sourceUrls} />
                    {p.lastActivityAt
                      ? ` · ${t("partnerships.lastActivity", { date: formatDate(p.lastActivityAt, locale) })}`
                      : ""}
                    {p.contactId ? (
                      <>
                        {" · "}
                        <Link to={`/contacts/${p.contactId}`}>{t("partnerships.contact")}</Link>
                      </>
                    ) : null}
                  </p>
                  {p.dormantSince ? (
                    <p className="staff-comment">
                      {t("partnerships.dormant", { date: formatDate(p.dormantSince, locale) })}
                    </p>
                  ) : null}
                  {p.own || isStaff ? (
                    <details>
                      <summary>{t("partnerships.record")}</summary>
                      <Form method="post" className="form">
                        <input type="hidden" name="id" value={p.id} />
                        <div className="field">
                          <label htmlFor={`note-${p.id}`}>{t("partnerships.recordNote")}</label>
                          <textarea id={`note-${p.id}`} name="note" rows={2} maxLength={2000} />
                          <p className="field-error">{result?.id === p.id ? result.error : ""}</p>
                        </div>
                        <button type="submit" className="primary" disabled={busy}>
                          {t("partnerships.record")}
                        </button>
                      </Form>
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <Pagination page={page} pages={pages} />
          <p className="muted small">{t("registry.attribution")}</p>
        </section>
      </div>
    </>
  );
}
