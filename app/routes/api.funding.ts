import type { LoaderFunctionArgs } from "@remix-run/node";
import { pragueDay } from "~/domain/dates";
import { callMatchesFilters, callState, type CallState } from "~/domain/eligibility";
import { isEuropeanCountry } from "~/domain/europe";
import { isInterestCode } from "~/domain/interests";
import { translator } from "~/i18n";
import type { Locale } from "../../db/schema";
import { listFundingCalls } from "~/models/funding.server";
import { getDb } from "~/utils/db.server";
import { fundingCallToApi } from "~/utils/funding-api";
import { byUrgency } from "~/utils/funding-view.server";
import { pagedAnswer } from "~/utils/open-data.server";

const STATES: readonly CallState[] = ["open", "upcoming", "closed"];

interface Filters {
  state?: CallState;
  topic?: string;
  country?: string;
}

function parseFilters(params: URLSearchParams, locale: Locale) {
  const t = translator(locale);
  const state = params.get("state")?.trim() || undefined;
  const topic = params.get("topic")?.trim() || undefined;
  const country = params.get("country")?.trim().toUpperCase() || undefined;
  const errors: Record<string, string> = {};
  if (state && !STATES.includes(state as CallState))
    errors.state = t("api.error.state", { value: state.slice(0, 20) });
  if (topic && !isInterestCode(topic))
    errors.topic = t("api.error.topic", { values: topic.slice(0, 40) });
  if (country && !isEuropeanCountry(country))
    errors.country = t("api.error.country", { values: country.slice(0, 20) });
  return { filters: { state, topic, country } as Filters, errors };
}

// GET /api/funding?state=&topic=&country=&page=&per_page= — funding calls with
// their eligibility rules as data; `country` keeps the calls a Czech
// municipality may apply to with a partner from that country (docs/api.md).
export async function loader({ request }: LoaderFunctionArgs) {
  const today = pragueDay();
  return pagedAnswer(request, parseFilters, async (filters, page) => {
    const calls = (await listFundingCalls(getDb()))
      .map((call) => ({ call, state: callState(call, today).state, deadline: call.deadline }))
      .filter(
        ({ call, state }) =>
          (!filters.state || state === filters.state) && callMatchesFilters(call, filters),
      )
      .sort(byUrgency);
    return {
      items: calls
        .slice(page.offset, page.offset + page.limit)
        .map(({ call }) => fundingCallToApi(call, today)),
      total: calls.length,
    };
  });
}
