// Which funding calls a pair (or group) of towns may apply to, and why. Pure:
// the rules are data (FundingRules, stored as JSON with the call), every
// verdict comes with its sentences as phrases (./phrase.ts: messages of
// app/i18n/<language>/eligibility.ts), and "today" is passed in.
import { daysBetween } from "./dates";
import { EU_MEMBERS } from "./europe";
import { codes, type Phrase } from "./phrase";

/** A sentence about a call: its state, a condition, a check. */
export type FundingPhrase = Phrase<"funding.state." | "funding.check." | "funding.rule.">;

/** Who may apply. Spolu's towns are all "municipality"; other types come from the calls. */
export const APPLICANT_TYPES = [
  "municipality",
  "region",
  "ngo",
  "school",
  "business",
  "individual",
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/**
 * Parts of Europe as funding programmes name them (EUKI: "central, eastern,
 * south-eastern and southern Europe"). The programmes publish no country list
 * for these words; this grouping follows EuroVoc's "Central and Eastern
 * Europe" (which counts the Baltic states) and the UN's southern Europe.
 */
export const EUROPE_REGIONS = [
  "central",
  "eastern",
  "south-eastern",
  "southern",
  "western",
  "northern",
] as const;
export type EuropeRegion = (typeof EUROPE_REGIONS)[number];

const REGION_COUNTRIES: Record<EuropeRegion, readonly string[]> = {
  central: ["AT", "CH", "CZ", "DE", "HU", "LI", "PL", "SI", "SK"],
  eastern: ["AM", "AZ", "BY", "EE", "GE", "LT", "LV", "MD", "RU", "UA"],
  "south-eastern": ["AL", "BA", "BG", "CY", "GR", "HR", "ME", "MK", "RO", "RS", "TR", "XK"],
  southern: ["AD", "ES", "GI", "IT", "MT", "PT", "SM", "VA"],
  western: ["BE", "FR", "GB", "GG", "IE", "IM", "JE", "LU", "MC", "NL"],
  northern: ["AX", "DK", "FI", "FO", "IS", "NO", "SE", "SJ"],
};

const REGION_OF = new Map<string, EuropeRegion>(
  EUROPE_REGIONS.flatMap((region) => REGION_COUNTRIES[region].map((c) => [c, region] as const)),
);

export function regionOf(country: string): EuropeRegion | undefined {
  return REGION_OF.get(country);
}

const EU = new Set<string>(EU_MEMBERS);

export const MAX_MIN_COUNTRIES = 10;

/**
 * A call's conditions. Empty lists mean "no condition". `leadCountries`: one
 * town (the applicant) must be from these; `partnerCountries`: every other
 * town must be from these. Read from the stored JSON by `parseRules`
 * (./eligibility.server.ts, which keeps zod out of the browser).
 */
export interface FundingRules {
  leadCountries: string[];
  partnerCountries: string[];
  euMember: boolean;
  regions: EuropeRegion[];
  minCountries: number;
  applicantTypes: ApplicantType[];
}

export interface Town {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Spolu's towns are municipalities. */
  kind?: ApplicantType;
}

export interface CallDates {
  opensOn: string | null;
  /** Null: open until the money runs out. */
  deadline: string | null;
}

export type CallState = "upcoming" | "open" | "closed";

export type RuleName =
  "none" | "lead" | "partners" | "euMember" | "regions" | "minCountries" | "applicantTypes";

export interface RuleCheck {
  rule: RuleName;
  met: boolean;
  text: FundingPhrase;
}

export interface Eligibility {
  /** All conditions met (whether or not the call is open now). */
  eligible: boolean;
  state: CallState;
  stateText: FundingPhrase;
  /** Eligible and not closed: worth showing to the pair. */
  fits: boolean;
  checks: RuleCheck[];
}

const label = (town: Town) => `${town.name} (${town.country})`;
const towns = (list: readonly Town[]) => codes("name", list.map(label));
const countries = (list: readonly string[], join: "and" | "or" = "or") =>
  codes("country", list, join);
/** A day (YYYY-MM-DD) as the messages' date arguments take it: noon UTC, the same day in Europe. */
const day = (value: string) => new Date(`${value}T12:00:00Z`);

export function callState(
  call: CallDates,
  today: string,
): { state: CallState; text: FundingPhrase } {
  if (call.opensOn && call.opensOn > today) {
    return {
      state: "upcoming",
      text: { key: "funding.state.upcoming", values: { opens: day(call.opensOn) } },
    };
  }
  if (!call.deadline) return { state: "open", text: { key: "funding.state.noDeadline" } };
  const deadline = day(call.deadline);
  if (call.deadline < today) {
    return { state: "closed", text: { key: "funding.state.closed", values: { deadline } } };
  }
  const days = daysBetween(today, call.deadline);
  return {
    state: "open",
    text:
      days === 0
        ? { key: "funding.state.lastDay", values: { deadline } }
        : { key: "funding.state.open", values: { deadline, days } },
  };
}

function applicantTypeCheck(rules: FundingRules, group: readonly Town[]): RuleCheck | null {
  if (rules.applicantTypes.length === 0) return null;
  const kinds = [...new Set(group.map((t) => t.kind ?? "municipality"))];
  const missing = kinds.filter((k) => !rules.applicantTypes.includes(k));
  const allowed = codes("applicantType", rules.applicantTypes, "or");
  if (missing.length === 0) {
    return {
      rule: "applicantTypes",
      met: true,
      text: { key: "funding.check.applicants.met", values: { allowed } },
    };
  }
  return {
    rule: "applicantTypes",
    met: false,
    text: {
      key: "funding.check.applicants.unmet",
      values: { allowed, kinds: codes("applicantType", missing) },
    },
  };
}

/** Lead and partner countries: some town may apply and every other one is an allowed partner. */
function countryChecks(rules: FundingRules, group: readonly Town[]): RuleCheck[] {
  const { leadCountries: lead, partnerCountries: partner } = rules;
  if (lead.length === 0 && partner.length === 0) return [];
  const leads = group.filter((t) => lead.length === 0 || lead.includes(t.country));
  const first = leads[0];
  const checks: RuleCheck[] = [];
  if (lead.length > 0) {
    checks.push(
      first
        ? {
            rule: "lead",
            met: true,
            text: {
              key: "funding.check.lead.met",
              values: { town: label(first), countries: countries(lead) },
            },
          }
        : {
            rule: "lead",
            met: false,
            text: { key: "funding.check.lead.unmet", values: { countries: countries(lead) } },
          },
    );
  }
  if (partner.length === 0 || !first) return checks;
  // The lead that leaves the fewest towns outside the partner countries.
  const outsidersFor = (chosen: Town) =>
    group.filter((t) => t !== chosen && !partner.includes(t.country));
  const best = leads
    .map((chosen) => ({ chosen, outsiders: outsidersFor(chosen) }))
    .reduce((a, b) => (b.outsiders.length < a.outsiders.length ? b : a), {
      chosen: first,
      outsiders: outsidersFor(first),
    });
  const partners = group.filter((t) => t !== best.chosen);
  if (best.outsiders.length === 0) {
    checks.push({
      rule: "partners",
      met: true,
      text: {
        key: "funding.check.partners.met",
        values: { towns: towns(partners), countries: countries(partner) },
      },
    });
  } else {
    // One town or several: the verb agrees ("is" / "are").
    const out = {
      towns: towns(best.outsiders),
      amount: best.outsiders.length === 1 ? "one" : "several",
    };
    checks.push({
      rule: "partners",
      met: false,
      text:
        lead.length > 0
          ? {
              key: "funding.check.partners.unmetPair",
              values: { ...out, lead: countries(lead), partner: countries(partner) },
            }
          : {
              key: "funding.check.partners.unmet",
              values: { ...out, partner: countries(partner) },
            },
    });
  }
  return checks;
}

function euCheck(rules: FundingRules, group: readonly Town[]): RuleCheck | null {
  if (!rules.euMember) return null;
  // Name the partner rather than the Czech applicant when both are members.
  const member = [...group].reverse().find((t) => EU.has(t.country));
  return member
    ? {
        rule: "euMember",
        met: true,
        text: { key: "funding.check.eu.met", values: { town: label(member) } },
      }
    : { rule: "euMember", met: false, text: { key: "funding.check.eu.unmet" } };
}

function regionCheck(rules: FundingRules, group: readonly Town[]): RuleCheck | null {
  if (rules.regions.length === 0) return null;
  const outside = group.filter((t) => {
    const region = regionOf(t.country);
    return !region || !rules.regions.includes(region);
  });
  if (outside.length === 0) {
    return {
      rule: "regions",
      met: true,
      text: {
        key: "funding.check.regions.met",
        values: { towns: towns(group), areas: codes("europeRegion", rules.regions) },
      },
    };
  }
  const where = outside.map((t): FundingPhrase => ({
    key: "funding.check.regions.where",
    values: { town: label(t), area: codes("europeRegion", [regionOf(t.country) ?? "outside"]) },
  }));
  return {
    rule: "regions",
    met: false,
    text: {
      key: "funding.check.regions.unmet",
      values: { areas: codes("europeRegion", rules.regions, "or"), where: { phrases: where } },
    },
  };
}

function minCountriesCheck(rules: FundingRules, group: readonly Town[]): RuleCheck | null {
  if (rules.minCountries <= 1) return null;
  const count = new Set(group.map((t) => t.country)).size;
  const met = count >= rules.minCountries;
  const values = { count, min: rules.minCountries };
  return {
    rule: "minCountries",
    met,
    text: met
      ? { key: "funding.check.minCountries.met", values }
      : { key: "funding.check.minCountries.unmet", values },
  };
}

/**
 * The verdict for a pair or group of towns (the Czech municipality first by
 * convention). Every rule that applies gives one sentence, met or not.
 */
export function checkEligibility(
  call: CallDates & { rules: FundingRules },
  group: readonly Town[],
  today: string,
): Eligibility {
  const { rules } = call;
  const checks = [
    applicantTypeCheck(rules, group),
    ...countryChecks(rules, group),
    euCheck(rules, group),
    regionCheck(rules, group),
    minCountriesCheck(rules, group),
  ].filter((c): c is RuleCheck => c !== null);
  if (checks.length === 0)
    checks.push({ rule: "none", met: true, text: { key: "funding.check.none" } });
  const eligible = checks.every((c) => c.met);
  const { state, text } = callState(call, today);
  return { eligible, state, stateText: text, fits: eligible && state !== "closed", checks };
}

/** Could a Czech municipality and a town of `country` apply together? (The /funding filter.) */
export function allowsCzechPairWith(
  call: CallDates & { rules: FundingRules },
  country: string,
): boolean {
  const group: Town[] = [
    { name: "CZ", country: "CZ" },
    { name: country, country },
  ];
  return checkEligibility(call, group, "0000-01-01").eligible;
}

/**
 * The /funding and /api/funding filters: a call without themes is open to
 * every topic; `country` keeps calls a Czech town may apply to with a partner there.
 */
export function callMatchesFilters(
  call: CallDates & { rules: FundingRules; themes: readonly string[] },
  filters: { topic?: string | null; country?: string | null },
): boolean {
  return (
    (!filters.topic || call.themes.length === 0 || call.themes.includes(filters.topic)) &&
    (!filters.country || allowsCzechPairWith(call, filters.country))
  );
}

/** The conditions in words, for a call's card ("Applicants from: Czechia"). */
export function describeRules(rules: FundingRules): FundingPhrase[] {
  const out: FundingPhrase[] = [];
  if (rules.applicantTypes.length > 0)
    out.push({
      key: "funding.rule.applicants",
      values: { types: codes("applicantType", rules.applicantTypes) },
    });
  if (rules.leadCountries.length > 0)
    out.push({ key: "funding.rule.lead", values: { countries: countries(rules.leadCountries) } });
  if (rules.partnerCountries.length > 0)
    out.push({
      key: "funding.rule.partners",
      values: { countries: countries(rules.partnerCountries) },
    });
  if (rules.euMember) out.push({ key: "funding.rule.eu" });
  if (rules.regions.length > 0)
    out.push({
      key: "funding.rule.areas",
      values: { areas: codes("europeRegion", rules.regions) },
    });
  if (rules.minCountries > 1)
    out.push({ key: "funding.rule.minCountries", values: { min: rules.minCountries } });
  if (out.length === 0) out.push({ key: "funding.rule.none" });
  return out;
}
