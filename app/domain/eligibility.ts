// Which funding calls a pair (or group) of towns may apply to, and why. Pure:
// the rules are data (FundingRules, stored as JSON with the call), every
// verdict comes with sentences in Czech and English, and "today" is passed in.
// Czech sentences avoid declining country names ("z Norska"): Intl only gives
// the nominative, so they name countries after a colon or in "zemi X".
import { EU_MEMBERS } from "./europe";

export interface Text {
  cs: string;
  en: string;
}
type Lang = keyof Text;

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

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, Text> = {
  municipality: { cs: "obce a města", en: "municipalities" },
  region: { cs: "kraje a regiony", en: "regions" },
  ngo: { cs: "neziskové organizace", en: "NGOs" },
  school: { cs: "školy a vzdělávací instituce", en: "schools and educational institutions" },
  business: { cs: "firmy", en: "businesses" },
  individual: { cs: "jednotlivci", en: "individuals" },
};

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

export const EUROPE_REGION_LABELS: Record<EuropeRegion, Text> = {
  central: { cs: "střední Evropa", en: "central Europe" },
  eastern: { cs: "východní Evropa", en: "eastern Europe" },
  "south-eastern": { cs: "jihovýchodní Evropa", en: "south-eastern Europe" },
  southern: { cs: "jižní Evropa", en: "southern Europe" },
  western: { cs: "západní Evropa", en: "western Europe" },
  northern: { cs: "severní Evropa", en: "northern Europe" },
};

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
  text: Text;
}

export interface Eligibility {
  /** All conditions met (whether or not the call is open now). */
  eligible: boolean;
  state: CallState;
  stateText: Text;
  /** Eligible and not closed: worth showing to the pair. */
  fits: boolean;
  checks: RuleCheck[];
}

const regionNames = {
  cs: new Intl.DisplayNames(["cs"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};
const listFormat = {
  cs: { and: new Intl.ListFormat("cs"), or: new Intl.ListFormat("cs", { type: "disjunction" }) },
  en: { and: new Intl.ListFormat("en"), or: new Intl.ListFormat("en", { type: "disjunction" }) },
};
const dateFormat = {
  cs: new Intl.DateTimeFormat("cs-CZ", { dateStyle: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }),
};

const countryName = (lang: Lang, code: string) => regionNames[lang].of(code) ?? code;
const countries = (lang: Lang, codes: readonly string[], join: "and" | "or" = "or") =>
  listFormat[lang][join].format(codes.map((c) => countryName(lang, c)));
const label = (town: Town) => `${town.name} (${town.country})`;
const towns = (lang: Lang, list: readonly Town[]) => listFormat[lang].and.format(list.map(label));
export const formatDay = (lang: Lang, day: string) =>
  dateFormat[lang].format(new Date(`${day}T12:00:00Z`));

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 1 den, 2–4 dny, 5 dní. */
function czechDays(n: number): string {
  if (n === 1) return "1 den";
  if (n >= 2 && n <= 4) return `${n} dny`;
  return `${n} dní`;
}

export function callState(call: CallDates, today: string): { state: CallState; text: Text } {
  if (call.opensOn && call.opensOn > today) {
    return {
      state: "upcoming",
      text: {
        cs: `Výzva se otevře ${formatDay("cs", call.opensOn)}.`,
        en: `The call opens on ${formatDay("en", call.opensOn)}.`,
      },
    };
  }
  if (!call.deadline) {
    return {
      state: "open",
      text: {
        cs: "Otevřeno bez pevného termínu (do vyčerpání prostředků).",
        en: "Open with no fixed deadline (until the money runs out).",
      },
    };
  }
  if (call.deadline < today) {
    return {
      state: "closed",
      text: {
        cs: `Uzavřeno: termín byl ${formatDay("cs", call.deadline)}.`,
        en: `Closed: the deadline was ${formatDay("en", call.deadline)}.`,
      },
    };
  }
  const left = daysBetween(today, call.deadline);
  return {
    state: "open",
    text:
      left === 0
        ? {
            cs: `Otevřeno do ${formatDay("cs", call.deadline)}: dnes je poslední den.`,
            en: `Open until ${formatDay("en", call.deadline)}: today is the last day.`,
          }
        : {
            cs: `Otevřeno do ${formatDay("cs", call.deadline)}: zbývá ${czechDays(left)}.`,
            en: `Open until ${formatDay("en", call.deadline)}: ${left} day${left === 1 ? "" : "s"} left.`,
          },
  };
}

const both = (make: (lang: Lang) => string): Text => ({ cs: make("cs"), en: make("en") });

function applicantTypeCheck(rules: FundingRules, group: readonly Town[]): RuleCheck | null {
  if (rules.applicantTypes.length === 0) return null;
  const kinds = [...new Set(group.map((t) => t.kind ?? "municipality"))];
  const missing = kinds.filter((k) => !rules.applicantTypes.includes(k));
  const allowed = (lang: Lang) =>
    listFormat[lang].or.format(rules.applicantTypes.map((k) => APPLICANT_TYPE_LABELS[k][lang]));
  if (missing.length === 0) {
    return {
      rule: "applicantTypes",
      met: true,
      text: {
        cs: `Žádat mohou ${allowed("cs")}: podmínka splněna.`,
        en: `${capitalize(allowed("en"))} may apply: rule met.`,
      },
    };
  }
  const kindList = (lang: Lang) =>
    listFormat[lang].and.format(missing.map((k) => APPLICANT_TYPE_LABELS[k][lang]));
  return {
    rule: "applicantTypes",
    met: false,
    text: {
      cs: `Výzva je určena pro: ${allowed("cs")}; ${kindList("cs")} žádat nemohou.`,
      en: `This call is for ${allowed("en")}, not for ${kindList("en")}.`,
    },
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
              cs: `${label(first)} může podat žádost (země žadatele: ${countries("cs", lead)}): podmínka splněna.`,
              en: `${label(first)} can apply (applicants from ${countries("en", lead)}): rule met.`,
            },
          }
        : {
            rule: "lead",
            met: false,
            text: {
              cs: `Žádné z měst nemůže podat žádost: žadatel musí být ze země ${countries("cs", lead)}.`,
              en: `None of the towns can apply: the applicant must be from ${countries("en", lead)}.`,
            },
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
  const pairName = (lang: Lang) =>
    lead.length > 0
      ? `${countries(lang, lead)} + ${countries(lang, partner)}`
      : countries(lang, partner);
  if (best.outsiders.length === 0) {
    checks.push({
      rule: "partners",
      met: true,
      text: {
        cs: `${towns("cs", partners)}: partner ze země ${countries("cs", partner)}, podmínka splněna.`,
        en: `${towns("en", partners)}: a partner from ${countries("en", partner)}, rule met.`,
      },
    });
  } else {
    const out = best.outsiders;
    checks.push({
      rule: "partners",
      met: false,
      text: {
        cs:
          lead.length > 0
            ? `Výzva je jen pro dvojice ${pairName("cs")}; ${towns("cs", out)} do ní nepatří.`
            : `Výzva je jen pro partnery ze země ${pairName("cs")}; ${towns("cs", out)} do ní nepatří.`,
        en:
          lead.length > 0
            ? `This call is for ${pairName("en")} pairs only; ${towns("en", out)} ${out.length === 1 ? "is" : "are"} not eligible.`
            : `This call is for partners from ${pairName("en")} only; ${towns("en", out)} ${out.length === 1 ? "is" : "are"} not eligible.`,
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
        text: {
          cs: `${label(member)} je z členského státu EU: podmínka splněna.`,
          en: `${label(member)} is an EU member: rule met.`,
        },
      }
    : {
        rule: "euMember",
        met: false,
        text: {
          cs: "Alespoň jeden partner musí být z členského státu EU; žádné z měst není.",
          en: "At least one partner must be from an EU member state; none of the towns is.",
        },
      };
}

function regionCheck(rules: FundingRules, group: readonly Town[]): RuleCheck | null {
  if (rules.regions.length === 0) return null;
  const regionList = (lang: Lang, join: "and" | "or") =>
    listFormat[lang][join].format(rules.regions.map((r) => EUROPE_REGION_LABELS[r][lang]));
  const outside = group.filter((t) => {
    const region = regionOf(t.country);
    return !region || !rules.regions.includes(region);
  });
  if (outside.length === 0) {
    return {
      rule: "regions",
      met: true,
      text: {
        cs: `${towns("cs", group)} leží v oblasti výzvy (${regionList("cs", "and")}): podmínka splněna.`,
        en: `${towns("en", group)} lie in the call's area (${regionList("en", "and")}): rule met.`,
      },
    };
  }
  const where = (lang: Lang) =>
    outside
      .map((t) => {
        const region = regionOf(t.country);
        return region
          ? `${label(t)}: ${EUROPE_REGION_LABELS[region][lang]}`
          : `${label(t)}: ${lang === "cs" ? "mimo Evropu" : "outside Europe"}`;
      })
      .join(", ");
  return {
    rule: "regions",
    met: false,
    text: {
      cs: `Výzva podporuje jen oblast: ${regionList("cs", "or")} (${where("cs")}).`,
      en: `This call covers only ${regionList("en", "and")} (${where("en")}).`,
    },
  };
}

function minCountriesCheck(rules: FundingRules, group: readonly Town[]): RuleCheck | null {
  if (rules.minCountries <= 1) return null;
  const distinct = new Set(group.map((t) => t.country)).size;
  const met = distinct >= rules.minCountries;
  return {
    rule: "minCountries",
    met,
    text: met
      ? {
          cs: `Města jsou z ${distinct} zemí, výzva chce alespoň ${rules.minCountries}: podmínka splněna.`,
          en: `The towns are from ${distinct} countries; the call needs at least ${rules.minCountries}: rule met.`,
        }
      : {
          cs: `Výzva chce partnery alespoň z ${rules.minCountries} zemí; tato města jsou z ${distinct}.`,
          en: `This call needs partners from at least ${rules.minCountries} countries; these towns are from ${distinct}.`,
        },
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
  if (checks.length === 0) {
    checks.push({
      rule: "none",
      met: true,
      text: both((lang) =>
        lang === "cs"
          ? "Výzva neklade podmínky na země ani typ žadatele."
          : "This call sets no conditions on countries or applicants.",
      ),
    });
  }
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
export function describeRules(rules: FundingRules): Text[] {
  const out: Text[] = [];
  if (rules.applicantTypes.length > 0) {
    out.push(
      both((lang) =>
        lang === "cs"
          ? `Žadatelé: ${listFormat.cs.and.format(rules.applicantTypes.map((k) => APPLICANT_TYPE_LABELS[k].cs))}.`
          : `Applicants: ${listFormat.en.and.format(rules.applicantTypes.map((k) => APPLICANT_TYPE_LABELS[k].en))}.`,
      ),
    );
  }
  if (rules.leadCountries.length > 0) {
    out.push({
      cs: `Země žadatele: ${countries("cs", rules.leadCountries)}.`,
      en: `Applicant from ${countries("en", rules.leadCountries)}.`,
    });
  }
  if (rules.partnerCountries.length > 0) {
    out.push({
      cs: `Země partnerů: ${countries("cs", rules.partnerCountries)}.`,
      en: `Partners from ${countries("en", rules.partnerCountries)}.`,
    });
  }
  if (rules.euMember) {
    out.push({
      cs: "Alespoň jeden partner z členského státu EU.",
      en: "At least one partner from an EU member state.",
    });
  }
  if (rules.regions.length > 0) {
    out.push({
      cs: `Oblast: ${listFormat.cs.and.format(rules.regions.map((r) => EUROPE_REGION_LABELS[r].cs))}.`,
      en: `Area: ${listFormat.en.and.format(rules.regions.map((r) => EUROPE_REGION_LABELS[r].en))}.`,
    });
  }
  if (rules.minCountries > 1) {
    out.push({
      cs: `Partneři alespoň z ${rules.minCountries} zemí.`,
      en: `Partners from at least ${rules.minCountries} countries.`,
    });
  }
  if (out.length === 0) {
    out.push({
      cs: "Bez podmínek na země a typ žadatele.",
      en: "No conditions on countries or applicants.",
    });
  }
  return out;
}
