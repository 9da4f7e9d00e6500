// A sentence the domain chooses but does not write: a message key of app/i18n and the
// values it takes, with codes (countries, languages, topics…) still codes. app/i18n/phrases.server.ts
// writes it in the reader's language. This keeps the domain free of any language.
import type { MessageKey } from "~/i18n/cs/core";
import type { MessageParams } from "~/i18n/params.generated";

/** Codes the reader's language names; several are written as its list ("A, B and C"). */
export interface CodeList {
  kind:
    | "country"
    | "language"
    | "topic"
    | "kraj"
    | "applicantType"
    | "europeRegion"
    /** Names written as they are (town names). */
    | "name";
  codes: readonly string[];
  /** "A, B and C" (the default) or "A, B or C". */
  join?: "and" | "or";
}

/** A foreign town, named as the reader knows it (Luck for Lutsk, Kladsko for Kłodzko). */
export interface TownName {
  town: { placeId: number | null; name: string; country: string };
}

/** Phrases written one after another, separated by commas ("Nysa (PL): central Europe, …"). */
export interface PhraseList {
  phrases: readonly AnyPhrase[];
}

type PhraseValues<P> = { [K in keyof P]: P[K] | CodeList | PhraseList | TownName };

/** One sentence (or part of one) of the messages whose keys begin with Prefix. */
export type Phrase<Prefix extends string = string> = {
  [K in Extract<MessageKey, `${Prefix}${string}`>]: K extends keyof MessageParams
    ? { key: K; values: PhraseValues<MessageParams[K]> }
    : { key: K; values?: undefined };
}[Extract<MessageKey, `${Prefix}${string}`>];

/** Any phrase, its values checked where it was made. */
export interface AnyPhrase {
  key: MessageKey;
  values?: object;
}

export const codes = (
  kind: CodeList["kind"],
  list: readonly string[],
  join?: CodeList["join"],
): CodeList => (join ? { kind, codes: list, join } : { kind, codes: list });
