import type { LoaderFunctionArgs } from "@remix-run/node";
import { pragueDay } from "~/domain/dates";
import { callMatchesFilters, callState } from "~/domain/eligibility";
import { listFundingCalls } from "~/models/funding.server";
import { getDb } from "~/utils/db.server";
import { fundingCallToApi } from "~/features/open-data/funding";
import { byUrgency } from "~/features/funding/view.server";
import { pagedAnswer, parseFundingFilters } from "~/features/open-data/endpoint.server";

// GET /api/funding?state=&topic=&country=&page=&per_page= — funding calls with
// their eligibility rules as data; `country` keeps the calls a Czech
// municipality may apply to with a partner from that country (docs/api.md).
export async function loader({ request }: LoaderFunctionArgs) {
  const today = pragueDay();
  return pagedAnswer(request, parseFundingFilters, async (filters, page) => {
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
