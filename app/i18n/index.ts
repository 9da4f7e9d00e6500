import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import type { MessageKey } from "./cs/core";
import { BUNDLED } from "./bundled.server";
import { LANGUAGES, LOCALES, type Locale } from "./locales";
import type { MessageParams } from "./params.generated";

export type { MessageKey };
export { DEFAULT_LOCALE, LANGUAGES, LOCALES, isLocale, type Locale } from "./locales";

// The server has every message (BUNDLED). A browser gets none with the app's code: it
// loads its page's language before hydrating (entry.client.tsx), the core part
// (<language>/core.ts: header, footer, errors, the home page) and, unless the page shows
// only those, the rest (<language>/more.ts), as modules the server writes
// (app/routes/i18n.$file.ts) and the page preloads (root.tsx). A message missing later
// (another page, another language) makes the render wait for the rest (translator).

type Messages = Partial<Record<MessageKey, string>>;
/** Undefined in the browser, where the .server module is empty. */
const bundled: Record<Locale, Messages> | undefined = BUNDLED;
const MESSAGES = Object.fromEntries(
  LOCALES.map((locale) => [locale, { ...bundled?.[locale] }]),
) as Record<Locale, Messages>;

export type MessagePart = "core" | "more";
const ALL_PARTS: readonly MessagePart[] = ["core", "more"];
const parts = new Map<string, { promise: Promise<void>; state: "loading" | "loaded" | "failed" }>();
const everything = new Map<Locale, Promise<void>>();

/** Marks a route whose page shows only core messages: `export const handle = CORE_MESSAGES`. */
export const CORE_MESSAGES = { messages: "core" } as const;

export function isCoreMessagesOnly(handle: unknown): boolean {
  return (handle as Partial<typeof CORE_MESSAGES> | undefined)?.messages === "core";
}

/** A part of a language's messages as a JavaScript module (app/routes/i18n.$file.ts). */
export function messagesUrl(locale: Locale, part: MessagePart): string {
  return `/i18n/${locale}-${part}.js`;
}

function importPart(locale: Locale, part: MessagePart): Promise<Messages> {
  return import(/* @vite-ignore */ messagesUrl(locale, part)).then(
    (module: { default: Messages }) => module.default,
  );
}

function loadPart(locale: Locale, part: MessagePart): Promise<void> {
  if (bundled) return Promise.resolve();
  const id = `${locale}:${part}`;
  let entry = parts.get(id);
  if (!entry) {
    const promise = importPart(locale, part).then(
      (messages) => {
        Object.assign(MESSAGES[locale], messages);
        if (entry) entry.state = "loaded";
      },
      (error: unknown) => {
        if (entry) entry.state = "failed";
        throw error;
      },
    );
    entry = { promise, state: "loading" };
    parts.set(id, entry);
  }
  return entry.promise;
}

/** Loads messages of a language in the browser (each part once); on the server they are all there. */
export function loadMessages(
  locale: Locale,
  which: readonly MessagePart[] = ALL_PARTS,
): Promise<void> {
  if (which.length === ALL_PARTS.length) {
    let promise = everything.get(locale);
    if (!promise) {
      promise = Promise.all(ALL_PARTS.map((part) => loadPart(locale, part))).then(() => undefined);
      everything.set(locale, promise);
    }
    return promise;
  }
  return Promise.all(which.map((part) => loadPart(locale, part))).then(() => undefined);
}

/** Still to come in this browser: true while a part is loading or not asked for yet. */
function incomplete(locale: Locale): boolean {
  if (bundled) return false;
  return ALL_PARTS.some((part) => {
    const state = parts.get(`${locale}:${part}`)?.state;
    return state === undefined || state === "loading";
  });
}

/** What a message's placeholders take; nothing for a message without any. */
export type ParamsOf<K extends MessageKey> = K extends keyof MessageParams
  ? [params: MessageParams[K]]
  : [];

/**
 * Every message is ICU MessageFormat ({name}, {count, plural, one {…} few {…} other {…}},
 * {kind, select, …}); the key and the parameters a message takes are checked by the
 * compiler (./params.generated.ts, written by `npm run i18n:types`).
 */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

interface Compiled {
  message: IntlMessageFormat;
  /** Placeholders written {name}: a number given there is written the local way (6 254). */
  plain: Set<string>;
}

/** Compiled messages per language, made on first use: parsing costs ~20 µs, formatting ~1 µs. */
const COMPILED = Object.fromEntries(LOCALES.map((locale) => [locale, new Map()])) as Record<
  Locale,
  Map<string, Compiled>
>;

function plainPlaceholders(elements: MessageFormatElement[], found = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) plainPlaceholders(option.value, found);
  }
  return found;
}

/** A message with its placeholders filled in, in the language's plural rules. */
export function formatMessage(
  locale: Locale,
  key: string,
  template: string,
  params: Record<string, unknown> | undefined,
): string {
  // Most messages have no placeholder, quote or plural: they are their own text.
  if (!/[{}']/.test(template)) return template;
  let compiled = COMPILED[locale].get(key);
  if (!compiled) {
    const message = new IntlMessageFormat(template, LANGUAGES[locale].intl, undefined, {
      ignoreTag: true,
    });
    compiled = { message, plain: plainPlaceholders(message.getAst()) };
    COMPILED[locale].set(key, compiled);
  }
  // ICU writes a number in {name} as it is (6254); pages write it the local way (6 254).
  const values: Record<string, unknown> = { ...params };
  for (const name of compiled.plain)
    if (typeof values[name] === "number") values[name] = formatNumber(values[name], locale);
  try {
    return String(compiled.message.format(values as Record<string, string | number | Date>));
  } catch {
    // A parameter missing from stored data (the compiler checks the rest): the message
    // as written rather than a failed page.
    return template;
  }
}

/**
 * Call it while rendering: in a browser, a message not loaded yet suspends the render
 * (React keeps the page as it was) until the language's other messages have arrived.
 */
export function translator(locale: Locale): Translate {
  const messages = MESSAGES[locale];
  return (key, ...params) => {
    const template = messages[key];
    if (template === undefined) {
      if (incomplete(locale)) throw loadMessages(locale);
      return key;
    }
    return formatMessage(locale, key, template, params[0] as Record<string, unknown> | undefined);
  };
}

// Kept per locale: building an Intl formatter costs ~17 µs, using one ~0.4 µs, and a
// directory page formats some 200 numbers.
function perLocale<T>(make: (locale: Locale, tag: string) => T): Record<Locale, T> {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, make(locale, LANGUAGES[locale].intl)]),
  ) as Record<Locale, T>;
}

const NUMBER_FORMATS = perLocale((_, tag) => new Intl.NumberFormat(tag));
// Czech writes dates in numbers (9. 8. 2019); the others name the month (9 Aug 2019).
const DATE_FORMATS = perLocale(
  (locale, tag) =>
    new Intl.DateTimeFormat(tag, {
      day: "numeric",
      month: locale === "cs" ? "numeric" : "short",
      year: "numeric",
      timeZone: "Europe/Prague",
    }),
);
const DATE_TIME_FORMATS = perLocale(
  (locale, tag) =>
    new Intl.DateTimeFormat(tag, {
      day: "numeric",
      month: locale === "cs" ? "numeric" : "short",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone: "Europe/Prague",
    }),
);

/** 53 000 in Czech (non-breaking space), 53,000 in English. */
export function formatNumber(value: number, locale: Locale): string {
  return NUMBER_FORMATS[locale].format(value);
}

/** 9. 8. 2019 in Czech, 9 Aug 2019 in English; input YYYY-MM-DD or ISO timestamp. */
export function formatDate(value: string, locale: Locale): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return DATE_FORMATS[locale].format(date);
}

/** 6. 12. 2026 23:41 in Czech, 6 Dec 2026, 23:41 in English (Prague time); input an ISO timestamp. */
export function formatDateTime(value: string, locale: Locale): string {
  return DATE_TIME_FORMATS[locale].format(new Date(value));
}

const LANGUAGE_NAMES = perLocale((_, tag) => new Intl.DisplayNames([tag], { type: "language" }));

/** "polština" / "Polish" for "pl"; the code itself when the runtime does not know it. */
export function languageName(code: string, locale: Locale): string {
  try {
    return LANGUAGE_NAMES[locale].of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Polština" where a sentence or label starts with a name the language writes in lower case. */
export function sentenceStart(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(LANGUAGES[locale].intl) + text.slice(1);
}

const COUNTRY_NAMES = perLocale(
  (_, tag) => new Intl.DisplayNames([tag], { type: "region", fallback: "code" }),
);

/**
 * "Polsko" / "Poland" / "Polen" for "PL", from Intl alone: the one source of country
 * names, on the server and in the browser. The code itself when the runtime does not know it.
 */
export function countryName(code: string, locale: Locale): string {
  try {
    return COUNTRY_NAMES[locale].of(code) ?? code;
  } catch {
    return code;
  }
}

/** A text staff write in Czech and English (a funding call's title or summary, an event's). */
export interface BilingualText {
  cs: string;
  en: string;
}

/**
 * A text that exists in Czech and English only: the reader's language when it is one of
 * them; Slovak readers get the Czech (which they read as easily), the others the English.
 */
export function localText(text: BilingualText, locale: Locale): string {
  return locale === "cs" || locale === "sk" ? text.cs : text.en;
}

/**
 * For keys made from stored data (a notification's kind, an audit action, a validation
 * message's code): the message when the key exists, else undefined. Its parameters come
 * with the data, so they are checked when the message is formatted, not by the compiler.
 */
export function translateStored(
  locale: Locale,
  key: string,
  params?: Record<string, string | number>,
): string | undefined {
  const translate = translator(locale) as (key: string, params?: object) => string;
  const text = translate(key, params);
  return text === key ? undefined : text;
}
