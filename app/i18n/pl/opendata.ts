// The Polish of ../cs/opendata.ts.
import type { openDataCs } from "../cs/opendata";

export const openDataPl: Record<keyof typeof openDataCs, string> = {
  "api.error.state": "Nieznany stan naboru: {value}. Dozwolone wartości: open, upcoming, closed.",
  "api.error.when": "Nieznana wartość: {value}. Dozwolone wartości: upcoming, past.",
  "api.error.page": "Numer strony musi być liczbą całkowitą od 1 do 10 000.",
  "api.error.perPage": "Liczba rekordów na stronę musi być liczbą całkowitą od 1 do {max}.",
  "api.error.country": "Nieznany kod państwa europejskiego: {values}.",
  "api.error.topic": "Nieznany temat: {values}.",
  "api.error.size": "Nieznana wielkość miasta: {value}. Dozwolone wartości: {allowed}.",
  "api.error.kraj": "Nieznany kod kraju: {value}. Proszę użyć kodu ISO 3166-2, np. CZ-63.",
  "api.error.offerNotFound": "Opublikowana oferta o tym numerze nie istnieje.",

  "feed.subtitle":
    "Miasta zagraniczne, które szukają gminy partnerskiej w Czechach. Publikuje Związek Miast i Gmin Republiki Czeskiej.",
  "feed.author": "Związek Miast i Gmin Republiki Czeskiej",
  "feed.entryTitle": "{town} ({country}) szuka gminy partnerskiej",

  "offers.download": "Pobierz CSV",
  "csv.excel": "CSV dla Excela",
  "offers.downloadHint":
    "Wszystkie oferty według wybranych filtrów, do Excela i innych arkuszy kalkulacyjnych.",
  "offers.feed": "Subskrybuj nowe oferty (Atom)",
  "offers.openData": "Otwarte dane",

  "openData.title": "Otwarte dane",
  "openData.lead":
    "Opublikowane oferty partnerstwa i publiczne profile gmin są swobodnie dostępne do ponownego wykorzystania: w arkuszu kalkulacyjnym, w czytniku kanałów lub we własnej aplikacji. Dane kontaktowe ani notatki wewnętrzne nigdy nie są publikowane.",
  "openData.endpoints": "Co jest dostępne",
  "openData.endpointsCaption": "Adresy otwartych danych",
  "openData.colAddress": "Adres",
  "openData.colContent": "Zawartość",
  "openData.apiOffers":
    "Opublikowane oferty w formacie JSON, stronicowane; te same filtry co na stronie Oferty partnerstwa (q, country, topic, population, size) oraz page, per_page (najwyżej 100).",
  "openData.apiOffer": "Jedna opublikowana oferta w formacie JSON.",
  "openData.apiMunicipalities":
    "Wszystkie 6254 czeskie gminy w formacie JSON (dane urzędowe i publiczny profil, jeśli gmina go ma), stronicowane; te same filtry co w wykazie gmin: q, kraj (np. CZ-63), okres, size, kind, profile, partners, sort.",
  "openData.apiFunding":
    "Nabory dotacyjne z warunkami w postaci danych (państwa wnioskodawcy i partnerów, obszar, typy wnioskodawców); filtry: stan, temat i państwo partnera.",
  "openData.apiEvents": "Kongresy i fora miast; when=upcoming lub past.",
  "openData.ics":
    "Terminy składania wniosków i terminy wydarzeń do kalendarza (iCalendar); ?lang=en po angielsku.",
  "openData.csv":
    "Wszystkie opublikowane oferty według filtrów jako tabela CSV (UTF-8 z BOM, separator: przecinek).",
  "openData.feed": "Kanał Atom z 50 najnowszymi ofertami; ?lang=en daje tytuły po angielsku.",
  "openData.openApi":
    "Opis wszystkich adresów, parametrów i odpowiedzi do odczytu maszynowego, dla programów i generatorów klientów:",
  "openData.excelTitle": "Jak otworzyć plik CSV w Excelu",
  "openData.excelVariant":
    "Najprościej pobrać „CSV dla Excela” (?format=excel w adresie): średniki i przecinki dziesiętne, więc Excel z polskimi lub czeskimi ustawieniami otworzy plik dwukrotnym kliknięciem. Plik z przecinkami można otworzyć tak:",
  "openData.excelStep1": "W Excelu proszę wybrać Dane → Z tekstu/pliku CSV i wskazać pobrany plik.",
  "openData.excelStep2": "Pochodzenie pliku: 65001: Unicode (UTF-8); ogranicznik: przecinek.",
  "openData.excelStep3":
    "Proszę wybrać Załaduj. Uwaga: po otwarciu pliku dwukrotnym kliknięciem Excel z polskimi lub czeskimi ustawieniami regionalnymi oczekuje średnika jako separatora i umieszcza cały wiersz w jednej kolumnie.",
  "openData.stabilityTitle": "Stabilność",
  "openData.stability":
    "Nazwy pól i kolumn się nie zmieniają; nowe pola mogą zostać dodane na końcu. Listy w komórce CSV są oddzielone pionową kreską |. Szczegółowy opis wszystkich pól z przykładami znajduje się w repozytorium projektu w pliku docs/api.md.",
};
