import type { eligibilityCs } from "../cs/eligibility";

export const eligibilityEn: Record<keyof typeof eligibilityCs, string> = {
  "funding.applicant.municipality": "municipalities",
  "funding.applicant.region": "regions",
  "funding.applicant.ngo": "NGOs",
  "funding.applicant.school": "schools and educational institutions",
  "funding.applicant.business": "businesses",
  "funding.applicant.individual": "individuals",
  "funding.area.central": "central Europe",
  "funding.area.eastern": "eastern Europe",
  "funding.area.south-eastern": "south-eastern Europe",
  "funding.area.southern": "southern Europe",
  "funding.area.western": "western Europe",
  "funding.area.northern": "northern Europe",
  "funding.area.outside": "outside Europe",
  "funding.state.upcoming": "The call opens on {opens, date, long}.",
  "funding.state.noDeadline": "Open with no fixed deadline (until the money runs out).",
  "funding.state.closed": "Closed: the deadline was {deadline, date, long}.",
  "funding.state.lastDay": "Open until {deadline, date, long}: today is the last day.",
  "funding.state.open":
    "Open until {deadline, date, long}: {days, plural, one {# day} other {# days}} left.",
  "funding.check.applicants.met": "Open to {allowed}: rule met.",
  "funding.check.applicants.unmet": "This call is for {allowed}, not for {kinds}.",
  "funding.check.lead.met": "{town} can apply (applicants from {countries}): rule met.",
  "funding.check.lead.unmet":
    "None of the towns can apply: the applicant must be from {countries}.",
  "funding.check.partners.met": "{towns}: a partner from {countries}, rule met.",
  "funding.check.partners.unmetPair":
    "This call is for {lead} + {partner} pairs only; {towns} {amount, select, one {is} other {are}} not eligible.",
  "funding.check.partners.unmet":
    "This call is for partners from {partner} only; {towns} {amount, select, one {is} other {are}} not eligible.",
  "funding.check.eu.met": "{town} is an EU member: rule met.",
  "funding.check.eu.unmet":
    "At least one partner must be from an EU member state; none of the towns is.",
  "funding.check.regions.met": "{towns} lie in the call’s area ({areas}): rule met.",
  "funding.check.regions.unmet": "This call covers only {areas} ({where}).",
  "funding.check.regions.where": "{town}: {area}",
  "funding.check.minCountries.met":
    "The towns are from {count} countries; the call needs at least {min}: rule met.",
  "funding.check.minCountries.unmet":
    "This call needs partners from at least {min} countries; these towns are from {count}.",
  "funding.check.none": "This call sets no conditions on countries or applicants.",
  "funding.rule.applicants": "Applicants: {types}.",
  "funding.rule.lead": "Applicant from {countries}.",
  "funding.rule.partners": "Partners from {countries}.",
  "funding.rule.eu": "At least one partner from an EU member state.",
  "funding.rule.areas": "Area: {areas}.",
  "funding.rule.minCountries": "Partners from at least {min} countries.",
  "funding.rule.none": "No conditions on countries or applicants.",
};
