// The Ukrainian of ../cs/eligibility.ts.
import type { eligibilityCs } from "../cs/eligibility";

export const eligibilityUk: Record<keyof typeof eligibilityCs, string> = {
  "funding.applicant.municipality": "муніципалітети та міста",
  "funding.applicant.region": "регіони",
  "funding.applicant.ngo": "неприбуткові організації",
  "funding.applicant.school": "школи та навчальні заклади",
  "funding.applicant.business": "підприємства",
  "funding.applicant.individual": "фізичні особи",
  "funding.area.central": "Центральна Європа",
  "funding.area.eastern": "Східна Європа",
  "funding.area.south-eastern": "Південно-Східна Європа",
  "funding.area.southern": "Південна Європа",
  "funding.area.western": "Західна Європа",
  "funding.area.northern": "Північна Європа",
  "funding.area.outside": "за межами Європи",
  // A long Ukrainian date ends in "р." (15 березня 2027 р.): it never ends a sentence here.
  "funding.state.upcoming": "Конкурс ще не розпочався (дата відкриття: {opens, date, long}).",
  "funding.state.noDeadline": "Відкритий без фіксованого кінцевого терміну (до вичерпання коштів).",
  "funding.state.closed": "Закритий: кінцевий термін ({deadline, date, long}) минув.",
  "funding.state.lastDay": "Відкритий до {deadline, date, long}: сьогодні останній день.",
  "funding.state.open":
    "Відкритий до {deadline, date, long}: {days, plural, one {залишився # день} few {залишилося # дні} many {залишилося # днів} other {залишилося # дня}}.",
  "funding.check.applicants.met": "Подавати заявку можуть {allowed}: умову виконано.",
  "funding.check.applicants.unmet":
    "Конкурс призначений для: {allowed}; {kinds} не можуть подавати заявку.",
  "funding.check.lead.met":
    "{town} може подати заявку (країна заявника: {countries}): умову виконано.",
  "funding.check.lead.unmet":
    "Жодне з міст не може подати заявку (допустима країна заявника: {countries}).",
  "funding.check.partners.met":
    "{towns}: партнер із допустимої країни ({countries}), умову виконано.",
  "funding.check.partners.unmetPair":
    "Конкурс призначений лише для пар {lead} + {partner}; {towns} {amount, select, one {не відповідає} other {не відповідають}} цій умові.",
  "funding.check.partners.unmet":
    "Конкурс призначений лише для партнерів із певних країн ({partner}); {towns} {amount, select, one {не відповідає} other {не відповідають}} цій умові.",
  "funding.check.eu.met": "{town} знаходиться в державі – члені ЄС: умову виконано.",
  "funding.check.eu.unmet":
    "Принаймні один партнер має бути з держави – члена ЄС; жодне з міст цій умові не відповідає.",
  "funding.check.regions.met": "{towns} розташовані в регіоні конкурсу ({areas}): умову виконано.",
  "funding.check.regions.unmet": "Конкурс підтримує лише регіон: {areas} ({where}).",
  "funding.check.regions.where": "{town}: {area}",
  "funding.check.minCountries.met":
    "Міста походять із {count} країн, конкурс вимагає щонайменше {min}: умову виконано.",
  "funding.check.minCountries.unmet":
    "Конкурс вимагає партнерів щонайменше з {min} країн; ці міста – з {count}.",
  "funding.check.none": "Конкурс не встановлює умов щодо країн чи типу заявника.",
  "funding.rule.applicants": "Заявники: {types}.",
  "funding.rule.lead": "Країна заявника: {countries}.",
  "funding.rule.partners": "Країни партнерів: {countries}.",
  "funding.rule.eu": "Принаймні один партнер із держави – члена ЄС.",
  "funding.rule.areas": "Регіон: {areas}.",
  "funding.rule.minCountries": "Партнери щонайменше з {min} країн.",
  "funding.rule.none": "Без умов щодо країн і типу заявника.",
};
