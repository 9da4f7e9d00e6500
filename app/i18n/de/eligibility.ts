// The German of ../cs/eligibility.ts.
import type { eligibilityCs } from "../cs/eligibility";

export const eligibilityDe: Record<keyof typeof eligibilityCs, string> = {
  "funding.applicant.municipality": "Gemeinden und Städte",
  "funding.applicant.region": "Regionen",
  "funding.applicant.ngo": "gemeinnützige Organisationen",
  "funding.applicant.school": "Schulen und Bildungseinrichtungen",
  "funding.applicant.business": "Unternehmen",
  "funding.applicant.individual": "Einzelpersonen",
  "funding.area.central": "Mitteleuropa",
  "funding.area.eastern": "Osteuropa",
  "funding.area.south-eastern": "Südosteuropa",
  "funding.area.southern": "Südeuropa",
  "funding.area.western": "Westeuropa",
  "funding.area.northern": "Nordeuropa",
  "funding.area.outside": "außerhalb Europas",
  "funding.state.upcoming": "Der Aufruf wird am {opens, date, long} eröffnet.",
  "funding.state.noDeadline": "Offen ohne feste Einreichfrist (bis zur Ausschöpfung der Mittel).",
  "funding.state.closed": "Abgeschlossen: Die Einreichfrist endete am {deadline, date, long}.",
  "funding.state.lastDay": "Offen bis zum {deadline, date, long}: Heute ist der letzte Tag.",
  "funding.state.open":
    "Offen bis zum {deadline, date, long}: noch {days, plural, one {# Tag} other {# Tage}}.",
  "funding.check.applicants.met": "Antragsberechtigt sind {allowed}: Bedingung erfüllt.",
  "funding.check.applicants.unmet":
    "Der Aufruf richtet sich an: {allowed}; {kinds} sind nicht antragsberechtigt.",
  "funding.check.lead.met":
    "{town} kann einen Antrag stellen (Land des Antragstellers: {countries}): Bedingung erfüllt.",
  "funding.check.lead.unmet":
    "Keine der Städte kann einen Antrag stellen (zulässiges Land des Antragstellers: {countries}).",
  "funding.check.partners.met":
    "{towns}: als Partner zulässig (Länder der Partner: {countries}), Bedingung erfüllt.",
  "funding.check.partners.unmetPair":
    "Der Aufruf gilt nur für Städtepaare {lead} + {partner}; {towns} {amount, select, one {fällt} other {fallen}} nicht darunter.",
  "funding.check.partners.unmet":
    "Der Aufruf gilt nur für Partner aus bestimmten Ländern ({partner}); {towns} {amount, select, one {fällt} other {fallen}} nicht darunter.",
  "funding.check.eu.met": "{town} liegt in einem EU-Mitgliedstaat: Bedingung erfüllt.",
  "funding.check.eu.unmet":
    "Mindestens ein Partner muss aus einem EU-Mitgliedstaat stammen; das trifft auf keine der Städte zu.",
  "funding.check.regions.met": "{towns} liegen im Gebiet des Aufrufs ({areas}): Bedingung erfüllt.",
  "funding.check.regions.unmet": "Der Aufruf gilt nur für folgendes Gebiet: {areas} ({where}).",
  "funding.check.regions.where": "{town}: {area}",
  "funding.check.minCountries.met":
    "Die Städte stammen aus {count} Ländern, der Aufruf verlangt mindestens {min}: Bedingung erfüllt.",
  "funding.check.minCountries.unmet":
    "Der Aufruf verlangt Partner aus mindestens {min} Ländern; diese Städte stammen aus {count}.",
  "funding.check.none":
    "Der Aufruf stellt keine Bedingungen an die Länder oder die Art der Antragsteller.",
  "funding.rule.applicants": "Antragsteller: {types}.",
  "funding.rule.lead": "Land des Antragstellers: {countries}.",
  "funding.rule.partners": "Länder der Partner: {countries}.",
  "funding.rule.eu": "Mindestens ein Partner aus einem EU-Mitgliedstaat.",
  "funding.rule.areas": "Gebiet: {areas}.",
  "funding.rule.minCountries": "Partner aus mindestens {min} Ländern.",
  "funding.rule.none": "Keine Bedingungen an die Länder und die Art der Antragsteller.",
};
