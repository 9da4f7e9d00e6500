import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ForeignPreview, type ForeignPreviewResult } from "~/components/foreign-preview";
import { krajByCode } from "~/domain/kraje";
import { MatchPreview, type PreviewResult } from "~/components/match-preview";
import { topReasons, type MatchResult, type Reason } from "~/domain/scoring";
import { OfferCard } from "~/components/offer-card";
import { CORE_MESSAGES, translator } from "~/i18n";
import { explanationText } from "~/i18n/phrases.server";
import { countPublishedOffers, listLatestPublishedOffers } from "~/models/offer.server";
import { getDb } from "~/utils/db.server";
import { useT } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { getOptionalUser } from "~/utils/session.server";
import { StartPage } from "~/components/start-page";
import { startPageFor } from "~/models/start-page.server";
import type { PublicUser } from "~/models/user.server";
import type { Locale } from "~/i18n";
import { toOfferCard } from "~/features/offers/view.server";
import { foreignTownName } from "~/i18n/place-names.server";
import {
  parseForeignPreview,
  parsePreview,
  runForeignPreview,
  runPreview,
} from "~/features/matching/preview.server";
import { countryName } from "~/i18n/countries.server";
import { offerCountryOptions } from "~/features/offers/form.server";

// The first page most people see: a visitor's texts are all in the core messages
// (app/i18n/cs/core.ts), so their browser loads no others (tests/e2e/page-weight.spec.ts
// keeps it so). Signed in, it is the start page, whose texts are not core (root.tsx).
export const handle = CORE_MESSAGES;

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  const t = translator(data?.locale ?? "cs");
  return [
    { title: `Spolu — ${t("home.title")}` },
    { name: "description", content: t("home.lead") },
  ];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const db = getDb();
  const [locale, user] = await Promise.all([getLocale(request), getOptionalUser(request)]);
  const [offers, total, start] = await Promise.all([
    listLatestPublishedOffers(db, { limit: 6 }),
    countPublishedOffers(db),
    // Signed in, the page starts with what is the person's own (app/models/start-page.server.ts).
    user ? startPageView(db, user, locale) : null,
  ]);
  // The try-it preview answers when its form was sent (population is its one required field).
  const params = new URL(request.url).searchParams;
  let previewErrors: Record<string, string> | null = null;
  let previewResults: PreviewResult[] | null = null;
  let foreignResults: ForeignPreviewResult[] | null = null;
  let foreignTotal = 0;
  const foreignSide = params.get("side") === "foreign";
  if (foreignSide) {
    const parsed = parseForeignPreview(params, locale);
    if (parsed.ok) {
      const ranked = await runForeignPreview(parsed.query);
      foreignTotal = ranked.total;
      foreignResults = ranked.items.map(({ municipality: m, result }) => ({
        id: m.id,
        name: m.name,
        okres: m.okres,
        krajName: krajByCode(m.kraj)?.cs ?? m.kraj,
        population: m.population,
        hasProfile: m.hasProfile,
        ...explained(result, locale),
      }));
    } else previewErrors = parsed.errors;
  } else if (params.has("population")) {
    const parsed = parsePreview(params, locale);
    if (parsed.ok) {
      previewResults = (await runPreview(parsed.query)).map(({ offer, result }) => ({
        id: offer.id,
        town: foreignTownName(
          { placeId: offer.placeId ?? null, name: offer.town, country: offer.country },
          locale,
        ),
        countryName: countryName(offer.country, locale),
        population: offer.population,
        ...explained(result, locale),
      }));
    } else previewErrors = parsed.errors;
  }
  const countries = offerCountryOptions(locale);
  return data(
    {
      locale,
      total,
      offers: offers.map((o) => toOfferCard(o, locale)),
      previewErrors,
      previewResults,
      foreignResults,
      foreignTotal,
      countries,
      start,
    },
    { status: previewErrors ? 400 : 200 },
  );
}

/** A preview's score with its top reasons and all of them, in the page's language. */
function explained(result: MatchResult, locale: Locale) {
  const view = (r: Reason) => ({
    ...r,
    text: explanationText(r.text, locale),
  });
  return { score: result.score, top: topReasons(result).map(view), all: result.reasons.map(view) };
}

/** The start page's parts, its offers as the cards show them. */
async function startPageView(db: ReturnType<typeof getDb>, user: PublicUser, locale: Locale) {
  const start = await startPageFor(db, user, locale);
  return {
    ...start,
    name: user.name,
    role: user.role,
    newMatches: start.newMatches && {
      total: start.newMatches.total,
      top: start.newMatches.top.map(({ offer, score }) => ({
        ...toOfferCard(offer, locale),
        score,
      })),
    },
  };
}

export default function Home() {
  const {
    offers,
    total,
    previewErrors,
    previewResults,
    foreignResults,
    foreignTotal,
    countries,
    start,
  } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const foreignSide = params.get("side") === "foreign";
  const t = useT();
  return (
    <>
      {start ? (
        <StartPage start={start} />
      ) : (
        <section className="hero" aria-labelledby="home-title">
          <h1 id="home-title">{t("home.title")}</h1>
          <p className="lead">{t("home.lead")}</p>
          <Paths />
        </section>
      )}
      {/* The try-it previews are for people without an account yet. */}
      {start ? null : (
        <>
          <MatchPreview
            errors={foreignSide ? null : previewErrors}
            results={previewResults}
            countries={countries}
          />
          <ForeignPreview
            errors={foreignSide ? previewErrors : null}
            results={foreignResults}
            total={foreignTotal}
            countries={countries}
          />
        </>
      )}
      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t("home.latest")}</h2>
        {offers.length === 0 ? (
          <p>{t("home.empty")}</p>
        ) : (
          <>
            {offers.some((offer) => offer.isDemo) ? (
              <p className="notice-inline demo-notice">
                {t("demo.homeNotice")} <Link to="/offers?demo=hide">{t("demo.onlyReal")}</Link>
              </p>
            ) : null}
            <ul className="offer-grid">
              {offers.map((offer) => (
                <li key={offer.id}>
                  <OfferCard offer={offer} />
                </li>
              ))}
            </ul>
            <p>
              <Link to="/offers">{t("home.allOffers", { count: total })}</Link>
            </p>
          </>
        )}
      </section>
    </>
  );
}

/** Where each kind of visitor starts: a Czech municipality, a town abroad, or just looking. */
function Paths() {
  const t = useT();
  const paths = [
    {
      key: "mayor",
      title: t("home.pathMayorTitle"),
      text: t("home.pathMayorText"),
      primary: { to: "/signup?role=mayor", label: t("home.ctaSignup") },
      secondary: { to: "#preview", label: t("home.pathMayorTry") },
    },
    {
      key: "foreign",
      title: t("home.pathForeignTitle"),
      text: t("home.pathForeignText"),
      primary: {
        to: `/signup?${new URLSearchParams({ role: "foreign", redirectTo: "/offers/new" })}`,
        label: t("home.pathForeignCta"),
      },
      secondary: { to: "#preview-foreign", label: t("home.pathForeignTry") },
    },
    {
      key: "look",
      title: t("home.pathLookTitle"),
      text: t("home.pathLookText"),
      primary: { to: "/offers", label: t("home.ctaOffers") },
      secondary: { to: "/map", label: t("nav.map") },
    },
  ];
  return (
    <section aria-labelledby="paths-title" className="paths">
      <h2 id="paths-title" className="visually-hidden">
        {t("home.pathsTitle")}
      </h2>
      <ul className="path-grid">
        {paths.map((path) => (
          <li key={path.key} className="card path">
            <h3>{path.title}</h3>
            <p>{path.text}</p>
            <div className="actions">
              <Link to={path.primary.to} className="button">
                {path.primary.label}
              </Link>
              <Link to={path.secondary.to}>{path.secondary.label}</Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
