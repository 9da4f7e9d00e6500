// Turns public offers into what cards and pages show, in the reader's language.
import type { Locale } from "../../db/schema";
import type { PublicOffer } from "~/models/offer.server";
import type { OfferCardData } from "~/components/offer-card";
import { countryName } from "./countries.server";

/** The text in the reader's language when there is one, else the original. */
export function offerText(offer: PublicOffer, locale: Locale): string {
  return (locale === "cs" ? offer.descriptionCs : offer.descriptionEn) ?? offer.description;
}

export function toOfferCard(offer: PublicOffer, locale: Locale): OfferCardData {
  return {
    id: offer.id,
    town: offer.town,
    countryName: countryName(offer.country, locale),
    region: offer.region,
    population: offer.population,
    topics: offer.topics,
    openToAnyTopic: offer.openToAnyTopic,
    summary: offerText(offer, locale),
    sourceDate: offer.sourceDate,
    publishedAt: offer.publishedAt,
    isDemo: offer.isDemo,
  };
}
