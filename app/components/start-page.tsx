import { Link, useRouteLoaderData } from "@remix-run/react";
import { formatDate, formatDateTime } from "~/i18n";
import { useLocale, useT } from "~/utils/i18n";
import type { StartPage as StartPageParts } from "~/models/start-page.server";
import { OfferCard, type OfferCardData } from "./offer-card";

/**
 * What the home page's loader gives a signed-in person: the model's start page
 * (app/models/start-page.server.ts) with its new requests as the cards show them.
 */
export type StartPageData = Omit<StartPageParts, "newMatches"> & {
  name: string;
  role: "mayor" | "foreign" | "staff";
  newMatches: { total: number; top: (OfferCardData & { score: number })[] } | null;
};

/**
 * A signed-in person's start: what waits on them, their municipality or requests, what is
 * new for them since the last visit, and the funding deadlines their likely pairs face.
 */
export function StartPage({ start }: { start: StartPageData }) {
  const t = useT();
  const locale = useLocale();
  const root = useRouteLoaderData<{ pending?: number }>("root");
  const pending = root?.pending ?? 0;
  return (
    <section className="start" aria-labelledby="start-title">
      <h1 id="start-title">{t("start.title", { name: start.name })}</h1>
      <p className="lead">{t("start.since", { date: formatDateTime(start.since, locale) })}</p>

      {start.role === "staff" ? (
        <section className="card" aria-labelledby="start-staff">
          <h2 id="start-staff">{t("start.staffTitle")}</h2>
          <p>
            <Link to="/admin">{t("start.staffPending", { count: pending })}</Link>
          </p>
        </section>
      ) : (
        <section className="card" aria-labelledby="start-waiting">
          <h2 id="start-waiting">{t("start.waitingTitle")}</h2>
          {start.waiting.length === 0 && start.toConfirm === 0 ? (
            <p className="muted">{t("start.waitingNone")}</p>
          ) : (
            <ul>
              {start.waiting.map((c) => (
                <li key={c.id}>
                  <Link to={`/contacts/${c.id}`}>
                    {t(`start.waiting.${c.ask}`, { other: c.other })}
                  </Link>
                </li>
              ))}
              {start.toConfirm > 0 ? (
                <li>
                  <Link to="/contacts?filter=confirm">
                    {t("start.toConfirm", { count: start.toConfirm })}
                  </Link>
                </li>
              ) : null}
            </ul>
          )}
        </section>
      )}

      {start.role === "mayor" ? <MayorParts start={start} /> : null}
      {start.role === "foreign" ? <ForeignParts start={start} /> : null}

      {start.role !== "staff" ? (
        <section className="card" aria-labelledby="start-deadlines">
          <h2 id="start-deadlines">{t("start.deadlinesTitle")}</h2>
          {start.deadlines.length === 0 ? (
            <p className="muted">{t("start.deadlinesNone")}</p>
          ) : (
            <ul>
              {start.deadlines.map((d) => (
                <li key={d.id}>
                  <Link to={`/funding#call-${d.id}`}>{d.title}</Link>:{" "}
                  {t("start.deadline", { date: formatDate(d.deadline, locale) })}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </section>
  );
}

function MayorParts({ start }: { start: StartPageData }) {
  const t = useT();
  const m = start.municipality;
  return (
    <>
      <section className="card" aria-labelledby="start-municipality">
        <h2 id="start-municipality">{t("start.municipalityTitle")}</h2>
        {m ? (
          <p>
            <Link to={`/municipalities/${m.id}`}>{m.name}</Link>:{" "}
            {m.status === "none" ? (
              t("start.noProfile")
            ) : (
              <span className={`status status-${m.status}`}>{t(`status.${m.status}`)}</span>
            )}{" "}
            · <Link to={`/municipalities/${m.id}/edit`}>{t("start.editProfile")}</Link>
          </p>
        ) : start.claim ? (
          <p>
            {t("start.claim", {
              name: start.claim.name,
              status: t(`start.claim.${start.claim.status}`),
            })}{" "}
            <Link to="/me">{t("nav.me")}</Link>
          </p>
        ) : (
          <p>
            {t("start.noMunicipality")} <Link to="/me">{t("nav.me")}</Link>
          </p>
        )}
      </section>
      {start.newMatches ? (
        <section aria-labelledby="start-matches">
          <h2 id="start-matches">{t("start.matchesTitle")}</h2>
          {start.newMatches.total === 0 ? (
            <p className="muted">{t("start.matchesNone")}</p>
          ) : (
            <>
              <p>{t("start.matchesCount", { count: start.newMatches.total })}</p>
              <ul className="offer-grid">
                {start.newMatches.top.map((offer) => (
                  <li key={offer.id}>
                    <OfferCard offer={offer} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link to="/matches">{t("start.matchesAll")}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}

function ForeignParts({ start }: { start: StartPageData }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="start-offers">
      <h2 id="start-offers">{t("start.offersTitle")}</h2>
      {start.offers.length === 0 ? (
        <p>
          {t("start.offersNone")}{" "}
          <Link to="/offers/new" className="button">
            {t("home.pathForeignCta")}
          </Link>
        </p>
      ) : (
        <ul>
          {start.offers.map((o) => {
            const date = formatDate(o.expiresOn, locale);
            return (
              <li key={o.id}>
                <Link to={`/offers/${o.id}`}>{o.town}</Link>:{" "}
                <span className={`status status-${o.status}`}>{t(`status.${o.status}`)}</span>
                {o.status === "published" ? (
                  <>
                    {" · "}
                    {o.expiringSoon ? (
                      <strong>{t("start.expiresSoon", { date })}</strong>
                    ) : (
                      t("start.expires", { date })
                    )}
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
