// Parsing and preparing the municipality profile form (/me, staff edits).
import type { Locale } from "../../../db/schema";
import type { FormValues } from "~/components/form-values";
import { formToObject } from "~/domain/forms/common.server";
import { PROFILE_LIST_FIELDS, ProfileFormSchema } from "~/domain/forms/profile.server";
import type {
  MunicipalityContact,
  MunicipalityPublic,
  ProfileInput,
} from "~/models/municipality.server";
import { fieldErrors, type FieldErrors } from "../../utils/forms.server";

export function profileToValues(m: MunicipalityPublic & MunicipalityContact): FormValues {
  const [min, max] = m.partnerPopulation ?? [null, null];
  return {
    interests: m.interests,
    // A municipality that has no profile yet surely works in Czech.
    languages: m.languages.length > 0 ? m.languages : ["cs"],
    description: m.description,
    descriptionLang: m.descriptionLang,
    seeksCountries: m.seeksCountries,
    seeksAnyCountry: m.seeksAnyCountry ? "on" : "",
    partnerMin: min === null ? "" : String(min),
    partnerMax: max === null ? "" : String(max),
    maxDistance: m.maxDistanceKm === null ? "" : String(m.maxDistanceKm),
    contactName: m.contactName ?? "",
    contactRole: m.contactRole ?? "",
    contactEmail: m.contactEmail ?? "",
    contactPhone: m.contactPhone ?? "",
  };
}

export type ParsedProfileForm =
  | { ok: true; input: ProfileInput; values: FormValues }
  | { ok: false; errors: FieldErrors; values: FormValues };

export function parseProfileForm(form: FormData, locale: Locale): ParsedProfileForm {
  const raw = formToObject(form, PROFILE_LIST_FIELDS);
  const values = raw as FormValues;
  const parsed = ProfileFormSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error, locale), values };
  return { ok: true, values, input: parsed.data };
}
