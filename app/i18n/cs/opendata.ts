// Open data: the JSON API's error messages, the Atom feed, the CSV and feed
// links on /offers and the /open-data page.
export const openDataCs = {
  "api.error.state": "Neznámý stav výzvy: {value}. Povolené hodnoty: open, upcoming, closed.",
  "api.error.when": "Neznámá hodnota: {value}. Povolené hodnoty: upcoming, past.",
  "api.error.page": "Stránka musí být celé číslo od 1 do 10 000.",
  "api.error.perPage": "Počet záznamů na stránku musí být celé číslo od 1 do {max}.",
  "api.error.country": "Neznámý kód evropské země: {values}.",
  "api.error.topic": "Neznámé téma: {values}.",
  "api.error.size": "Neznámá velikost města: {value}. Povolené hodnoty: {allowed}.",
  "api.error.kraj": "Neznámý kód kraje: {value}. Použijte kód ISO 3166-2, např. CZ-63.",
  "api.error.offerNotFound": "Zveřejněná nabídka s tímto číslem neexistuje.",

  "feed.subtitle":
    "Zahraniční města, která hledají partnerskou obec v Česku. Zveřejňuje Svaz měst a obcí ČR.",
  "feed.author": "Svaz měst a obcí České republiky",
  "feed.entryTitle": "{town} ({country}) hledá partnerskou obec",

  "offers.download": "Stáhnout CSV",
  "csv.excel": "CSV pro Excel",
  "offers.downloadHint": "Všechny nabídky podle zvolených filtrů, pro Excel a jiné tabulky.",
  "offers.feed": "Odebírat nové nabídky (Atom)",
  "offers.openData": "Otevřená data",

  "openData.title": "Otevřená data",
  "openData.lead":
    "Zveřejněné nabídky partnerství a veřejné profily obcí jsou volně k dispozici pro další použití: v tabulce, ve čtečce novinek nebo ve vaší aplikaci. Kontaktní údaje ani interní poznámky se nikdy nezveřejňují.",
  "openData.endpoints": "Co je k dispozici",
  "openData.endpointsCaption": "Adresy otevřených dat",
  "openData.colAddress": "Adresa",
  "openData.colContent": "Obsah",
  "openData.apiOffers":
    "Zveřejněné nabídky v JSON, po stránkách; stejné filtry jako na stránce Nabídky partnerství (q, country, topic, population, size) a page, per_page (nejvýše 100).",
  "openData.apiOffer": "Jedna zveřejněná nabídka v JSON.",
  "openData.apiMunicipalities":
    "Všech 6 254 českých obcí v JSON (úřední údaje a veřejný profil, má-li ho), po stránkách; stejné filtry jako adresář obcí: q, kraj (např. CZ-63), okres, size, kind, profile, partners, sort.",
  "openData.apiFunding":
    "Dotační výzvy s podmínkami jako daty (země žadatele a partnerů, oblast, typy žadatelů), filtry stav, téma a země partnera.",
  "openData.apiEvents": "Kongresy a fóra měst; when=upcoming nebo past.",
  "openData.ics": "Uzávěrky výzev a termíny akcí pro kalendář (iCalendar); ?lang=en anglicky.",
  "openData.csv":
    "Všechny zveřejněné nabídky podle filtrů jako tabulka CSV (UTF-8 s BOM, oddělovač čárka).",
  "openData.feed": "Kanál Atom 50 nejnovějších nabídek; ?lang=en dává anglické nadpisy.",
  "openData.openApi":
    "Strojově čitelný popis všech adres, parametrů a odpovědí pro programy a generátory klientů:",
  "openData.excelTitle": "Jak otevřít CSV v Excelu",
  "openData.excelVariant":
    "Nejjednodušší je stáhnout „CSV pro Excel“ (v adrese ?format=excel): středníky a desetinné čárky, takže ho český Excel otevře dvojklikem. Soubor s čárkami otevřete takto:",
  "openData.excelStep1": "V Excelu zvolte Data → Z textu/CSV a vyberte stažený soubor.",
  "openData.excelStep2": "Původ souboru: 65001: Unicode (UTF-8); oddělovač: čárka.",
  "openData.excelStep3":
    "Zvolte Načíst. Pozor: otevřete-li soubor dvojklikem, český Excel čeká jako oddělovač středník a celý řádek dá do jednoho sloupce.",
  "openData.stabilityTitle": "Stálost",
  "openData.stability":
    "Názvy polí a sloupců se nemění; nová pole mohou přibýt na konec. Seznamy v buňce CSV odděluje svislá čára |. Podrobný popis všech polí s příklady je v repozitáři projektu v souboru docs/api.md.",
} as const;
