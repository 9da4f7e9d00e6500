import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { formatDate, translator } from "~/i18n";
import {
  CONTACT_LIST_FILTERS,
  STAFF_LIST_FILTERS,
  countContacts,
  listContacts,
} from "~/models/contact-view.server";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { metaLocale, pageMeta } from "~/utils/meta";
import { PageSchema } from "~/domain/forms/common.server";
import { requirePermission } from "~/utils/permissions.server";

const PAGE_SIZE = 25;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(translator(metaLocale(matches))("contacts.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, ["read:contact:own", "read:contact:any"]);
  const url = new URL(request.url);
  const filters =
    user.role === "staff"
      ? CONTACT_LIST_FILTERS
      : CONTACT_LIST_FILTERS.filter((f) => !STAFF_LIST_FILTERS.includes(f));
  const filter = filters.find((f) => f === url.searchParams.get("show")) ?? "all";
  const page = PageSchema.parse(url.searchParams.get("page") ?? 1);
  const db = getDb();
  const locale = await getLocale(request);
  const [items, total] = await Promise.all([
    listContacts(db, user, { filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countContacts(db, user, filter),
  ]);
  return {
    role: user.role,
    filter,
    filters,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: items.map((c) => ({ ...c, countryName: countryName(c.offer.country, locale) })),
  };
}

export default function ContactsPage() {
  const { items, filter, filters, page, pages, role, total } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("contacts.title")}</h1>
      <p className="lead">{t("contacts.intro")}</p>
      <Form method="get" className="inline-form">
        <label htmlFor="show">{t("contacts.filter.label")}</label>{" "}
        <select id="show" name="show" defaultValue={filter}>
          {filters.map((f) => (
            <option key={f} value={f}>
              {t(`contacts.filter.${f}`)}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="secondary">
          {t("offers.apply")}
        </button>
      </Form>
      {total === 0 ? (
        <div className="card empty">
          <p>{t("contacts.empty")}</p>
          {role === "mayor" ? <p>{t("contacts.emptyHintMayor")}</p> : null}
          {role === "foreign" ? <p>{t("contacts.emptyHintForeign")}</p> : null}
        </div>
      ) : (
        <ul className="contact-list">
          {items.map((c) => (
            <li key={c.id} className="card">
              <h2>
                <Link to={`/contacts/${c.id}`}>
                  {t("contacts.pair", { municipality: c.municipality.name, town: c.offer.town })}
                </Link>{" "}
                <span className="offer-meta">({c.countryName})</span>
              </h2>
              <p>
                <span className="badge">{t(`contacts.direction.${c.direction}`)}</span>{" "}
                <span className={`status status-${c.status}`}>{t(`status.${c.status}`)}</span>
                {" · "}
                <span className="offer-meta">
                  {c.waitingSince
                    ? t("contacts.waitingSince", { date: formatDate(c.waitingSince, locale) })
                    : t("contacts.updated", { date: formatDate(c.updatedAt, locale) })}
                </span>
                {role === "staff" && (!c.offer.hasAccount || !c.municipality.hasAccount) ? (
                  <span className="offer-meta"> · {t("contacts.noAccount")}</span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pages} />
    </>
  );
}
