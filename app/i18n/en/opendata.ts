import type { openDataCs } from "../cs/opendata";

export const openDataEn: Record<keyof typeof openDataCs, string> = {
  "api.error.state": "Unknown call state: {value}. Allowed values: open, upcoming, closed.",
  "api.error.when": "Unknown value: {value}. Allowed values: upcoming, past.",
  "api.error.page": "The page must be a whole number from 1 to 10,000.",
  "api.error.perPage": "The number of items per page must be a whole number from 1 to {max}.",
  "api.error.country": "Unknown European country code: {values}.",
  "api.error.topic": "Unknown topic: {values}.",
  "api.error.size": "Unknown town size: {value}. Allowed values: {allowed}.",
  "api.error.kraj": "Unknown region code: {value}. Use the ISO 3166-2 code, e.g. CZ-63.",
  "api.error.offerNotFound": "There is no published request with this number.",

  "feed.subtitle":
    "Towns abroad looking for a partner municipality in Czechia. Published by the Union of Towns and Municipalities of the Czech Republic.",
  "feed.author": "Union of Towns and Municipalities of the Czech Republic",
  "feed.entryTitle": "{town} ({country}) is looking for a partner municipality",

  "offers.download": "Download CSV",
  "csv.excel": "CSV for Excel",
  "offers.downloadHint":
    "All requests matching the chosen filters, for Excel and other spreadsheets.",
  "offers.feed": "Follow new requests (Atom)",
  "offers.openData": "Open data",

  "openData.title": "Open data",
  "openData.lead":
    "Published partnership requests and the public profiles of municipalities are free to reuse: in a spreadsheet, in a feed reader or in your own application. Contact details and internal notes are never published.",
  "openData.endpoints": "What is available",
  "openData.endpointsCaption": "Open data addresses",
  "openData.colAddress": "Address",
  "openData.colContent": "Content",
  "openData.apiOffers":
    "Published requests as JSON, page by page; the same filters as the Partnership requests page (q, country, topic, population, size) plus page and per_page (at most 100).",
  "openData.apiOffer": "One published request as JSON.",
  "openData.apiMunicipalities":
    "All 6,254 Czech municipalities as JSON (official data and the public profile where there is one), paged; the directory's filters: q, kraj (e.g. CZ-63), okres, size, kind, profile, partners, sort.",
  "openData.apiFunding":
    "Funding calls with their conditions as data (applicant and partner countries, area, applicant types); filters state, topic and partner country.",
  "openData.apiEvents": "Congresses and forums of towns; when=upcoming or past.",
  "openData.ics":
    "Call deadlines and event dates for calendar apps (iCalendar); ?lang=en in English.",
  "openData.csv":
    "Every published request matching the filters as a CSV table (UTF-8 with BOM, comma-separated).",
  "openData.feed": "An Atom feed of the 50 newest requests; ?lang=en gives English titles.",
  "openData.openApi":
    "A machine-readable description of every address, parameter and answer, for programs and client generators:",
  "openData.excelTitle": "Opening the CSV in Excel",
  "openData.excelVariant":
    "The simplest is to download “CSV for Excel” (?format=excel in the address): semicolons and decimal commas, so a Czech Excel opens it with a double click. To open the comma-separated file:",
  "openData.excelStep1": "In Excel choose Data → From Text/CSV and pick the downloaded file.",
  "openData.excelStep2": "File origin: 65001: Unicode (UTF-8); delimiter: comma.",
  "openData.excelStep3":
    "Choose Load. Note: opened by a double click, a Czech Excel expects semicolons and puts each whole row into one column.",
  "openData.stabilityTitle": "Stability",
  "openData.stability":
    "Field and column names do not change; new fields may be added at the end. Lists inside a CSV cell are separated by a vertical bar |. Every field is described, with examples, in docs/api.md in the project's repository.",
};
