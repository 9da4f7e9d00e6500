import type { statsCs } from "../cs/stats";

export const statsEn: Record<keyof typeof statsCs, string> = {
  "stats.nav": "Statistics",
  "stats.title": "Statistics and exports",
  "stats.lead":
    "Summaries for the union's reports. Each chart has a table with the numbers and a CSV download (UTF-8; Excel opens it with Czech letters intact).",
  "stats.privacy":
    "The exports hold only what reports need: no contact persons, e-mail addresses, phone numbers, messages or internal notes. Those are not needed for reporting and stay in Spolu.",
  "stats.period": "Period",
  "stats.allTime": "All time",
  "stats.show": "Show",
  "stats.periodNote":
    "A year counts by the date of creation (offers, contacts) and for partnerships by the year of signing. Dates are in UTC.",
  "stats.download": "Download CSV",
  "stats.numbers": "Numbers",
  "stats.count": "Count",
  "stats.status": "Status",
  "stats.country": "Country",
  "stats.year": "Year",
  "stats.yearUnknown": "year not given",
  "stats.empty": "There is no data for the chosen period.",
  "stats.summaryCounts": "{total} in all. Most: {top} ({count}).",
  "stats.summaryNone": "No data.",

  "stats.offers.title": "Offers by status",
  "stats.offers.lead": "Partnership requests created in the period, by their current status.",
  "stats.contacts.title": "Contacts by status",
  "stats.contacts.lead":
    "Expressions of interest and the union's introductions created in the period, by their current status.",

  "stats.response.title": "Response times",
  "stats.response.lead":
    "From the history of the contacts created in the period. Median: half of the contacts were handled faster, half slower.",
  "stats.response.review": "Review by the union",
  "stats.response.reviewDef":
    "from the expression of interest to the union's first decision (forwarding it, or not);",
  "stats.response.answer": "Recipient's answer",
  "stats.response.answerDef":
    "from the first forwarding (or the union's introduction) to the recipient's first answer: accepting, declining or asking for more information (also when the union answered for a town without an account).",
  "stats.response.measure": "Measured",
  "stats.response.median": "Median",
  "stats.response.done": "Handled",
  "stats.response.waiting": "Still waiting",
  "stats.response.axis": "Median in days",
  "stats.response.days": "{n} d",
  "stats.response.hours": "{n} h",
  "stats.response.none": "—",
  "stats.response.summary":
    "Median review by the union: {review}. Median recipient's answer: {answer}.",

  "stats.partnerships.lead":
    "Every recorded partnership: entered for history and concluded through Spolu. The year of signing is as the municipality or the union entered it.",
  "stats.byCountry.title": "Partnerships by partner country",
  "stats.byYear.title": "Partnerships by year of signing",

  "stats.rows.title": "Row-level exports",
  "stats.rows.lead":
    "One record per line, for your own reports: status and country codes, ISO 8601 dates (UTC). The exports follow the chosen period.",
  "stats.rows.export": "Export",
  "stats.rows.columns": "Columns",
  "stats.rows.offers": "Offers",
  "stats.rows.offersCols":
    "id, town, region, country, population, status, source, author's role, dates",
  "stats.rows.contacts": "Contacts",
  "stats.rows.contactsCols":
    "id, who wrote first, municipality, offer and its country, status, created, forwarded, first answer, last change",
  "stats.rows.partnerships": "Partnerships",
  "stats.rows.partnershipsCols":
    "id, Czech municipality, partner town and country, year of signing, origin, status",
};
