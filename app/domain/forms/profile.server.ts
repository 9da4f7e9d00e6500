import { z } from "zod";
import { WORKING_LANGUAGES } from "../languages";
import {
  checkbox,
  countryList,
  email,
  interestList,
  languageList,
  MAX_DISTANCE_KM,
  MAX_POPULATION,
  nameText,
  optionalInt,
  phone,
  text,
  whenValid,
} from "./common.server";

export const PROFILE_LIST_FIELDS = ["interests", "languages", "seeksCountries"] as const;

// The profile layer only: name, kraj, size and place are the register's (and a
// forged field for them is simply not read).
export const ProfileFormSchema = z
  .object({
    interests: interestList.refine((l) => l.length > 0, "field.interestsMin"),
    // Czech is always a working language of a Czech municipality.
    languages: languageList.transform((l) => ["cs", ...l.filter((x) => x !== "cs")]),
    description: text(4000),
    // Forms from before the field was added send none: Czech.
    descriptionLang: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .transform((v) => v || "cs")
      .refine((v) => (WORKING_LANGUAGES as readonly string[]).includes(v), "field.languages"),
    seeksCountries: countryList,
    seeksAnyCountry: checkbox,
    partnerMin: optionalInt(1, MAX_POPULATION, "field.population"),
    partnerMax: optionalInt(1, MAX_POPULATION, "field.population"),
    maxDistance: optionalInt(1, MAX_DISTANCE_KM, "field.distance"),
    contactName: nameText(120),
    contactRole: text(120),
    contactEmail: email,
    contactPhone: phone,
  })
  .superRefine(
    (value, ctx) => {
      if (
        value.partnerMin !== undefined &&
        value.partnerMax !== undefined &&
        value.partnerMin > value.partnerMax
      ) {
        ctx.addIssue({ code: "custom", path: ["partnerMax"], message: "field.rangeOrder" });
      }
    },
    whenValid("partnerMin", "partnerMax"),
  );

export type ProfileForm = z.infer<typeof ProfileFormSchema>;

/** Staff's buttons on a municipality's page: moderating its profile, verifying it, notes. */
export const MunicipalityActionSchema = z.object({
  intent: z.enum(["approve", "request_changes", "reject", "verify", "unverify", "note"]),
  comment: z.string().trim().max(2000).optional(),
});
