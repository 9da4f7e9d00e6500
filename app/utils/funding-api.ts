// Funding calls and events as open data: one explicit whitelist per entity
// (snake_case, stable), like the offers' in open-data.ts. Pure.
import { callState, daysBetween, type CallState } from "~/domain/eligibility";
import type { EventView, FundingCallView } from "~/models/funding.server";

export interface ApiFundingCall {
  id: number;
  slug: string;
  programme: string;
  title_cs: string;
  title_en: string;
  summary_cs: string;
  summary_en: string;
  url: string | null;
  opens_on: string | null;
  deadline: string | null;
  state: CallState;
  days_left: number | null;
  themes: string[];
  rules: {
    applicant_countries: string[];
    partner_countries: string[];
    eu_member_required: boolean;
    regions: string[];
    min_countries: number;
    applicant_types: string[];
  };
}

export interface ApiEvent {
  id: number;
  slug: string;
  title_cs: string;
  title_en: string;
  summary_cs: string;
  summary_en: string;
  starts_on: string;
  ends_on: string;
  city: string;
  country: string;
  url: string | null;
}

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
