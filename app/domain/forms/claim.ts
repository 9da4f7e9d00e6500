// The fields of a claim of a municipality, shared by the sign-up and /me forms.
// Their schema is in ./claim.server.ts: zod stays out of the browser.

/** The fields of a claim as forms send them: the municipality chosen (or typed) and the claim. */
export const CLAIM_FIELDS = [
  "municipality",
  "municipalityName",
  "claimantRole",
  "claimantPhone",
  "confirm",
] as const;
