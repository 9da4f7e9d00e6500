import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { Pagination } from "~/components/pagination";
import { formatDate, translator } from "~/i18n";
import {
  PartnershipError,
  countPartnerships,
  listPartnerships,
  recordActivity,
} from "~/models/partnership.server";
import { countryName } from "~/utils/countries.server";
import { getDb } from "~/utils/db.server";
import { invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { PageSchema } from "~/utils/offer-filters.server";
import { getOptionalUser, requireUser } from "~/utils/session.server";
import { redirectWithToast } from "~/utils/toast.server";

const PAGE_SIZE = 30;

export const meta: MetaFunction = () => [{ title: "Partnerství / Partnerships — Spolu" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([getOptionalUser(request), getLocale(request)]);
  const url = new URL(request.url);
  const mine = !!user && url.searchParams.get("mine") === "1";
  // The dormant flag is for staff and the two towns; a visitor cannot filter by it.
  const dormantOnly = !!user && url.searchParams.get("dormant") === "1";
  const page = PageSchema.parse(url.searchParams.get("page") ?? 1);
  const db = getDb();
  const viewer = user ? { id: user.id, role: user.role } : null;
  const options = { mine, dormantOnly: dormantOnly && (mine || user?.role === "staff") };
  const [items, total] = await Promise.all([
    listPartnerships(db, viewer, { ...options, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countPartnerships(db, viewer, options),
  ]);
  return {
    signedIn: !!user,
    isStaff: user?.role === "staff",
    mine,
    dormantOnly: options.dormantOnly,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    total,
    items: items.map((p) => ({ ...p, countryName: countryName(p.partnerCountry, locale) })),
  };
}

const ActivitySchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647),
  note: z.string().trim().max(2000),
});

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
    invariantResponse(false, "Not found", { status: error.message === "forbidden" ? 403 : 404 });
  }
  return redirectWithToast(`/partnerships?mine=1`, {
    type: "success",
    message: t("partnerships.recorded"),
  });
}

export default function PartnershipsPage() {
  const { items, signedIn, isStaff, mine, dormantOnly, page, pages, total } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const busy = useNavigation().state !== "idle";
  return (
    <>
      <h1>{t("partnerships.title")}</h1>
      <p className="lead">{t("partnerships.intro")}</p>
      {signedIn ? (
        <Form method="get" className="inline-form">
          <label className="check">
            <input type="checkbox" name="mine" value="1" defaultChecked={mine} />
            {t("partnerships.mine")}
          </label>{" "}
          {isStaff || mine ? (
            <label className="check">
              <input type="checkbox" name="dormant" value="1" defaultChecked={dormantOnly} />
              {t("partnerships.dormantOnly")}
            </label>
          ) : null}{" "}
          <button type="submit" className="secondary">
            {t("offers.apply")}
          </button>
        </Form>
      ) : null}
      {total === 0 ? (
        <p className="card empty">{t("partnerships.empty")}</p>
      ) : (
        <ul className="contact-list">
          {items.map((p) => (
            <li key={p.id} className="card">
              <h2>
                <Link to={`/municipalities/${p.municipalityId}`}>{p.municipality}</Link> ↔{" "}
                {p.offerId ? (
                  <Link to={`/offers/${p.offerId}`}>{p.partnerTown}</Link>
                ) : (
                  p.partnerTown
                )}{" "}
                <span className="offer-meta">({p.countryName})</span>
              </h2>
              <p className="offer-meta">
                {p.sinceYear ? `${t("partnerships.since", { year: p.sinceYear })} · ` : ""}
                {t(`partnerships.source.${p.source}`)}
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
    </>
  );
}
