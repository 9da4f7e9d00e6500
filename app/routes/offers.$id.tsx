import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { INTEREST_LABELS, isInterestCode } from "~/domain/interests";
import { formatDate, formatNumber, languageName } from "~/i18n";
import { getPublishedOffer } from "~/models/offer.server";
import { countryName } from "~/utils/countries.server";
import { getDb } from "~/utils/db.server";
import { invariantResponse } from "~/utils/http";
import { useLocale, useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { offerText } from "~/utils/offer-view.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.offer.town} — Spolu` : "Spolu" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse(params.id);
  invariantResponse(id.success, "Not found", { status: 404 });
  const locale = await getLocale(request);
  const offer = await getPublishedOffer(getDb(), id.data);
  invariantResponse(offer, "Not found", { status: 404 });
  const translated = offerText(offer, locale);
  return {
    locale,
    offer: {
      ...offer,
      countryName: countryName(offer.country, locale),
      translated: translated !== offer.description ? translated : null,
    },
  };
}

export default function OfferPage() {
  const { offer } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const [min, max] = offer.partnerPopulation ?? [null, null];
  return (
    <article>
      <p>
        <Link to="/offers">← {t("offer.back")}</Link>
      </p>
      <h1>
        {offer.town} {offer.isDemo ? <span className="badge">{t("offer.demo")}</span> : null}
      </h1>
      <p className="lead">
        {offer.countryName}
        {offer.region ? ` · ${offer.region}` : ""}
      </p>
      <div className="two-col">
        <section className="card" aria-label={t("offer.detail")}>
          {offer.translated ? (
            <>
              <p>{offer.translated}</p>
              <details>
                <summary>{t("offer.descriptionOriginal")}</summary>
                <p lang={offer.descriptionLang}>{offer.description}</p>
              </details>
            </>
          ) : (
            <p lang={offer.descriptionLang}>{offer.description}</p>
          )}
        </section>
        <section className="card" aria-label={t("offer.detail")}>
          <dl className="facts">
            <dt>{t("offer.populationLabel")}</dt>
            <dd>{formatNumber(offer.population, locale)}</dd>
            <dt>{t("offer.topics")}</dt>
            <dd>
              {offer.openToAnyTopic
                ? t("offer.anyTopic")
                : offer.topics
                    .filter(isInterestCode)
                    .map((c) => INTEREST_LABELS[c][locale])
                    .join(", ")}
            </dd>
            {offer.partnerPopulation ? (
              <>
                <dt>{t("offer.partnerSize")}</dt>
                <dd>
                  {t("offer.partnerSizeValue", {
                    min: min === null ? "–" : formatNumber(min, locale),
                    max: max === null ? "–" : formatNumber(max, locale),
                  })}
                </dd>
              </>
            ) : null}
            <dt>{t("offer.languages")}</dt>
            <dd>{offer.languages.map((code) => languageName(code, locale)).join(", ")}</dd>
          </dl>
          {offer.sourceDate ? (
            <p className="offer-meta">
              {t("offer.sourceDate", { date: formatDate(offer.sourceDate, locale) })}
            </p>
          ) : null}
          <p className="offer-meta">
            {t("offer.expiresOn", { date: formatDate(offer.expiresOn, locale) })}
          </p>
        </section>
      </div>
    </article>
  );
}
