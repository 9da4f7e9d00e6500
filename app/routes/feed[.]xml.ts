import type { LoaderFunctionArgs } from "@remix-run/node";
import { isInterestCode } from "~/domain/interests";
import { DEFAULT_LOCALE, isLocale, translator } from "~/i18n";
import { listLatestPublishedOffers } from "~/models/offer.server";
import { atomDate, buildAtomFeed } from "~/features/open-data/atom";
import { countryName } from "~/i18n/countries.server";
import { getDb } from "~/utils/db.server";
import { offerUrl, requestOrigin } from "~/features/open-data/records";
import { openDataHeaders } from "~/features/open-data/endpoint.server";
import { offerText } from "~/features/offers/view.server";

const ENTRIES = 50;

// GET /feed.xml — an Atom 1.0 feed of the newest published offers (Czech titles);
// /feed.xml?lang=pl in Polish, and so on. The language comes from the URL alone (not
// the cookie or the browser), so one address always gives one feed and caches may share it.
export async function loader({ request }: LoaderFunctionArgs) {
  const asked = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  const t = translator(locale);
  const origin = requestOrigin(request);
  const suffix = locale === DEFAULT_LOCALE ? "" : `?lang=${locale}`;
  const offers = await listLatestPublishedOffers(getDb(), { limit: ENTRIES });
  const entries = offers.map((offer) => {
    const published = atomDate(offer.publishedAt ?? offer.sourceDate ?? offer.expiresOn);
    return {
      // The page without ?lang: one entry has one id in both languages' feeds.
      id: offerUrl(origin, offer.id),
      title: t("feed.entryTitle", {
        town: offer.town,
        country: countryName(offer.country, locale),
      }),
      url: `${offerUrl(origin, offer.id)}${suffix}`,
      updated: published,
      published,
      summary: offerText(offer, locale),
      categories: offer.topics
        .filter(isInterestCode)
        .map((code) => ({ term: code, label: t(`interest.${code}`) })),
    };
  });
  const xml = buildAtomFeed({
    id: `${origin}/feed.xml${suffix}`,
    title: t("feed.title"),
    subtitle: t("feed.subtitle"),
    selfUrl: `${origin}/feed.xml${suffix}`,
    alternateUrl: `${origin}/offers${suffix}`,
    lang: locale,
    author: t("feed.author"),
    updated: entries[0]?.updated ?? atomDate(new Date().toISOString()),
    entries,
  });
  return new Response(xml, { headers: openDataHeaders("application/atom+xml; charset=utf-8") });
}
