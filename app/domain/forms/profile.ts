import { z } from "zod";
import {
  checkbox,
  countryList,
  email,
  interestList,
  languageList,
  MAX_DISTANCE_KM,
  MAX_POPULATION,
  optionalInt,
  phone,
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

// The profile layer only: name, kraj, size and place are the register's (and a
// forged field for them is simply not read).
export const ProfileFormSchema = z
  .object({
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
    if (
      value.partnerMin !== undefined &&
      value.partnerMax !== undefined &&
      value.partnerMin > value.partnerMax
    ) {
      ctx.addIssue({ code: "custom", path: ["partnerMax"], message: "field.rangeOrder" });
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
