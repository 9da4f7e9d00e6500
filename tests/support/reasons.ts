// A score's reason as a reader sees it, for tests that check the sentences.
import type { Explanation } from "~/domain/scoring";
import { explanationText } from "~/i18n/reasons";

export const inCs = (reason: { text: Explanation }) => explanationText(reason.text, "cs");
export const inEn = (reason: { text: Explanation }) => explanationText(reason.text, "en");
