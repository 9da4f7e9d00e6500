// What a page says about itself in <head>: its title in the reader's language and, on the
// pages search engines and link previews show, a description of at most ~160 characters
// (longer ones are cut by them anyway). The canonical URL is the root's (app/root.tsx).
import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n";

const DESCRIPTION_MAX = 160;

/** The page's language, from the root loader's data (every page has it). */
export function metaLocale(matches: readonly { id: string; data: unknown }[]): Locale {
  const data = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  return typeof data?.locale === "string" && isLocale(data.locale) ? data.locale : DEFAULT_LOCALE;
}

/** Text cut at a word before `max` characters, with an ellipsis when cut. */
export function clipText(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** "Title — Spolu" and, when given, the description. */
export function pageMeta(title: string, description?: string): MetaDescriptor[] {
  return [
    { title: `${title} — Spolu` },
    ...(description ? [{ name: "description", content: clipText(description) }] : []),
  ];
}
