import type { MessageKey } from "./cs";
import { BUNDLED } from "./bundled.server";
import type { Locale } from "../../db/schema";

export type { MessageKey };
export const LOCALES = ["cs", "en"] as const;
export const DEFAULT_LOCALE: Locale = "cs";

export function isLocale(value: unknown): value is Locale {
  return value === "cs" || value === "en";
}

// The server has every message (BUNDLED). A browser gets none with the app's code: it
// loads its page's language before hydrating (entry.client.tsx), the core part
// (./cs.ts, ./en.ts: header, footer, errors, the home page) and, unless the page shows
// only those, the rest (./cs-more.ts, ./en-more.ts), as modules the server writes
// (app/routes/i18n.$file.ts) and the page preloads (root.tsx). A message missing later
// (another page, another language) makes the render wait for the rest (translator).

/** Undefined in the browser, where the .server module is empty. */
const bundled: typeof BUNDLED | undefined = BUNDLED;
type Messages = Partial<Record<MessageKey, string>>;
const MESSAGES: Record<Locale, Messages> = { cs: { ...bundled?.cs }, en: { ...bundled?.en } };

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

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Call it while rendering: in a browser, a message not loaded yet suspends the render
 * (React keeps the page as it was) until the language's other messages have arrived.
 */
export function translator(locale: Locale): Translate {
  const messages = MESSAGES[locale];
  return (key, params) => {
    const template = messages[key];
    if (template === undefined) {
      if (incomplete(locale)) throw loadMessages(locale);
      return key;
    }
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

// Kept per locale: building an Intl formatter costs ~17 µs, using one ~0.4 µs, and a
// directory page formats some 200 numbers.
const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  cs: new Intl.NumberFormat("cs-CZ"),
  en: new Intl.NumberFormat("en-GB"),
};
const DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  cs: new Intl.DateTimeFormat("cs-CZ", {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone: "Europe/Prague",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "Europe/Prague",
  }),
};

const DATE_TIME_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  cs: new Intl.DateTimeFormat("cs-CZ", {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "Europe/Prague",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Prague",
  }),
};

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

const LANGUAGE_NAMES: Record<Locale, Intl.DisplayNames> = {
  cs: new Intl.DisplayNames(["cs"], { type: "language" }),
  en: new Intl.DisplayNames(["en"], { type: "language" }),
};

/** "polština" / "Polish" for "pl"; the code itself when the runtime does not know it. */
export function languageName(code: string, locale: Locale): string {
  try {
    return LANGUAGE_NAMES[locale].of(code) ?? code;
  } catch {
    return code;
  }
}
