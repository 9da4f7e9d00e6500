// Sentences as a reader sees them, for tests that check them: a phrase (a funding check) or
// a match reason's explanation, written in Czech or English.
import type { AnyPhrase } from "~/domain/phrase";
import type { Locale } from "~/i18n";
import { explanationText, phraseText } from "~/i18n/phrases.server";

type Said = AnyPhrase | { text: readonly AnyPhrase[] } | undefined;

function say(said: Said, locale: Locale): string | undefined {
  if (said === undefined) return undefined;
  return "key" in said ? phraseText(said, locale) : explanationText(said.text, locale);
}

export const inCs = (said: Said) => say(said, "cs") as string;
export const inEn = (said: Said) => say(said, "en") as string;
