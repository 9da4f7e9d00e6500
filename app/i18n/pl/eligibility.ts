// The Polish of ../cs/eligibility.ts.
import type { eligibilityCs } from "../cs/eligibility";

export const eligibilityPl: Record<keyof typeof eligibilityCs, string> = {
  "funding.applicant.municipality": "gminy i miasta",
  "funding.applicant.region": "regiony",
  "funding.applicant.ngo": "organizacje pozarządowe",
  "funding.applicant.school": "szkoły i placówki oświatowe",
  "funding.applicant.business": "przedsiębiorstwa",
  "funding.applicant.individual": "osoby fizyczne",
  "funding.area.central": "Europa Środkowa",
  "funding.area.eastern": "Europa Wschodnia",
  "funding.area.south-eastern": "Europa Południowo-Wschodnia",
  "funding.area.southern": "Europa Południowa",
  "funding.area.western": "Europa Zachodnia",
  "funding.area.northern": "Europa Północna",
  "funding.area.outside": "poza Europą",
  "funding.state.upcoming": "Nabór rozpocznie się {opens, date, long}.",
  "funding.state.noDeadline":
    "Otwarty bez określonego terminu składania wniosków (do wyczerpania środków).",
  "funding.state.closed": "Zamknięty: termin składania wniosków upłynął {deadline, date, long}.",
  "funding.state.lastDay": "Otwarty do {deadline, date, long}: dziś jest ostatni dzień.",
  "funding.state.open":
    "Otwarty do {deadline, date, long}: {days, plural, one {pozostał # dzień} few {pozostały # dni} many {pozostało # dni} other {pozostało # dnia}}.",
  "funding.check.applicants.met": "Wnioski mogą składać {allowed}: warunek spełniony.",
  "funding.check.applicants.unmet":
    "Nabór jest przeznaczony dla: {allowed}; {kinds} nie mogą składać wniosków.",
  "funding.check.lead.met":
    "{town} może złożyć wniosek (państwo wnioskodawcy: {countries}): warunek spełniony.",
  "funding.check.lead.unmet":
    "Żadne z miast nie może złożyć wniosku (dopuszczalne państwo wnioskodawcy: {countries}).",
  "funding.check.partners.met":
    "{towns}: partner z dopuszczalnego państwa ({countries}), warunek spełniony.",
  "funding.check.partners.unmetPair":
    "Nabór jest przeznaczony tylko dla par {lead} + {partner}; {towns} {amount, select, one {nie spełnia} other {nie spełniają}} tego warunku.",
  "funding.check.partners.unmet":
    "Nabór jest przeznaczony tylko dla partnerów z określonych państw ({partner}); {towns} {amount, select, one {nie spełnia} other {nie spełniają}} tego warunku.",
  "funding.check.eu.met": "{town} leży w państwie członkowskim UE: warunek spełniony.",
  "funding.check.eu.unmet":
    "Co najmniej jeden partner musi pochodzić z państwa członkowskiego UE; żadne z miast nie spełnia tego warunku.",
  "funding.check.regions.met":
    "{towns} leżą na obszarze objętym naborem ({areas}): warunek spełniony.",
  "funding.check.regions.unmet": "Nabór obejmuje tylko obszar: {areas} ({where}).",
  "funding.check.regions.where": "{town}: {area}",
  "funding.check.minCountries.met":
    "Miasta pochodzą z {count} państw, nabór wymaga co najmniej {min}: warunek spełniony.",
  "funding.check.minCountries.unmet":
    "Nabór wymaga partnerów z co najmniej {min} państw; te miasta pochodzą z {count}.",
  "funding.check.none": "Nabór nie stawia warunków dotyczących państw ani typu wnioskodawcy.",
  "funding.rule.applicants": "Wnioskodawcy: {types}.",
  "funding.rule.lead": "Państwo wnioskodawcy: {countries}.",
  "funding.rule.partners": "Państwa partnerów: {countries}.",
  "funding.rule.eu": "Co najmniej jeden partner z państwa członkowskiego UE.",
  "funding.rule.areas": "Obszar: {areas}.",
  "funding.rule.minCountries": "Partnerzy z co najmniej {min} państw.",
  "funding.rule.none": "Brak warunków dotyczących państw i typu wnioskodawcy.",
};
