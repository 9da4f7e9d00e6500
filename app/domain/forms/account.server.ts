// The account forms: sign-in, sign-up, the password reset, e-mail verification,
// e-mail preferences, deleting an account and staff creating a staff account.
// Messages are i18n keys, as in ./common.server.ts.
import { z } from "zod";
import type { EmailPref } from "~/domain/statuses";
import { LOCALES } from "~/i18n";
import { nameText, optionalNameText } from "./common.server";

/** 32 bytes in base64url: 43 characters of [A-Za-z0-9_-]. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The same choices as the radio buttons on /me. */
const EMAIL_PREFS = ["immediate", "daily", "none"] as const satisfies readonly EmailPref[];

const email = z
  .string()
  .trim()
  .min(1, "field.required")
  .max(254, "field.tooLong:254")
  .pipe(z.email("field.email"));

export const LoginSchema = z.object({
  email: z.string().trim().min(1, "field.required").max(254, "field.tooLong:254"),
  password: z.string().min(1, "field.required").max(200, "field.tooLong:200"),
});

// Staff accounts are never created here: only by staff (/admin/users) or the CLI.
export const SignupSchema = z.object({
  role: z.enum(["mayor", "foreign"], { message: "field.role" }),
  name: nameText(120),
  // A foreign town types its name; a mayor's account speaks for the chosen municipality.
  organisation: optionalNameText(160),
  email,
  password: z.string().min(1, "field.required"),
  // The consent checkbox: "on" when ticked, absent otherwise.
  terms: z.literal("on", { message: "field.terms" }),
});

export const NewStaffSchema = z.object({
  name: nameText(120),
  email,
  password: z.string().min(1, "field.required"),
});

export const ForgotPasswordSchema = z.object({ email });

export const ResetPasswordSchema = z.object({
  token: z.string().max(100).regex(TOKEN_PATTERN),
  password: z.string().min(1, "field.required"),
  confirm: z.string().min(1, "field.required"),
});

export const VerifyEmailSchema = z.object({
  token: z.string().max(100).regex(TOKEN_PATTERN),
});

export const EmailPrefsSchema = z.object({
  emailPref: z.enum(EMAIL_PREFS, { message: "field.emailPref" }),
  // The language of e-mails: chosen here, not by the header's switch (a shared ?lang= link
  // must not change what a user's mailbox receives).
  locale: z.enum(LOCALES, { message: "field.emailLocale" }),
  // A checkbox: "1" when ticked, absent when not.
  weeklyMatches: z.literal("1").optional(),
});

export const DeleteAccountSchema = z.object({
  password: z.string().min(1, "field.required").max(200, "field.tooLong:200"),
  // A checkbox: "1" when ticked, absent when not.
  confirm: z.literal("1", { message: "myData.delete.confirmRequired" }),
});

/** The account list's page (/admin/users). */
export const UserPageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The inbox's buttons: mark everything read, or open one notification. */
export const NotificationActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read-all") }),
  z.object({ intent: z.literal("open"), id: z.coerce.number().int().min(1).max(2_147_483_647) }),
]);
