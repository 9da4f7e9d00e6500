import { createCookie } from "@remix-run/node";
import type { Locale } from "../../db/schema";
import { DEFAULT_LOCALE, isLocale } from "~/i18n";

export const langCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** `?lang=` wins (shareable links), then the cookie, then Czech. */
export async function getLocale(request: Request): Promise<Locale> {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  if (isLocale(fromQuery)) return fromQuery;
  const fromCookie: unknown = await langCookie.parse(request.headers.get("Cookie"));
  return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
}

/** A Set-Cookie header when ?lang= asks for a language the cookie does not hold yet. */
export async function persistLocaleHeader(request: Request): Promise<string | null> {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  if (!isLocale(fromQuery)) return null;
  const fromCookie: unknown = await langCookie.parse(request.headers.get("Cookie"));
  return fromCookie === fromQuery ? null : langCookie.serialize(fromQuery);
}
