import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { OfferCard } from "~/components/offer-card";
import { formatNumber, translator } from "~/i18n";
import { countPublishedOffers, listLatestPublishedOffers } from "~/models/offer.server";
import { getDb } from "~/utils/db.server";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { toOfferCard } from "~/utils/offer-view.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "cs");
  return [
    { title: `Spolu — ${t("home.title")}` },
    { name: "description", content: t("home.lead") },
  ];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const locale = await getLocale(request);
  const [offers, total] = await Promise.all([
    listLatestPublishedOffers(db, { limit: 6 }),
    countPublishedOffers(db),
  ]);
  return { locale, total, offers: offers.map((o) => toOfferCard(o, locale)) };
}

export default function Home() {
  const { offers, total } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
        <div className="actions">
          <Link to="/offers" className="button">
            {t("home.ctaOffers")}
          </Link>
          <Link to="/signup" className="button secondary">
            {t("home.ctaSignup")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t("home.latest")}</h2>
        {offers.length === 0 ? (
          <p>{t("home.empty")}</p>
        ) : (
          <>
            <ul className="offer-grid">
              {offers.map((offer) => (
                <li key={offer.id}>
                  <OfferCard offer={offer} />
                </li>
              ))}
            </ul>
            <p>
              <Link to="/offers">
                {t("home.allOffers", { count: formatNumber(total, locale) })}
              </Link>
            </p>
          </>
        )}
      </section>
    </>
  );
}
