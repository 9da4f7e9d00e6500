// The Polish of ../cs/stats.ts.
import type { statsCs } from "../cs/stats";

export const statsPl: Record<keyof typeof statsCs, string> = {
  "stats.nav": "Statystyki",
  "stats.title": "Statystyki i eksporty",
  "stats.lead":
    "Zestawienia do sprawozdań Związku. Przy każdym wykresie znajduje się tabela z liczbami i link do pobrania pliku CSV (UTF-8, Excel otworzy go wraz ze znakami diakrytycznymi).",
  "stats.privacy":
    "Eksporty zawierają tylko to, czego wymagają sprawozdania: żadnych osób kontaktowych, adresów e-mail, telefonów, wiadomości ani notatek wewnętrznych. Nie są one potrzebne do sprawozdawczości i pozostają wyłącznie w Spolu.",
  "stats.period": "Okres",
  "stats.allTime": "Cały okres",
  "stats.show": "Pokaż",
  "stats.periodNote":
    "Rok liczy się według daty utworzenia (oferty, kontakty), a w przypadku partnerstw według roku podpisania. Daty podano w UTC.",
  "stats.download": "Pobierz CSV",
  "stats.numbers": "Liczby",
  "stats.count": "Liczba",
  "stats.status": "Stan",
  "stats.country": "Państwo",
  "stats.year": "Rok",
  "stats.yearUnknown": "rok nie podany",
  "stats.empty": "Brak danych za wybrany okres.",
  "stats.summaryCounts": "Łącznie {total}. Najwięcej: {top} ({count}).",
  "stats.summaryNone": "Brak danych.",

  "stats.offers.title": "Oferty według stanu",
  "stats.offers.lead": "Oferty partnerstwa utworzone w danym okresie, według ich obecnego stanu.",
  "stats.contacts.title": "Kontakty według stanu",
  "stats.contacts.lead":
    "Wyrażenia zainteresowania i zapoznania zaproponowane przez Związek, utworzone w danym okresie, według ich obecnego stanu.",

  "stats.response.title": "Czas reakcji",
  "stats.response.lead":
    "Na podstawie historii zmian kontaktów utworzonych w danym okresie. Mediana: połowa kontaktów została załatwiona szybciej, połowa wolniej.",
  "stats.response.review": "Ocena przez Związek",
  "stats.response.reviewDef":
    "od wysłania wyrażenia zainteresowania do pierwszej decyzji Związku (przekazanie adresatowi lub odmowa przekazania);",
  "stats.response.answer": "Odpowiedź adresata",
  "stats.response.answerDef":
    "od pierwszego przekazania (lub zapoznania przez Związek) do pierwszej odpowiedzi adresata: przyjęcia, odrzucenia lub prośby o uzupełnienie (również gdy w imieniu gminy bez konta odpowiedział Związek).",
  "stats.response.measure": "Mierzone",
  "stats.response.median": "Mediana",
  "stats.response.done": "Załatwione",
  "stats.response.waiting": "Nadal oczekuje",
  "stats.response.axis": "Mediana w dniach",
  "stats.response.days": "{n} d",
  "stats.response.hours": "{n} h",
  "stats.response.none": "—",
  "stats.response.summary":
    "Mediana oceny przez Związek: {review}. Mediana odpowiedzi adresata: {answer}.",

  "stats.partnerships.lead":
    "Wszystkie odnotowane partnerstwa: wpisane jako historyczne i zawarte za pośrednictwem Spolu. Rok podpisania jest taki, jak wpisała go gmina lub Związek.",
  "stats.byCountry.title": "Partnerstwa według państwa partnera",
  "stats.byYear.title": "Partnerstwa według roku podpisania",

  "stats.rows.title": "Eksporty wierszowe",
  "stats.rows.lead":
    "Każdy rekord w osobnym wierszu, do własnych sprawozdań: kody stanów i państw, daty w formacie ISO 8601 (UTC). Eksport uwzględnia wybrany okres.",
  "stats.rows.export": "Eksport",
  "stats.rows.columns": "Kolumny",
  "stats.rows.offers": "Oferty",
  "stats.rows.offersCols":
    "numer, miasto, region, państwo, liczba mieszkańców, stan, źródło, rola autora, daty",
  "stats.rows.contacts": "Kontakty",
  "stats.rows.contactsCols":
    "numer, kto napisał pierwszy, gmina, oferta i jej państwo, stan, utworzono, przekazano, pierwsza odpowiedź, ostatnia zmiana",
  "stats.rows.partnerships": "Partnerstwa",
  "stats.rows.partnershipsCols":
    "numer, czeska gmina, miasto partnerskie i państwo, rok podpisania, pochodzenie, stan",
};
