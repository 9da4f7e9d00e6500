import { createCookie } from "@remix-run/node";
import type { Locale } from "../../db/schema";
import { DEFAULT_LOCALE, isLocale } from "~/i18n";
import { negotiateLocale } from "~/i18n/locales";

export const langCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/**
 * `?lang=` wins (shareable links), then the choice remembered in the cookie, then the
 * browser's languages (a Polish browser gets Polish on the first visit), then Czech.
 */
export async function getLocale(request: Request): Promise<Locale> {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  if (isLocale(fromQuery)) return fromQuery;
  const fromCookie: unknown = await langCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return negotiateLocale(request.headers.get("Accept-Language")) ?? DEFAULT_LOCALE;
}

/** A Set-Cookie header when ?lang= asks for a language the cookie does not hold yet. */
export async function persistLocaleHeader(request: Request): Promise<string | null> {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  if (!isLocale(fromQuery)) return null;
  const fromCookie: unknown = await langCookie.parse(request.headers.get("Cookie"));
  return fromCookie === fromQuery ? null : langCookie.serialize(fromQuery);
}
