// Funding calls and events as open data: one explicit whitelist per entity
// (snake_case, stable), like the offers' in ./records.ts; typed by the schemas
// /api/openapi.json publishes. Pure.
import { daysBetween } from "~/domain/dates";
import { callState } from "~/domain/eligibility";
import type { EventView, FundingCallView } from "~/models/funding.server";
import type { ApiEvent, ApiFundingCall } from "./schemas.server";

export type { ApiEvent, ApiFundingCall } from "./schemas.server";

export function fundingCallToApi(call: FundingCallView, today: string): ApiFundingCall {
  const { state } = callState(call, today);
  return {
    id: call.id,
    slug: call.slug,
    programme: call.programme,
    title_cs: call.title.cs,
    title_en: call.title.en,
    summary_cs: call.summary.cs,
    summary_en: call.summary.en,
    url: call.url,
    opens_on: call.opensOn,
    deadline: call.deadline,
    state,
    days_left: state === "open" && call.deadline ? daysBetween(today, call.deadline) : null,
    themes: [...call.themes],
    rules: {
      applicant_countries: [...call.rules.leadCountries],
      partner_countries: [...call.rules.partnerCountries],
      eu_member_required: call.rules.euMember,
      regions: [...call.rules.regions],
      min_countries: call.rules.minCountries,
      applicant_types: [...call.rules.applicantTypes],
    },
  };
}

export function eventToApi(event: EventView): ApiEvent {
  return {
    id: event.id,
    slug: event.slug,
    title_cs: event.title.cs,
    title_en: event.title.en,
    summary_cs: event.summary.cs,
    summary_en: event.summary.en,
    starts_on: event.startsOn,
    ends_on: event.endsOn,
    city: event.city,
    country: event.country,
    url: event.url,
  };
}
