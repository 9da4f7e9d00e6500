import { z } from "zod";
import { isCalendarDay } from "../dates";
import { isEuropeanCountry } from "../europe";
import { addMonths, EXPIRY_MAX_MONTHS } from "../lifecycle";
import {
  checkbox,
  checkRangeAndCoordinates,
  RANGE_AND_COORDINATES,
  whenValid,
  email,
  interestList,
  krajList,
  languageList,
  latitude,
  longitude,
  MAX_DISTANCE_KM,
  MAX_POPULATION,
  nameText,
  optionalNameText,
  optionalInt,
  phone,
  placeId,
  population,
  requiredText,
  text,
} from "./common.server";

export const OFFER_LIST_FIELDS = ["topics", "preferredKraje", "languages"] as const;

/**
 * The partnership request form; `today` bounds the expiry date. Staff entering
 * a request from a news item may not know its contact person yet.
 */
export function offerFormSchema(
  today: string,
  options: { contactRequired: boolean } = { contactRequired: true },
) {
  const latest = addMonths(today, EXPIRY_MAX_MONTHS);
  return z
    .object({
      placeId,
      town: nameText(120),
      country: z
        .string()
        .trim()
        .toUpperCase()
        .refine((c) => isEuropeanCountry(c) && c !== "CZ", "field.country"),
      region: text(120),
      population,
      lat: latitude,
      lon: longitude,
      topics: interestList,
      openToAnyTopic: checkbox,
      partnerMin: optionalInt(1, MAX_POPULATION, "field.population"),
      partnerMax: optionalInt(1, MAX_POPULATION, "field.population"),
      maxDistance: optionalInt(1, MAX_DISTANCE_KM, "field.distance"),
      preferredKraje: krajList,
      languages: languageList.refine((l) => l.length > 0, "field.languages"),
      description: requiredText(4000),
      descriptionLang: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z]{2}$/, "field.languages"),
      descriptionCs: text(4000),
      descriptionEn: text(4000),
      contactName: options.contactRequired ? nameText(120) : optionalNameText(120),
      contactEmail: options.contactRequired ? email : z.union([z.literal(""), email]),
      contactPhone: phone,
      expiresOn: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "field.date")
        .refine(isCalendarDay, "field.date")
        .refine((d) => d > today, "field.expiryPast")
        .refine((d) => d <= latest, "field.expiryTooFar"),
    })
    .superRefine(checkRangeAndCoordinates, whenValid(...RANGE_AND_COORDINATES))
    .superRefine(
      (value, ctx) => {
        if (!value.openToAnyTopic && value.topics.length === 0) {
          ctx.addIssue({ code: "custom", path: ["topics"], message: "field.topicsOrAny" });
        }
      },
      whenValid("openToAnyTopic", "topics"),
    );
}

export type OfferForm = z.infer<ReturnType<typeof offerFormSchema>>;

/** The buttons of an offer's page: the author's and staff's steps, and staff's notes. */
export const OfferActionSchema = z.object({
  intent: z.enum(["submit", "approve", "request_changes", "reject", "close", "renew", "note"]),
  comment: z.string().trim().max(2000, "field.tooLong:2000").optional(),
});
