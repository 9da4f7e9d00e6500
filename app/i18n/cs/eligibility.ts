// Whether a pair of towns may apply to a funding call, and why (app/domain/eligibility.ts
// picks the sentences; app/i18n/phrases.server.ts writes them). Lists of countries, towns, applicant
// types and parts of Europe arrive already written in the reader's language. Czech sentences
// avoid declining country names ("z Norska"): they name them after a colon or in "zemi X".
export const eligibilityCs = {
  "funding.applicant.municipality": "obce a města",
  "funding.applicant.region": "kraje a regiony",
  "funding.applicant.ngo": "neziskové organizace",
  "funding.applicant.school": "školy a vzdělávací instituce",
  "funding.applicant.business": "firmy",
  "funding.applicant.individual": "jednotlivci",
  "funding.area.central": "střední Evropa",
  "funding.area.eastern": "východní Evropa",
  "funding.area.south-eastern": "jihovýchodní Evropa",
  "funding.area.southern": "jižní Evropa",
  "funding.area.western": "západní Evropa",
  "funding.area.northern": "severní Evropa",
  "funding.area.outside": "mimo Evropu",
  "funding.state.upcoming": "Výzva se otevře {opens, date, long}.",
  "funding.state.noDeadline": "Otevřeno bez pevného termínu (do vyčerpání prostředků).",
  "funding.state.closed": "Uzavřeno: termín byl {deadline, date, long}.",
  "funding.state.lastDay": "Otevřeno do {deadline, date, long}: dnes je poslední den.",
  "funding.state.open":
    "Otevřeno do {deadline, date, long}: {days, plural, one {zbývá # den} few {zbývají # dny} other {zbývá # dní}}.",
  "funding.check.applicants.met": "Žádat mohou {allowed}: podmínka splněna.",
  "funding.check.applicants.unmet": "Výzva je určena pro: {allowed}; {kinds} žádat nemohou.",
  "funding.check.lead.met":
    "{town} může podat žádost (země žadatele: {countries}): podmínka splněna.",
  "funding.check.lead.unmet":
    "Žádné z měst nemůže podat žádost: žadatel musí být ze země {countries}.",
  "funding.check.partners.met": "{towns}: partner ze země {countries}, podmínka splněna.",
  "funding.check.partners.unmetPair":
    "Výzva je jen pro dvojice {lead} + {partner}; {towns} do ní {amount, select, one {nepatří} other {nepatří}}.",
  "funding.check.partners.unmet":
    "Výzva je jen pro partnery ze země {partner}; {towns} do ní {amount, select, one {nepatří} other {nepatří}}.",
  "funding.check.eu.met": "{town} je z členského státu EU: podmínka splněna.",
  "funding.check.eu.unmet":
    "Alespoň jeden partner musí být z členského státu EU; žádné z měst není.",
  "funding.check.regions.met": "{towns} leží v oblasti výzvy ({areas}): podmínka splněna.",
  "funding.check.regions.unmet": "Výzva podporuje jen oblast: {areas} ({where}).",
  "funding.check.regions.where": "{town}: {area}",
  "funding.check.minCountries.met":
    "Města jsou z {count} zemí, výzva chce alespoň {min}: podmínka splněna.",
  "funding.check.minCountries.unmet":
    "Výzva chce partnery alespoň z {min} zemí; tato města jsou z {count}.",
  "funding.check.none": "Výzva neklade podmínky na země ani typ žadatele.",
  "funding.rule.applicants": "Žadatelé: {types}.",
  "funding.rule.lead": "Země žadatele: {countries}.",
  "funding.rule.partners": "Země partnerů: {countries}.",
  "funding.rule.eu": "Alespoň jeden partner z členského státu EU.",
  "funding.rule.areas": "Oblast: {areas}.",
  "funding.rule.minCountries": "Partneři alespoň z {min} zemí.",
  "funding.rule.none": "Bez podmínek na země a typ žadatele.",
} as const;
