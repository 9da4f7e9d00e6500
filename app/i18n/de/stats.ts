// The German of ../cs/stats.ts.
import type { statsCs } from "../cs/stats";

export const statsDe: Record<keyof typeof statsCs, string> = {
  "stats.nav": "Statistik",
  "stats.title": "Statistik und Exporte",
  "stats.lead":
    "Zusammenfassungen für die Berichte des Verbands. Zu jedem Diagramm gibt es eine Tabelle mit den Zahlen und einen CSV-Download (UTF-8; Excel öffnet ihn auch mit diakritischen Zeichen korrekt).",
  "stats.privacy":
    "Die Exporte enthalten nur, was für Berichte nötig ist: keine Kontaktpersonen, E-Mail-Adressen, Telefonnummern, Nachrichten oder internen Notizen. Diese werden für die Berichterstattung nicht benötigt und bleiben ausschließlich in Spolu.",
  "stats.period": "Zeitraum",
  "stats.allTime": "Gesamter Zeitraum",
  "stats.show": "Anzeigen",
  "stats.periodNote":
    "Das Jahr richtet sich nach dem Erstellungsdatum (Anfragen, Kontakte), bei Partnerschaften nach dem Jahr der Unterzeichnung. Die Zeitangaben sind in UTC.",
  "stats.download": "CSV herunterladen",
  "stats.numbers": "Zahlen",
  "stats.count": "Anzahl",
  "stats.status": "Status",
  "stats.country": "Land",
  "stats.year": "Jahr",
  "stats.yearUnknown": "Jahr nicht angegeben",
  "stats.empty": "Für den gewählten Zeitraum liegen keine Daten vor.",
  "stats.summaryCounts": "Insgesamt {total}. Am häufigsten: {top} ({count}).",
  "stats.summaryNone": "Keine Daten.",

  "stats.offers.title": "Anfragen nach Status",
  "stats.offers.lead": "Im Zeitraum erstellte Partnerschaftsanfragen, nach ihrem aktuellen Status.",
  "stats.contacts.title": "Kontakte nach Status",
  "stats.contacts.lead":
    "Im Zeitraum erstellte Interessensbekundungen und Vermittlungen durch den Verband, nach ihrem aktuellen Status.",

  "stats.response.title": "Reaktionszeiten",
  "stats.response.lead":
    "Aus dem Änderungsverlauf der im Zeitraum erstellten Kontakte. Median: Die Hälfte der Kontakte wurde schneller bearbeitet, die andere Hälfte langsamer.",
  "stats.response.review": "Prüfung durch den Verband",
  "stats.response.reviewDef":
    "vom Absenden der Interessensbekundung bis zur ersten Entscheidung des Verbands (Weiterleitung an den Empfänger oder keine Weiterleitung);",
  "stats.response.answer": "Antwort des Empfängers",
  "stats.response.answerDef":
    "von der ersten Weiterleitung (oder der Vermittlung durch den Verband) bis zur ersten Antwort des Empfängers: Annahme, Ablehnung oder Bitte um weitere Angaben (auch wenn der Verband für eine Gemeinde ohne Konto geantwortet hat).",
  "stats.response.measure": "Gemessen",
  "stats.response.median": "Median",
  "stats.response.done": "Erledigt",
  "stats.response.waiting": "Wartet noch",
  "stats.response.axis": "Median in Tagen",
  "stats.response.days": "{n} d",
  "stats.response.hours": "{n} h",
  "stats.response.none": "—",
  "stats.response.summary":
    "Median der Prüfung durch den Verband: {review}. Median der Antwort des Empfängers: {answer}.",

  "stats.partnerships.lead":
    "Alle erfassten Partnerschaften: nachträglich eingetragene und über Spolu geschlossene. Das Jahr der Unterzeichnung ist so angegeben, wie die Gemeinde oder der Verband es eingetragen hat.",
  "stats.byCountry.title": "Partnerschaften nach Land des Partners",
  "stats.byYear.title": "Partnerschaften nach Jahr der Unterzeichnung",

  "stats.rows.title": "Zeilenweise Exporte",
  "stats.rows.lead":
    "Jeder Datensatz in einer Zeile, für eigene Berichte: Status- und Ländercodes, Datumsangaben im Format ISO 8601 (UTC). Der Export berücksichtigt den gewählten Zeitraum.",
  "stats.rows.export": "Export",
  "stats.rows.columns": "Spalten",
  "stats.rows.offers": "Anfragen",
  "stats.rows.offersCols":
    "Nummer, Stadt, Region, Land, Einwohnerzahl, Status, Quelle, Rolle des Verfassers, Datumsangaben",
  "stats.rows.contacts": "Kontakte",
  "stats.rows.contactsCols":
    "Nummer, wer zuerst geschrieben hat, Gemeinde, Anfrage und ihr Land, Status, erstellt, weitergeleitet, erste Antwort, letzte Änderung",
  "stats.rows.partnerships": "Partnerschaften",
  "stats.rows.partnershipsCols":
    "Nummer, tschechische Gemeinde, Partnerstadt und Land, Jahr der Unterzeichnung, Herkunft, Status",
};
