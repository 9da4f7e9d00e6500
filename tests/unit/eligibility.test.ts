import { describe, expect, it } from "vitest";
import {
  allowsCzechPairWith,
  callState,
  checkEligibility,
  describeRules,
  type Town,
} from "~/domain/eligibility";
import { FundingRulesSchema, parseRules } from "~/domain/eligibility.server";
import { NEWS_FUNDING_CALLS } from "../../db/seed-data/news";
import { LOCALES } from "~/i18n";
import { phraseText } from "~/i18n/phrases.server";
import { inCs, inEn } from "../support/phrases";

// The seed calls exactly as seeding stores them (rules through JSON).
function seedCall(slug: string) {
  const call = NEWS_FUNDING_CALLS.find((c) => c.slug === slug);
  if (!call) throw new Error(`no seed call ${slug}`);
  return {
    opensOn: call.opensOn,
    deadline: call.deadline,
    rules: parseRules(JSON.stringify(call.rules)),
  };
}

const slavonice: Town = { name: "Slavonice", country: "CZ" };
const kutnaHora: Town = { name: "Kutná Hora", country: "CZ" };
const kristiansand: Town = { name: "Kristiansand", country: "NO" };
const wolomin: Town = { name: "Wołomin", country: "PL" };
const montefranco: Town = { name: "Montefranco", country: "IT" };
const lutsk: Town = { name: "Luck", country: "UA" };
const reykjavik: Town = { name: "Reykjavík", country: "IS" };

// A day while the 2020 calls were open, and one long after.
const SPRING_2020 = "2020-01-15";
const TODAY = "2026-12-03";

describe("Norway Grants bilateral fund", () => {
  const call = seedCall("norway-grants-bilateral-fund-2020");

  it("takes a Czech–Norwegian pair", () => {
    const result = checkEligibility(call, [slavonice, kristiansand], SPRING_2020);
    expect(result.eligible).toBe(true);
    expect(result.fits).toBe(true);
    expect(result.checks.map((c) => c.rule)).toEqual(["lead", "partners", "minCountries"]);
    expect(result.checks.every((c) => c.met)).toBe(true);
    expect(inEn(result.checks[0]?.text)).toBe(
      "Slavonice (CZ) can apply (applicants from Czechia): rule met.",
    );
  });

  it("refuses a Czech–Polish pair and says why in both languages", () => {
    const result = checkEligibility(call, [slavonice, wolomin], SPRING_2020);
    expect(result.eligible).toBe(false);
    const partners = result.checks.find((c) => c.rule === "partners");
    expect(partners?.met).toBe(false);
    expect(inEn(partners?.text)).toBe(
      "This call is for Czechia + Norway pairs only; Wołomin (PL) is not eligible.",
    );
    expect(inCs(partners?.text)).toBe(
      "Výzva je jen pro dvojice Česko + Norsko; Wołomin (PL) do ní nepatří.",
    );
  });

  it("refuses two Czech towns: no Norwegian partner and only one country", () => {
    const result = checkEligibility(call, [slavonice, kutnaHora], SPRING_2020);
    expect(result.eligible).toBe(false);
    expect(result.checks.filter((c) => !c.met).map((c) => c.rule)).toEqual([
      "partners",
      "minCountries",
    ]);
  });

  it("refuses a pair without a Czech applicant", () => {
    const result = checkEligibility(call, [kristiansand, reykjavik], SPRING_2020);
    expect(result.checks.find((c) => c.rule === "lead")).toMatchObject({ met: false });
  });

  it("finds the lead in a group whatever the order", () => {
    const result = checkEligibility(call, [kristiansand, slavonice], SPRING_2020);
    expect(result.eligible).toBe(true);
  });

  it("is closed after 25 June 2020, with the date", () => {
    const result = checkEligibility(call, [slavonice, kristiansand], TODAY);
    expect(result.eligible).toBe(true);
    expect(result.state).toBe("closed");
    expect(result.fits).toBe(false);
    expect(inEn(result.stateText)).toBe("Closed: the deadline was 25 June 2020.");
    expect(inCs(result.stateText)).toBe("Uzavřeno: termín byl 25. června 2020.");
  });
});

describe("EUKI", () => {
  const call = seedCall("euki-2020");

  it.each([
    ["Poland", wolomin],
    ["Italy", montefranco],
    ["Ukraine", lutsk],
  ])("takes a Czech town with a partner in %s", (_, partner) => {
    expect(checkEligibility(call, [slavonice, partner], SPRING_2020).eligible).toBe(true);
  });

  it("refuses a partner in northern Europe and names its region", () => {
    const result = checkEligibility(call, [slavonice, kristiansand], SPRING_2020);
    expect(result.eligible).toBe(false);
    const regions = result.checks.find((c) => c.rule === "regions");
    expect(regions?.met).toBe(false);
    expect(inEn(regions?.text)).toContain("Kristiansand (NO): northern Europe");
    expect(inCs(regions?.text)).toContain("Kristiansand (NO): severní Evropa");
  });

  it("lets municipalities apply", () => {
    const result = checkEligibility(call, [slavonice, wolomin], SPRING_2020);
    expect(result.checks.find((c) => c.rule === "applicantTypes")).toMatchObject({ met: true });
  });

  it("was open in January 2020 with the days counted down", () => {
    const { text } = callState(call, SPRING_2020);
    expect(inCs(text)).toBe("Otevřeno do 18. února 2020: zbývá 34 dní.");
    expect(inEn(text)).toBe("Open until 18 February 2020: 34 days left.");
    // Each language writes the date its way and counts the days with its plural forms.
    expect(phraseText(text, "de")).toContain("18. Februar 2020");
    expect(phraseText(text, "pl")).toContain("34 dni");
    expect(phraseText(text, "uk")).toContain("34 дні");
    for (const locale of LOCALES) expect(phraseText(text, locale)).not.toMatch(/[{}]/);
  });
});

describe("the other seed calls", () => {
  it("CLRAE is for individuals, not municipalities", () => {
    const result = checkEligibility(
      seedCall("clrae-youth-2020"),
      [slavonice, wolomin],
      SPRING_2020,
    );
    expect(result.eligible).toBe(false);
    expect(inEn(result.checks[0]?.text)).toBe(
      "This call is for individuals, not for municipalities.",
    );
  });

  it("Europe Goes Local has no deadline and stays open", () => {
    const result = checkEligibility(seedCall("europe-goes-local"), [slavonice, wolomin], TODAY);
    expect(result).toMatchObject({ eligible: true, state: "open", fits: true });
    expect(inEn(result.stateText)).toContain("no fixed deadline");
  });
});

describe("rules", () => {
  it("says so when a call sets none", () => {
    const result = checkEligibility(
      { opensOn: null, deadline: null, rules: parseRules("{}") },
      [slavonice, wolomin],
      TODAY,
    );
    expect(result.checks).toEqual([expect.objectContaining({ rule: "none", met: true })]);
  });

  it("needs one EU member and names the partner that is one", () => {
    const call = { opensOn: null, deadline: null, rules: parseRules('{"euMember":true}') };
    const met = checkEligibility(call, [slavonice, wolomin], TODAY).checks[0];
    expect(inEn(met?.text)).toBe("Wołomin (PL) is an EU member: rule met.");
    expect(inCs(met?.text)).toBe("Wołomin (PL) je z členského státu EU: podmínka splněna.");
    const unmet = checkEligibility(call, [kristiansand, lutsk], TODAY);
    expect(unmet.eligible).toBe(false);
  });

  it("takes a Czech partner plus one from Norway, Iceland or Liechtenstein", () => {
    const call = {
      opensOn: null,
      deadline: null,
      rules: parseRules('{"leadCountries":["CZ"],"partnerCountries":["NO","IS","LI"]}'),
    };
    expect(checkEligibility(call, [slavonice, reykjavik], TODAY).eligible).toBe(true);
    expect(checkEligibility(call, [slavonice, reykjavik, kristiansand], TODAY).eligible).toBe(true);
    expect(checkEligibility(call, [slavonice, reykjavik, wolomin], TODAY).eligible).toBe(false);
  });

  it("counts distinct countries for a group", () => {
    const call = { opensOn: null, deadline: null, rules: parseRules('{"minCountries":3}') };
    expect(checkEligibility(call, [slavonice, wolomin, montefranco], TODAY).eligible).toBe(true);
    expect(checkEligibility(call, [slavonice, kutnaHora, wolomin], TODAY).eligible).toBe(false);
  });

  it("reads the first seed's requiredCountries as the applicant countries", () => {
    expect(parseRules('{"requiredCountries":["CZ"]}').leadCountries).toEqual(["CZ"]);
  });

  it("treats unreadable stored rules as none rather than failing the page", () => {
    expect(parseRules("not json").leadCountries).toEqual([]);
    expect(parseRules('{"minCountries":"many"}').minCountries).toBe(1);
  });

  it("refuses unknown countries and regions in the schema", () => {
    expect(FundingRulesSchema.safeParse({ leadCountries: ["XX"] }).success).toBe(false);
    expect(FundingRulesSchema.safeParse({ regions: ["atlantis"] }).success).toBe(false);
  });
});

describe("call state", () => {
  const dates = { opensOn: "2027-01-10", deadline: "2027-03-01" };
  it("is upcoming before it opens", () => {
    expect(callState(dates, TODAY)).toMatchObject({ state: "upcoming" });
  });
  it("says when today is the last day", () => {
    expect(inEn(callState(dates, "2027-03-01").text)).toBe(
      "Open until 1 March 2027: today is the last day.",
    );
  });
  it("uses Czech plural forms for the days left", () => {
    expect(inCs(callState(dates, "2027-02-28").text)).toContain("zbývá 1 den");
    expect(inCs(callState(dates, "2027-02-26").text)).toContain("zbývají 3 dny");
  });
});

describe("the /funding country filter", () => {
  const norway = seedCall("norway-grants-bilateral-fund-2020");
  it("asks whether a Czech town may team up with a town of that country", () => {
    expect(allowsCzechPairWith(norway, "NO")).toBe(true);
    expect(allowsCzechPairWith(norway, "PL")).toBe(false);
  });
});

describe("describeRules", () => {
  it("puts the Norway Grants conditions in words", () => {
    const rules = seedCall("norway-grants-bilateral-fund-2020").rules;
    expect(describeRules(rules).map((t) => inEn(t))).toEqual([
      "Applicant from Czechia.",
      "Partners from Norway.",
      "Partners from at least 2 countries.",
    ]);
  });
  it("says when there are none", () => {
    expect(inCs(describeRules(parseRules("{}"))[0])).toBe("Bez podmínek na země a typ žadatele.");
  });
});
