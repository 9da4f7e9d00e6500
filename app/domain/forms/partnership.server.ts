// The partnership forms: a row the public lists miss, its year and state, its removal,
// and a note on a partnership's activity (/partnerships).
import { z } from "zod";
import { isEuropeanCountry } from "../europe";
import { nameText, text } from "./common.server";
import { FIRST_PARTNERSHIP_YEAR } from "./partnership";

const sinceYear = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z
    .string()
    .default("")
    .refine(
      (v) =>
        v === "" ||
        (/^\d{4}$/.test(v) &&
          Number(v) >= FIRST_PARTNERSHIP_YEAR &&
          Number(v) <= new Date().getUTCFullYear()),
      "field.partnershipYear",
    )
    .transform((v) => (v === "" ? null : Number(v))),
);

/** A partnership the public lists miss, added by the municipality or staff. */
export const AddPartnershipSchema = z.object({
  town: nameText(120),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => isEuropeanCountry(c) && c !== "CZ", "field.country"),
  sinceYear,
});

/** The year and the state of a row, as the municipality knows them. */
export const CorrectPartnershipSchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647),
  sinceYear,
  state: z.enum(["active", "dormant"], { message: "field.required" }),
});

export const RemovePartnershipSchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647),
  reason: text(500),
});

export const PartnershipIdSchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647),
});

/** A note on what a partnership has done lately (/partnerships). */
export const ActivitySchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647),
  note: z.string().trim().max(2000),
});
