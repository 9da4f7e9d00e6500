// Shared by /offers/new, /offers/:id/edit and the staff announcement import:
// parse and validate the offer form, and prepare what the form shows.
import { z } from "zod";
import type { Locale } from "../../../db/schema";
import type { CountryOption } from "~/components/offer-form";
import type { FormValues } from "~/components/form-values";
import { today } from "~/domain/dates";
import { EUROPEAN_COUNTRIES } from "~/domain/europe";
import { formToObject } from "~/domain/forms/common.server";
import { OFFER_LIST_FIELDS, offerFormSchema } from "~/domain/forms/offer.server";
import { addMonths, EXPIRY_DEFAULT_MONTHS } from "~/domain/lifecycle";
import type { OfferInput, PublicOffer, OfferContact } from "~/models/offer.server";
import { getPlace } from "~/models/place.server";
import { countryName } from "../../i18n/countries.server";
import { getDb } from "../../utils/db.server";
import { fieldErrors, type FieldErrors } from "../../utils/forms.server";

/** The day a news item was published (/admin/import): a real day, not in the future. */
export const SourceDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(d)) && d <= today());

export function offerCountryOptions(locale: Locale): CountryOption[] {
  return EUROPEAN_COUNTRIES.filter((c) => c !== "CZ")
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/**
 * A new request's defaults: the description written in the author's language (the one
 * the pages are in), which is also a working language, with English beside it.
 */
export function newOfferValues(locale: Locale): FormValues {
  return {
    expiresOn: addMonths(today(), EXPIRY_DEFAULT_MONTHS),
    languages: [...new Set([locale, "en"])],
    descriptionLang: locale,
  };
}

export function offerToValues(
  offer: PublicOffer & OfferContact & { placeId: number | null },
): FormValues {
  const [min, max] = offer.partnerPopulation ?? [null, null];
  return {
    placeId: offer.placeId ? String(offer.placeId) : "",
    town: offer.town,
    country: offer.country,
    region: offer.region,
    population: String(offer.population),
    lat: offer.lat === null ? "" : String(offer.lat),
    lon: offer.lon === null ? "" : String(offer.lon),
    topics: offer.topics,
    openToAnyTopic: offer.openToAnyTopic ? "on" : "",
    partnerMin: min === null ? "" : String(min),
    partnerMax: max === null ? "" : String(max),
    maxDistance: offer.maxDistanceKm === null ? "" : String(offer.maxDistanceKm),
    preferredKraje: offer.preferredKraje,
    languages: offer.languages,
    description: offer.description,
    descriptionLang: offer.descriptionLang,
    descriptionCs: offer.descriptionCs ?? "",
    descriptionEn: offer.descriptionEn ?? "",
    contactName: offer.contactName ?? "",
    contactEmail: offer.contactEmail ?? "",
    contactPhone: offer.contactPhone ?? "",
    expiresOn: offer.expiresOn,
  };
}

export type ParsedOfferForm =
  | { ok: true; input: OfferInput; intent: "save" | "submit"; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

export async function parseOfferForm(
  form: FormData,
  locale: Locale,
  options: { byStaff: boolean } = { byStaff: false },
): Promise<ParsedOfferForm> {
  const raw = formToObject(form, OFFER_LIST_FIELDS);
  const values = raw as FormValues;
  const parsed = offerFormSchema(today(), { contactRequired: !options.byStaff }).safeParse(raw);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error, locale), values };
  const { placeId, ...rest } = parsed.data;
  // A chosen GeoNames place supplies the coordinates the person did not type.
  const place = placeId ? await getPlace(getDb(), placeId) : undefined;
  const input: OfferInput = {
    ...rest,
    placeId: place?.id,
    lat: rest.lat ?? place?.lat,
    lon: rest.lon ?? place?.lon,
  };
  return { ok: true, input, intent: form.get("intent") === "submit" ? "submit" : "save", values };
}
