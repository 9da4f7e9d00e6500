// Writes a match score's reasons (app/domain/scoring-text.ts) in the reader's language:
// codes become names (countries and languages from Intl, topics from the interest.*
// messages, Czech kraje by their Czech names) joined as the language joins a list.
import { krajByCode } from "~/domain/kraje";
import type { CodeList, Explanation } from "~/domain/scoring";
import { countryName, languageName, LANGUAGES, LOCALES, translator, type Locale } from "./index";

const LIST_FORMATS = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Intl.ListFormat(LANGUAGES[locale].intl, { type: "conjunction" }),
  ]),
) as Record<Locale, Intl.ListFormat>;

function name(kind: CodeList["kind"], code: string, locale: Locale): string {
  switch (kind) {
    case "country":
      return countryName(code, locale);
    case "language":
      return languageName(code, locale);
    case "kraj":
      return krajByCode(code)?.cs ?? code;
    case "topic": {
      const label = (translator(locale) as (key: string) => string)(`interest.${code}`);
      // Mid-sentence a topic starts lower-case, except in German, where nouns keep their capital.
      return locale === "de" ? label : label.charAt(0).toLowerCase() + label.slice(1);
    }
  }
}

function isCodeList(value: unknown): value is CodeList {
  return typeof value === "object" && value !== null && "codes" in value;
}

/** One reason's sentences in the reader's language, as one paragraph. */
export function explanationText(explanation: Explanation, locale: Locale): string {
  const t = translator(locale) as (key: string, params?: Record<string, string | number>) => string;
  return explanation
    .map(({ key, values }) => {
      const params: Record<string, string | number> = {};
      for (const [field, value] of Object.entries(values ?? {})) {
        if (!isCodeList(value)) params[field] = value as string | number;
        else if (value.codes.length === 0) params[field] = "—";
        else {
          const names = value.codes.map((code) => name(value.kind, code, locale));
          // Topics are named with "and" inside ("agriculture and land"): a comma keeps them apart.
          params[field] =
            value.kind === "topic" ? names.join(", ") : LIST_FORMATS[locale].format(names);
        }
      }
      return t(key, params);
    })
    .join(" ");
}
