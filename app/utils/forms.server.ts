// Turns zod issues into one translated message per field. Schemas carry message
// keys ("field.required", or "field.tooLong:120" with the limit after a colon).
import type { z } from "zod";
import { translateStored, translator } from "~/i18n";
import type { Locale } from "../../db/schema";

export type FieldErrors = Record<string, string>;

export function fieldErrors(error: z.ZodError, locale: Locale): FieldErrors {
  const t = translator(locale);
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    const [key = "", param] = issue.message.split(":");
    errors[field] =
      translateStored(locale, key, param ? { max: param } : undefined) ?? t("field.required");
  }
  return errors;
}

/** A form's text fields as strings (files and missing fields become ""). */
export function formValues(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((n) => [n, typeof form.get(n) === "string" ? (form.get(n) as string) : ""]),
  );
}

/** The state a moderation form says its page showed ("seen"), if it names a known one. */
export function seenStatus<T extends string>(
  form: FormData,
  statuses: readonly T[],
): T | undefined {
  const seen = form.get("seen");
  return statuses.find((s) => s === seen);
}
