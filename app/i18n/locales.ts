// The languages Spolu speaks. Adding one: a folder of messages (app/i18n/<code>/, copied
// from ./en and translated), one line here and one in ./bundled.server.ts (README,
// "Adding a language").

export const LOCALES = ["cs", "en", "de", "pl", "sk", "uk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "cs";

/** Each language's own name (the switch lists them so) and the tag Intl formats with. */
export const LANGUAGES: Record<Locale, { name: string; intl: string }> = {
  cs: { name: "Čeština", intl: "cs-CZ" },
  en: { name: "English", intl: "en-GB" },
  de: { name: "Deutsch", intl: "de-DE" },
  pl: { name: "Polski", intl: "pl-PL" },
  sk: { name: "Slovenčina", intl: "sk-SK" },
  uk: { name: "Українська", intl: "uk-UA" },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of our languages a browser asks for ("pl-PL,pl;q=0.9,en;q=0.8" gives pl),
 * by quality then order, or null when it asks for none of them.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.split(";").map((p) => p.trim());
      const q = params.find((p) => /^q=/i.test(p));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { range: range.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.range !== "" && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { range } of ranges) {
    const primary = range.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}
