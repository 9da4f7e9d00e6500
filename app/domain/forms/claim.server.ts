// What a claimant tells staff about themselves: their office at the municipality
// and a phone to call back on. Staff check it against the municipality's office.
import { z } from "zod";
import { checkbox, phone, requiredText } from "./common.server";

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

/** Staff's decision on a claim (/admin/claims). */
export const ClaimDecisionSchema = z.object({
  claim: z.coerce.number().int().min(1).max(2_147_483_647),
  decision: z.enum(["verify", "reject", "transfer"]),
  note: z.string().trim().max(1000).default(""),
});
