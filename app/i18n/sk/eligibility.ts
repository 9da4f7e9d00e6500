// The Slovak of ../cs/eligibility.ts.
import type { eligibilityCs } from "../cs/eligibility";

export const eligibilitySk: Record<keyof typeof eligibilityCs, string> = {
  "funding.applicant.municipality": "obce a mestá",
  "funding.applicant.region": "kraje a regióny",
  "funding.applicant.ngo": "neziskové organizácie",
  "funding.applicant.school": "školy a vzdelávacie inštitúcie",
  "funding.applicant.business": "firmy",
  "funding.applicant.individual": "jednotlivci",
  "funding.area.central": "stredná Európa",
  "funding.area.eastern": "východná Európa",
  "funding.area.south-eastern": "juhovýchodná Európa",
  "funding.area.southern": "južná Európa",
  "funding.area.western": "západná Európa",
  "funding.area.northern": "severná Európa",
  "funding.area.outside": "mimo Európy",
  "funding.state.upcoming": "Výzva sa otvorí {opens, date, long}.",
  "funding.state.noDeadline": "Otvorené bez pevného termínu (do vyčerpania prostriedkov).",
  "funding.state.closed": "Uzavreté: uzávierka bola {deadline, date, long}.",
  "funding.state.lastDay": "Otvorené do {deadline, date, long}: dnes je posledný deň.",
  "funding.state.open":
    "Otvorené do {deadline, date, long}: {days, plural, one {zostáva # deň} few {zostávajú # dni} many {zostáva # dňa} other {zostáva # dní}}.",
  "funding.check.applicants.met": "Žiadať môžu {allowed}: podmienka splnená.",
  "funding.check.applicants.unmet": "Výzva je určená pre: {allowed}; {kinds} žiadať nemôžu.",
  "funding.check.lead.met":
    "{town} môže podať žiadosť (krajina žiadateľa: {countries}): podmienka splnená.",
  "funding.check.lead.unmet":
    "Žiadne z miest nemôže podať žiadosť: žiadateľ musí byť z krajiny {countries}.",
  "funding.check.partners.met": "{towns}: partner z krajiny {countries}, podmienka splnená.",
  "funding.check.partners.unmetPair":
    "Výzva je len pre dvojice {lead} + {partner}; {towns} do nej {amount, select, one {nepatrí} other {nepatria}}.",
  "funding.check.partners.unmet":
    "Výzva je len pre partnerov z krajiny {partner}; {towns} do nej {amount, select, one {nepatrí} other {nepatria}}.",
  "funding.check.eu.met": "{town} je z členského štátu EÚ: podmienka splnená.",
  "funding.check.eu.unmet":
    "Aspoň jeden partner musí byť z členského štátu EÚ; žiadne z miest nie je.",
  "funding.check.regions.met": "{towns} ležia v oblasti výzvy ({areas}): podmienka splnená.",
  "funding.check.regions.unmet": "Výzva podporuje len oblasť: {areas} ({where}).",
  "funding.check.regions.where": "{town}: {area}",
  "funding.check.minCountries.met":
    "Mestá sú z {count} krajín, výzva vyžaduje aspoň {min}: podmienka splnená.",
  "funding.check.minCountries.unmet":
    "Výzva vyžaduje partnerov aspoň z {min} krajín; tieto mestá sú z {count}.",
  "funding.check.none": "Výzva nekladie podmienky na krajiny ani typ žiadateľa.",
  "funding.rule.applicants": "Žiadatelia: {types}.",
  "funding.rule.lead": "Krajina žiadateľa: {countries}.",
  "funding.rule.partners": "Krajiny partnerov: {countries}.",
  "funding.rule.eu": "Aspoň jeden partner z členského štátu EÚ.",
  "funding.rule.areas": "Oblasť: {areas}.",
  "funding.rule.minCountries": "Partneri aspoň z {min} krajín.",
  "funding.rule.none": "Bez podmienok na krajiny a typ žiadateľa.",
};
