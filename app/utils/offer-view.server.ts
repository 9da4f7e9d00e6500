// Turns public offers into what cards and pages show, in the reader's language.
import type { Locale } from "../../db/schema";
import type { PublicOffer } from "~/models/offer.server";
import type { OfferCardData } from "~/components/offer-card";
import { countryName } from "./countries.server";
import { foreignRegionName, foreignTownName } from "./place-names.server";

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

/** The text in the reader's language when there is one, else the original. */
export function offerText(offer: PublicOffer, locale: Locale): string {
  return (locale === "cs" ? offer.descriptionCs : offer.descriptionEn) ?? offer.description;
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
