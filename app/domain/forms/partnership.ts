import { z } from "zod";
import { isEuropeanCountry } from "../europe";
import { requiredText, text } from "./common";

/** The first twinnings of Czech towns date from the late 1940s. */
export const FIRST_PARTNERSHIP_YEAR = 1945;

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
  town: requiredText(120),
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
