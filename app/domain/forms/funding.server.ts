// The staff forms for funding calls and events. Countries are typed as ISO
// codes ("CZ, NO"), the rest are checkboxes; the output is what the model
// stores (rules as FundingRules data).
import { z } from "zod";
import { isCalendarDay } from "../dates";
import {
  APPLICANT_TYPES,
  EUROPE_REGIONS,
  MAX_MIN_COUNTRIES,
  type FundingRules,
} from "../eligibility";
import { isEuropeanCountry } from "../europe";
import { isInterestCode, type InterestCode } from "../interests";
import {
  checkbox,
  interestList,
  optionalInt,
  requiredText,
  text,
  whenValid,
} from "./common.server";

export const CALL_LIST_FIELDS = ["themes", "regions", "applicantTypes"] as const;

const optionalDay = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || isCalendarDay(v), "field.date")
  .transform((v) => (v === "" ? undefined : v));
const requiredDay = z
  .string({ message: "field.required" })
  .trim()
  .min(1, "field.required")
  .refine(isCalendarDay, "field.date");

const url = text(500).refine((v) => v === "" || /^https?:\/\/[^\s]+$/.test(v), "field.url");

/** "cz, NO;is" → ["CZ", "NO", "IS"], each a European country. */
const countryCodes = text(200)
  .transform((v) => [
    ...new Set(
      v
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map((c) => c.toUpperCase()),
    ),
  ])
  .refine((list) => list.every(isEuropeanCountry), "field.countryCodes");

export const FundingCallFormSchema = z
  .object({
    programme: requiredText(200),
    titleCs: requiredText(300),
    titleEn: requiredText(300),
    summaryCs: text(3000),
    summaryEn: text(3000),
    url,
    opensOn: optionalDay,
    deadline: optionalDay,
    themes: interestList,
    leadCountries: countryCodes,
    partnerCountries: countryCodes,
    euMember: checkbox,
    regions: z
      .array(z.string())
      .refine(
        (l) => l.every((r) => (EUROPE_REGIONS as readonly string[]).includes(r)),
        "field.region",
      ),
    minCountries: optionalInt(1, MAX_MIN_COUNTRIES, "field.minCountries"),
    applicantTypes: z
      .array(z.string())
      .refine(
        (l) => l.every((r) => (APPLICANT_TYPES as readonly string[]).includes(r)),
        "field.applicantType",
      ),
  })
  .superRefine(
    (v, ctx) => {
      if (v.opensOn && v.deadline && v.deadline < v.opensOn) {
        ctx.addIssue({ code: "custom", path: ["deadline"], message: "field.deadlineOrder" });
      }
    },
    whenValid("opensOn", "deadline"),
  )
  .transform((v) => ({
    programme: v.programme,
    titleCs: v.titleCs,
    titleEn: v.titleEn,
    summaryCs: v.summaryCs,
    summaryEn: v.summaryEn,
    url: v.url,
    opensOn: v.opensOn,
    deadline: v.deadline,
    themes: v.themes as InterestCode[],
    rules: {
      leadCountries: v.leadCountries,
      partnerCountries: v.partnerCountries,
      euMember: v.euMember,
      regions: v.regions,
      minCountries: v.minCountries ?? 1,
      applicantTypes: v.applicantTypes,
    } as FundingRules,
  }));
export type FundingCallInput = z.output<typeof FundingCallFormSchema>;

export const EventFormSchema = z
  .object({
    titleCs: requiredText(300),
    titleEn: requiredText(300),
    summaryCs: text(3000),
    summaryEn: text(3000),
    startsOn: requiredDay,
    endsOn: requiredDay,
    city: requiredText(120),
    country: z
      .string()
      .trim()
      .transform((c) => c.toUpperCase())
      .refine((c) => isEuropeanCountry(c), "field.country"),
    url,
  })
  .superRefine(
    (v, ctx) => {
      if (v.endsOn < v.startsOn) {
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "field.endOrder" });
      }
    },
    whenValid("startsOn", "endsOn"),
  );
export type EventInput = z.output<typeof EventFormSchema>;

// A hand-edited link with an unknown topic or country shows everything rather than an error page.
export const FundingFiltersSchema = z.object({
  topic: z.string().refine(isInterestCode).nullable().catch(null),
  country: z
    .string()
    .refine((c) => isEuropeanCountry(c) && c !== "CZ")
    .nullable()
    .catch(null),
});
