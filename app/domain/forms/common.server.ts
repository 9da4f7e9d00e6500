// Building blocks shared by the profile and offer forms. Messages are i18n keys
// ("field.tooLong:120" carries its limit), translated by the route.
import { z } from "zod";
import { isEuropeanCountry } from "../europe";
import { isInterestCode } from "../interests";
import { hasHiddenCharacters } from "../text-hygiene";
import { krajByCode } from "../kraje";

/** `?page=` of every paged list: a page number, 1 when missing or nonsense. */
export const PageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export const MAX_POPULATION = 50_000_000;
/** The widest distance limit a partner search may set (Lisbon–Moscow is ~3,900 km). */
export const MAX_DISTANCE_KM = 5_000;

/** Optional text: a field missing from the submission counts as empty. */
export const text = (max: number) => z.string().trim().max(max, `field.tooLong:${max}`).default("");
export const requiredText = (max: number) =>
  z
    .string({ message: "field.required" })
    .trim()
    .min(1, "field.required")
    .max(max, `field.tooLong:${max}`);

/**
 * A name shown to others (a person, an organisation, a town): required text without
 * characters that would change how it reads unseen (app/domain/text-hygiene.ts).
 */
export const nameText = (max: number) =>
  requiredText(max).refine((v) => !hasHiddenCharacters(v), "field.hiddenCharacters");

/** As nameText, but may be left empty. */
export const optionalNameText = (max: number) =>
  text(max).refine((v) => !hasHiddenCharacters(v), "field.hiddenCharacters");

/** "" → undefined, so optional inputs may be left empty. */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? emptyToUndefined(v.replace(/[\s  ]/g, "")) : v),
    z.coerce.number({ message }).int(message).min(min, message).max(max, message).optional(),
  );

export const population = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[\s  ]/g, "") : v),
  z.coerce
    .number({ message: "field.population" })
    .int("field.population")
    .min(1, "field.population")
    .max(MAX_POPULATION, "field.population"),
);

export const latitude = z.preprocess(
  (v) => emptyToUndefined(typeof v === "string" ? v.replace(",", ".") : v),
  z.coerce.number({ message: "field.lat" }).min(-90, "field.lat").max(90, "field.lat").optional(),
);
export const longitude = z.preprocess(
  (v) => emptyToUndefined(typeof v === "string" ? v.replace(",", ".") : v),
  z.coerce.number({ message: "field.lon" }).min(-180, "field.lon").max(180, "field.lon").optional(),
);

export const placeId = optionalInt(1, 2_147_483_647, "field.required");

export const interestList = z
  .array(z.string())
  .refine((list) => list.every(isInterestCode), "field.interest");
export const krajList = z
  .array(z.string())
  .refine((list) => list.every((k) => !!krajByCode(k)), "field.kraj");
export const countryList = z
  .array(z.string().transform((c) => c.toUpperCase()))
  .refine((list) => list.every(isEuropeanCountry), "field.country");
export const languageList = z
  .array(z.string().trim().toLowerCase())
  .max(12, "field.languages")
  .refine((list) => list.every((l) => /^[a-z]{2}$/.test(l)), "field.languages");

export const checkbox = z.preprocess(
  (v) => v === "on" || v === "true" || v === "1" || v === true,
  z.boolean(),
);

export const email = z
  .string()
  .trim()
  .min(1, "field.required")
  .max(254, "field.tooLong:254")
  .pipe(z.email("field.email"));
export const phone = text(40).refine(
  (v) => v === "" || /^[+0-9 ()/.-]{6,40}$/.test(v),
  "field.phone",
);

/**
 * Run a cross-field rule as soon as the fields it reads are valid, whatever else is wrong:
 * zod skips an object's refinements once any field failed, so a form showed its other
 * errors first and the rule's only after they were mended, in a second round.
 */
export function whenValid(...fields: string[]): {
  when: (payload: z.core.ParsePayload) => boolean;
} {
  return {
    when: (payload) =>
      !payload.issues.some((issue) => fields.includes(String(issue.path?.[0] ?? ""))),
  };
}

/** The fields checkRangeAndCoordinates reads. */
export const RANGE_AND_COORDINATES = ["partnerMin", "partnerMax", "lat", "lon"];

/** Cross-field rules every form with a partner size range and coordinates shares. */
export function checkRangeAndCoordinates(
  value: { partnerMin?: number; partnerMax?: number; lat?: number; lon?: number },
  ctx: z.RefinementCtx,
): void {
  if (
    value.partnerMin !== undefined &&
    value.partnerMax !== undefined &&
    value.partnerMin > value.partnerMax
  ) {
    ctx.addIssue({ code: "custom", path: ["partnerMax"], message: "field.rangeOrder" });
  }
  if ((value.lat === undefined) !== (value.lon === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: [value.lat === undefined ? "lat" : "lon"],
      message: "field.coordsPair",
    });
  }
}

/** FormData to a plain object: the named fields as lists (repeated inputs), the rest as strings. */
export function formToObject(
  form: FormData,
  listFields: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = listFields.includes(key) ? values : (values[0] ?? "");
  }
  for (const key of listFields) out[key] ??= [];
  return out;
}
