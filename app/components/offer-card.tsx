import { Link } from "@remix-run/react";
import { isInterestCode } from "~/domain/interests";
import { formatDate } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";

export interface OfferCardData {
  id: number;
  town: string;
  countryName: string;
  region: string;
  population: number;
  topics: string[];
  openToAnyTopic: boolean;
  summary: string;
  sourceDate: string | null;
  publishedAt: string | null;
  isDemo: boolean;
  /** The score for the reader's municipality, when the list is sorted by it. */
  score?: number;
}

export function OfferCard({
  offer,
  headingLevel = 3,
}: {
  offer: OfferCardData;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const locale = useLocale();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card offer-card">
      <Heading>
        <Link to={`/offers/${offer.id}`}>{offer.town}</Link>{" "}
        {offer.isDemo ? <span className="badge">{t("offer.demo")}</span> : null}
      </Heading>
      <p className="offer-meta">
        {offer.countryName}
        {offer.region ? ` · ${offer.region}` : ""} ·{" "}
        {t("offer.population", { count: offer.population })}
      </p>
      <ul className="tags" aria-label={t("offer.topics")}>
        {offer.openToAnyTopic ? <li className="tag">{t("offer.anyTopic")}</li> : null}
        {offer.topics.filter(isInterestCode).map((code) => (
          <li key={code} className="tag">
            {t(`interest.${code}`)}
          </li>
        ))}
      </ul>
      {offer.score !== undefined && offer.score >= 0 ? (
        <p className="offer-score">{t("map.score", { score: offer.score })}</p>
      ) : null}
      <p className="offer-summary">{offer.summary}</p>
      {offer.publishedAt || offer.sourceDate ? (
        <p className="offer-meta">
          {/* When it came to Spolu, which orders the lists and counts in the score; a
              request from the union's news also says when the news item was. */}
          {[
            offer.publishedAt
              ? t("offer.publishedOn", { date: formatDate(offer.publishedAt, locale) })
              : null,
            offer.sourceDate
              ? t("offer.sourceDate", { date: formatDate(offer.sourceDate, locale) })
              : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      ) : null}
    </article>
  );
}
