// A funding call's rules as stored with it (JSON), read with zod. Server-only:
// the browser needs the rules' names and labels (./eligibility.ts), never the schema.
import { z } from "zod";
import {
  APPLICANT_TYPES,
  EUROPE_REGIONS,
  MAX_MIN_COUNTRIES,
  type FundingRules,
} from "./eligibility";
import { isEuropeanCountry } from "./europe";

const countryCode = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .refine((c): boolean => isEuropeanCountry(c), "field.country");

export const FundingRulesSchema = z.preprocess(
  // The first seed stored the applicant side as `requiredCountries`.
  (v) =>
    v && typeof v === "object" && "requiredCountries" in v && !("leadCountries" in v)
      ? { ...v, leadCountries: (v as { requiredCountries: unknown }).requiredCountries }
      : v,
  z.object({
    leadCountries: z.array(countryCode).default([]),
    partnerCountries: z.array(countryCode).default([]),
    euMember: z.boolean().default(false),
    regions: z.array(z.enum(EUROPE_REGIONS)).default([]),
    minCountries: z.number().int().min(1).max(MAX_MIN_COUNTRIES).default(1),
    applicantTypes: z.array(z.enum(APPLICANT_TYPES)).default([]),
  }),
) satisfies z.ZodType<FundingRules>;

export const NO_RULES: FundingRules = FundingRulesSchema.parse({});

/** Rules from the stored JSON; unreadable rules count as none (the form never writes them). */
export function parseRules(json: string | null | undefined): FundingRules {
  try {
    const parsed = FundingRulesSchema.safeParse(JSON.parse(json || "{}"));
    return parsed.success ? parsed.data : NO_RULES;
  } catch {
    return NO_RULES;
  }
}
