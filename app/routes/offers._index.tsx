import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { OfferCard } from "~/components/offer-card";
import { formatNumber, translator } from "~/i18n";
import { countPublishedOffers, listLatestPublishedOffers } from "~/models/offer.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { toOfferCard } from "~/utils/offer-view.server";

const PAGE_SIZE = 24;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${translator(data?.locale ?? "cs")("offers.title")} — Spolu` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const locale = await getLocale(request);
  // A page number out of range shows the last page rather than an error.
  const requested = z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .catch(1)
    .parse(new URL(request.url).searchParams.get("page") ?? 1);
  const total = await countPublishedOffers(db);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(requested, pages);
  const offers = await listLatestPublishedOffers(db, {
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  return { locale, total, page, pages, offers: offers.map((o) => toOfferCard(o, locale)) };
}

export default function Offers() {
  const { offers, total, page, pages } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h1>{t("offers.title")}</h1>
      <p className="lead">{t("offers.count", { count: formatNumber(total, locale) })}</p>
      {offers.length === 0 ? (
        <p>{t("home.empty")}</p>
      ) : (
        <ul className="offer-grid">
          {offers.map((offer) => (
            <li key={offer.id}>
              <OfferCard offer={offer} headingLevel={2} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav className="pagination" aria-label={t("offers.pagination")}>
          {page > 1 ? <Link to={`?page=${page - 1}`}>{t("offers.prev")}</Link> : null}
          <span>{t("offers.page", { page, pages })}</span>
          {page < pages ? <Link to={`?page=${page + 1}`}>{t("offers.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
