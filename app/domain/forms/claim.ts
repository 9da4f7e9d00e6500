// What a claimant tells staff about themselves: their office at the municipality
// and a phone to call back on. Staff check it against the municipality's office.
import { z } from "zod";
import { checkbox, phone, requiredText } from "./common";

/** The fields of a claim as forms send them: the municipality chosen (or typed) and the claim. */
export const CLAIM_FIELDS = [
  "municipality",
  "municipalityName",
  "claimantRole",
  "claimantPhone",
  "confirm",
] as const;

export const ClaimFormSchema = z.object({
  claimantRole: requiredText(120),
  claimantPhone: phone,
  confirm: checkbox.refine((v) => v, "field.claimConfirm"),
});

export type ClaimForm = z.infer<typeof ClaimFormSchema>;

/** The municipality chosen in a form: its id from the list (a forged one is refused later). */
export const MunicipalityChoice = z.coerce
  .number({ message: "field.municipality" })
  .int("field.municipality")
  .min(1, "field.municipality")
  .max(2_147_483_647, "field.municipality");
