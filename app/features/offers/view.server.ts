// Turns public offers into what cards and pages show, in the reader's language.
import type { Locale } from "../../../db/schema";
import type { PublicOffer } from "~/models/offer.server";
import type { OfferCardData } from "~/components/offer-card";
import { countryName } from "../../i18n/countries.server";
import { foreignRegionName, foreignTownName } from "~/i18n/place-names.server";

/** The offer's town and region as the reader knows them ("Luck (Луцьк)", "Volyňská oblast"). */
export function offerPlaceNames(offer: PublicOffer, locale: Locale) {
  return {
    town: foreignTownName(
      { placeId: offer.placeId, name: offer.town, country: offer.country },
      locale,
    ),
    region: foreignRegionName(offer.country, offer.region, locale),
  };
}

/** One language version of an offer's text. */
export interface TextVersion {
  lang: string;
  text: string;
  /** The text as its author wrote it; the others are translations. */
  original: boolean;
}

/**
 * Every version of the offer's text, the one to show first: the reader's language when
 * there is a version in it, else the original as written.
 */
export function offerTextVersions(offer: PublicOffer, locale: Locale): TextVersion[] {
  const versions: TextVersion[] = [
    { lang: offer.descriptionLang, text: offer.description, original: true },
  ];
  for (const [lang, text] of [
    ["cs", offer.descriptionCs],
    ["en", offer.descriptionEn],
  ] as const) {
    if (text && lang !== offer.descriptionLang) versions.push({ lang, text, original: false });
  }
  const mine = versions.findIndex((v) => v.lang === locale);
  if (mine > 0) versions.unshift(...versions.splice(mine, 1));
  return versions;
}

/** The text in the reader's language when there is one, else the original. */
export function offerText(offer: PublicOffer, locale: Locale): string {
  return (offerTextVersions(offer, locale)[0] as TextVersion).text;
}

export function toOfferCard(offer: PublicOffer, locale: Locale): OfferCardData {
  return {
    id: offer.id,
    ...offerPlaceNames(offer, locale),
    countryName: countryName(offer.country, locale),
    population: offer.population,
    topics: offer.topics,
    openToAnyTopic: offer.openToAnyTopic,
    summary: offerText(offer, locale),
    sourceDate: offer.sourceDate,
    publishedAt: offer.publishedAt,
    isDemo: offer.isDemo,
  };
}
