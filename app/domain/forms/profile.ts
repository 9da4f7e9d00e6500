import { z } from "zod";
import { krajByCode } from "../kraje";
import {
  checkbox,
  checkRangeAndCoordinates,
  countryList,
  email,
  interestList,
  languageList,
  latitude,
  longitude,
  MAX_DISTANCE_KM,
  MAX_POPULATION,
  optionalInt,
  phone,
  placeId,
  population,
  requiredText,
  text,
} from "./common";
import { isEuropeanCountry } from "../europe";

export const PROFILE_LIST_FIELDS = [
  "interests",
  "languages",
  "seeksCountries",
  "partnerTown",
  "partnerCountry",
  "partnerSince",
] as const;

export const MAX_PARTNERSHIPS = 20;

const thisYear = new Date().getUTCFullYear();

export const ProfileFormSchema = z
  .object({
    placeId,
    name: requiredText(120),
    kraj: z.string().refine((k) => !!krajByCode(k), "field.kraj"),
    population,
    lat: latitude,
    lon: longitude,
    interests: interestList.refine((l) => l.length > 0, "field.interestsMin"),
    // Czech is always a working language of a Czech municipality.
    languages: languageList.transform((l) => ["cs", ...l.filter((x) => x !== "cs")]),
    description: text(4000),
    seeksCountries: countryList,
    seeksAnyCountry: checkbox,
    partnerMin: optionalInt(1, MAX_POPULATION, "field.population"),
    partnerMax: optionalInt(1, MAX_POPULATION, "field.population"),
    maxDistance: optionalInt(1, MAX_DISTANCE_KM, "field.distance"),
    partnerTown: z.array(text(120)).max(MAX_PARTNERSHIPS),
    partnerCountry: z.array(z.string().trim().toUpperCase()).max(MAX_PARTNERSHIPS),
    partnerSince: z.array(z.string().trim()).max(MAX_PARTNERSHIPS),
    contactName: requiredText(120),
    contactRole: text(120),
    contactEmail: email,
    contactPhone: phone,
  })
  .superRefine((value, ctx) => {
    checkRangeAndCoordinates(value, ctx);
    if (value.placeId === undefined && value.lat === undefined) {
      ctx.addIssue({ code: "custom", path: ["lat"], message: "field.locationNeeded" });
    }
    value.partnerTown.forEach((town, i) => {
      const country = value.partnerCountry[i] ?? "";
      const since = value.partnerSince[i] ?? "";
      if (!town && !country && !since) return; // an empty row
      if (!town)
        ctx.addIssue({ code: "custom", path: ["partnerships"], message: "field.partnershipTown" });
      if (!isEuropeanCountry(country) && !/^[A-Z]{2}$/.test(country)) {
        ctx.addIssue({ code: "custom", path: ["partnerships"], message: "field.country" });
      }
      if (since && !(/^\d{4}$/.test(since) && Number(since) >= 1945 && Number(since) <= thisYear)) {
        ctx.addIssue({ code: "custom", path: ["partnerships"], message: "field.partnershipYear" });
      }
    });
  })
  .transform(({ partnerTown, partnerCountry, partnerSince, ...rest }) => ({
    ...rest,
    partnerships: partnerTown
      .map((town, i) => ({
        town,
        country: partnerCountry[i] ?? "",
        sinceYear: partnerSince[i] ? Number(partnerSince[i]) : null,
      }))
      .filter((p) => p.town),
  }));

export type ProfileForm = z.infer<typeof ProfileFormSchema>;
