// The claim of a municipality as a form sends it (sign-up, /me): the municipality
// chosen from the register (or typed, without JavaScript) and the claimant's office,
// phone and promise, with every error at once.
import type { Kysely } from "kysely";
import type { Database, Locale } from "../../../db/schema";
import type { Candidate } from "~/components/municipality-chooser";
import { ClaimFormSchema, type ClaimForm } from "~/domain/forms/claim.server";
import { translator } from "~/i18n";
import { resolveMunicipalityChoice } from "~/models/directory.server";
import { fieldErrors, type FieldErrors } from "../../utils/forms.server";

export type ParsedClaim =
  | { ok: true; municipalityId: number; claim: ClaimForm }
  | { ok: false; errors: FieldErrors; candidates: Candidate[] };

export async function parseClaimForm(
  db: Kysely<Database>,
  values: Record<string, string>,
  locale: Locale,
): Promise<ParsedClaim> {
  const claim = ClaimFormSchema.safeParse(values);
  const chosen = await resolveMunicipalityChoice(db, values.municipality, values.municipalityName);
  const errors: FieldErrors = claim.success ? {} : fieldErrors(claim.error, locale);
  if (!("id" in chosen)) {
    errors.municipality = translator(locale)(`signup.municipality.${chosen.error}`, {
      name: (values.municipalityName ?? "").slice(0, 80),
    });
  }
  if ("id" in chosen && claim.success) {
    return { ok: true, municipalityId: chosen.id, claim: claim.data };
  }
  return { ok: false, errors, candidates: "candidates" in chosen ? chosen.candidates : [] };
}
