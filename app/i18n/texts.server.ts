// The long texts of the pages about the service (/privacy, /terms, /about, /help), which
// only those pages show: their loaders translate them here and send them in the page's
// data, so that no browser downloads them with the messages every other page needs
// (ADR 013). They are written beside the pages' titles (<language>/legal.ts, help.ts).
import { PARTS, type TextKey } from "./bundled.server";
import { formatMessage, type Locale } from "./index";
import type { TextParams } from "./params.generated";

type GroupOf<K> = K extends `${infer Group}.${string}` ? Group : never;
/** The first part of a text's key: "privacy", "terms", "legal", "operator", "about", "help"… */
export type TextGroup = GroupOf<TextKey>;
type KeyIn<G extends TextGroup> = Extract<TextKey, `${G}.${string}`>;
/** The placeholders of each text that has some, by its key. */
type ParamsIn<K extends TextKey> = { [P in K & keyof TextParams]: TextParams[P] };
type ParamsOf<K extends TextKey> = K extends keyof TextParams ? [params: TextParams[K]] : [];

/** One text in the reader's language, its placeholders filled in (as `translator` does). */
export function textTranslator(locale: Locale) {
  const texts = PARTS[locale].server;
  return <K extends TextKey>(key: K, ...params: ParamsOf<K>): string =>
    formatMessage(locale, key, texts[key], params[0] as Record<string, unknown> | undefined);
}

/** Every text of the groups in the reader's language, by its key: what a page shows. */
export function translateTexts<G extends TextGroup>(
  locale: Locale,
  groups: readonly G[],
  params: ParamsIn<KeyIn<G>>,
): Record<KeyIn<G>, string> {
  const given: Partial<Record<string, Record<string, unknown>>> = params;
  const texts = Object.entries(PARTS[locale].server)
    .filter(([key]) => groups.some((group) => key.startsWith(`${group}.`)))
    .map(([key, text]) => [key, formatMessage(locale, key, text, given[key])]);
  return Object.fromEntries(texts) as Record<KeyIn<G>, string>;
}
