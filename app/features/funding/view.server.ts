// Funding calls as pages show them: one language, the state counted from
// today in Prague, the conditions and (for a pair) the verdict in words.
import type { Locale } from "../../../db/schema";
import { daysBetween, pragueDay } from "~/domain/dates";
import {
  callState,
  checkEligibility,
  describeRules,
  type CallState,
  type Town,
} from "~/domain/eligibility";
import type { EventView, FundingCallView } from "~/models/funding.server";
import { countryName } from "~/i18n/countries.server";
import { localText } from "~/i18n";
import type { CallCard, EventCard, PairFit } from "~/components/funding";
import { phraseText } from "~/i18n/phrases.server";

export function callCard(call: FundingCallView, locale: Locale, today = pragueDay()): CallCard {
  const { state, text } = callState(call, today);
  return {
    id: call.id,
    programme: call.programme,
    title: localText(call.title, locale),
    summary: localText(call.summary, locale),
    url: call.url,
    opensOn: call.opensOn,
    deadline: call.deadline,
    daysLeft: state === "open" && call.deadline ? daysBetween(today, call.deadline) : null,
    state,
    stateText: phraseText(text, locale),
    themes: call.themes,
    conditions: describeRules(call.rules).map((t) => phraseText(t, locale)),
  };
}

export function eventCard(event: EventView, locale: Locale): EventCard {
  return {
    id: event.id,
    title: localText(event.title, locale),
    summary: localText(event.summary, locale),
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    place: `${event.city}, ${countryName(event.country, locale)}`,
    url: event.url,
  };
}

/** The calls this pair (or group) may apply to now or soon, each with its reasons. */
export function fitsForPair(
  calls: readonly FundingCallView[],
  group: readonly Town[],
  locale: Locale,
  today = pragueDay(),
): PairFit[] {
  return calls.flatMap((call) => {
    const verdict = checkEligibility(call, group, today);
    if (!verdict.fits) return [];
    return [
      {
        id: call.id,
        programme: call.programme,
        title: localText(call.title, locale),
        url: call.url,
        deadline: call.deadline,
        stateText: phraseText(verdict.stateText, locale),
        checks: verdict.checks.map((c) => ({ met: c.met, text: phraseText(c.text, locale) })),
      },
    ];
  });
}

const STATE_ORDER: Record<CallState, number> = { open: 0, upcoming: 1, closed: 2 };

/**
 * Open calls first, soonest deadline first (no deadline last), then upcoming
 * ones, then the archive with the most recent deadline first.
 */
export function byUrgency(
  a: { state: CallState; deadline: string | null },
  b: { state: CallState; deadline: string | null },
): number {
  if (a.state !== b.state) return STATE_ORDER[a.state] - STATE_ORDER[b.state];
  if (a.state === "closed") return (b.deadline ?? "").localeCompare(a.deadline ?? "");
  return (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999");
}
