// Writes the domain's phrases (app/domain/phrase.ts: match reasons, funding checks) in the
// reader's language: codes become names (countries and languages from Intl, topics,
// applicant types and parts of Europe from messages, Czech kraje by their Czech names,
// foreign towns by their exonyms) joined as the language joins a list.
import { krajByCode } from "~/domain/kraje";
import type { AnyPhrase, CodeList, PhraseList, TownName } from "~/domain/phrase";
import { foreignTownShortName } from "~/i18n/place-names.server";
import { countryName, languageName, LANGUAGES, LOCALES, translator, type Locale } from "./index";

const LIST_FORMATS = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    {
      and: new Intl.ListFormat(LANGUAGES[locale].intl, { type: "conjunction" }),
      or: new Intl.ListFormat(LANGUAGES[locale].intl, { type: "disjunction" }),
    },
  ]),
) as Record<Locale, Record<"and" | "or", Intl.ListFormat>>;

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Mid-sentence a label starts lower-case, except in German, where nouns keep their capital. */
function midSentence(label: string, locale: Locale): string {
  return locale === "de" ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function name(kind: CodeList["kind"], code: string, locale: Locale): string {
  const t = translator(locale) as Translate;
  switch (kind) {
    case "country":
      return countryName(code, locale);
    case "language":
      return languageName(code, locale);
    case "kraj":
      return krajByCode(code)?.cs ?? code;
    case "topic":
      return midSentence(t(`interest.${code}`), locale);
    case "applicantType":
      return t(`funding.applicant.${code}`);
    case "europeRegion":
      return t(`funding.area.${code}`);
    case "name":
      return code;
  }
}

function isCodeList(value: unknown): value is CodeList {
  return typeof value === "object" && value !== null && "codes" in value;
}

function isPhraseList(value: unknown): value is PhraseList {
  return typeof value === "object" && value !== null && "phrases" in value;
}

function isTownName(value: unknown): value is TownName {
  return typeof value === "object" && value !== null && "town" in value;
}

function list(value: CodeList, locale: Locale): string {
  if (value.codes.length === 0) return "—";
  const names = value.codes.map((code) => name(value.kind, code, locale));
  // Topics are named with "and" inside ("agriculture and land"): commas keep them apart.
  if (value.kind === "topic") return names.join(", ");
  return LIST_FORMATS[locale][value.join ?? "and"].format(names);
}

/** One phrase in the reader's language. */
export function phraseText(phrase: AnyPhrase, locale: Locale): string {
  const params: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(phrase.values ?? {})) {
    if (isCodeList(value)) params[field] = list(value, locale);
    else if (isTownName(value)) params[field] = foreignTownShortName(value.town, locale);
    else if (isPhraseList(value))
      params[field] = value.phrases.map((p) => phraseText(p, locale)).join(", ");
    else params[field] = value;
  }
  return (translator(locale) as Translate)(phrase.key, params);
}

// The same explanations recur across pairs ("Both towns have under 5,000 people …"): a page
// of matches writes some two hundred of them, mostly ones written before. Kept by their
// phrases and language, at most EXPLANATIONS_KEPT, all dropped when full.
const EXPLANATIONS_KEPT = 10_000;
const explanations = new Map<string, string>();

/** Sentences in the reader's language, as one paragraph (a match reason's explanation). */
export function explanationText(phrases: readonly AnyPhrase[], locale: Locale): string {
  const key = `${locale}${JSON.stringify(phrases)}`;
  const known = explanations.get(key);
  if (known !== undefined) return known;
  const text = phrases.map((phrase) => phraseText(phrase, locale)).join(" ");
  if (explanations.size >= EXPLANATIONS_KEPT) explanations.clear();
  explanations.set(key, text);
  return text;
}
