// The German of ../cs/opendata.ts.
import type { openDataCs } from "../cs/opendata";

export const openDataDe: Record<keyof typeof openDataCs, string> = {
  "api.error.state":
    "Unbekannter Status des Aufrufs: {value}. Zulässige Werte: open, upcoming, closed.",
  "api.error.when": "Unbekannter Wert: {value}. Zulässige Werte: upcoming, past.",
  "api.error.page": "Die Seite muss eine ganze Zahl von 1 bis 10.000 sein.",
  "api.error.perPage":
    "Die Anzahl der Einträge pro Seite muss eine ganze Zahl von 1 bis {max} sein.",
  "api.error.country": "Unbekannter Code eines europäischen Landes: {values}.",
  "api.error.topic": "Unbekanntes Thema: {values}.",
  "api.error.size": "Unbekannte Stadtgröße: {value}. Zulässige Werte: {allowed}.",
  "api.error.kraj":
    "Unbekannter Regionscode: {value}. Verwenden Sie den Code nach ISO 3166-2, z. B. CZ-63.",
  "api.error.offerNotFound": "Es gibt keine veröffentlichte Anfrage mit dieser Nummer.",

  "feed.subtitle":
    "Städte im Ausland, die eine Partnergemeinde in Tschechien suchen. Veröffentlicht vom Verband der Städte und Gemeinden der Tschechischen Republik.",
  "feed.author": "Verband der Städte und Gemeinden der Tschechischen Republik",
  "feed.entryTitle": "{town} ({country}) sucht eine Partnergemeinde",

  "offers.download": "CSV herunterladen",
  "csv.excel": "CSV für Excel",
  "offers.downloadHint":
    "Alle Anfragen nach den gewählten Filtern, für Excel und andere Tabellenprogramme.",
  "offers.feed": "Neue Anfragen abonnieren (Atom)",
  "offers.openData": "Offene Daten",

  "openData.title": "Offene Daten",
  "openData.lead":
    "Veröffentlichte Partnerschaftsanfragen und die öffentlichen Profile der Gemeinden stehen zur freien Weiterverwendung bereit: in einer Tabelle, in einem Feedreader oder in Ihrer eigenen Anwendung. Kontaktdaten und interne Notizen werden niemals veröffentlicht.",
  "openData.endpoints": "Was verfügbar ist",
  "openData.endpointsCaption": "Adressen der offenen Daten",
  "openData.colAddress": "Adresse",
  "openData.colContent": "Inhalt",
  "openData.apiOffers":
    "Veröffentlichte Anfragen als JSON, seitenweise; dieselben Filter wie auf der Seite „Partnerschaftsanfragen“ (q, country, topic, population, size) sowie page und per_page (höchstens 100).",
  "openData.apiOffer": "Eine veröffentlichte Anfrage als JSON.",
  "openData.apiMunicipalities":
    "Alle 6.254 tschechischen Gemeinden als JSON (amtliche Daten und das öffentliche Profil, sofern vorhanden), seitenweise; dieselben Filter wie im Gemeindeverzeichnis: q, kraj (z. B. CZ-63), okres, size, kind, profile, partners, sort.",
  "openData.apiFunding":
    "Förderaufrufe mit ihren Bedingungen als Daten (Länder der Antragsteller und Partner, Gebiet, Antragstellerarten); Filter für Status, Thema und Partnerland.",
  "openData.apiEvents": "Kongresse und Foren der Städte; when=upcoming oder past.",
  "openData.ics":
    "Einreichfristen der Aufrufe und Veranstaltungstermine für den Kalender (iCalendar); ?lang=en auf Englisch.",
  "openData.csv":
    "Alle veröffentlichten Anfragen nach den Filtern als CSV-Tabelle (UTF-8 mit BOM, Trennzeichen Komma).",
  "openData.feed": "Atom-Feed der 50 neuesten Anfragen; ?lang=en liefert englische Titel.",
  "openData.openApi":
    "Eine maschinenlesbare Beschreibung aller Adressen, Parameter und Antworten für Programme und Client-Generatoren:",
  "openData.excelTitle": "So öffnen Sie die CSV-Datei in Excel",
  "openData.excelVariant":
    "Am einfachsten laden Sie „CSV für Excel“ herunter (?format=excel in der Adresse): Semikolons und Dezimalkommas, sodass ein deutsches oder tschechisches Excel die Datei per Doppelklick öffnet. Die Datei mit Kommas öffnen Sie so:",
  "openData.excelStep1":
    "Wählen Sie in Excel Daten → Aus Text/CSV und wählen Sie die heruntergeladene Datei.",
  "openData.excelStep2": "Dateiursprung: 65001: Unicode (UTF-8); Trennzeichen: Komma.",
  "openData.excelStep3":
    "Wählen Sie Laden. Achtung: Wenn Sie die Datei per Doppelklick öffnen, erwartet ein deutsches Excel ein Semikolon als Trennzeichen und schreibt jede ganze Zeile in eine einzige Spalte.",
  "openData.stabilityTitle": "Stabilität",
  "openData.stability":
    "Die Namen von Feldern und Spalten ändern sich nicht; neue Felder können am Ende hinzukommen. Listen in einer CSV-Zelle werden durch einen senkrechten Strich | getrennt. Eine ausführliche Beschreibung aller Felder mit Beispielen steht im Repository des Projekts in der Datei docs/api.md.",
};
