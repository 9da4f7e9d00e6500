// The Slovak of ../cs/opendata.ts.
import type { openDataCs } from "../cs/opendata";

export const openDataSk: Record<keyof typeof openDataCs, string> = {
  "api.error.state": "Neznámy stav výzvy: {value}. Povolené hodnoty: open, upcoming, closed.",
  "api.error.when": "Neznáma hodnota: {value}. Povolené hodnoty: upcoming, past.",
  "api.error.page": "Stránka musí byť celé číslo od 1 do 10 000.",
  "api.error.perPage": "Počet záznamov na stránku musí byť celé číslo od 1 do {max}.",
  "api.error.country": "Neznámy kód európskej krajiny: {values}.",
  "api.error.topic": "Neznáma téma: {values}.",
  "api.error.size": "Neznáma veľkosť mesta: {value}. Povolené hodnoty: {allowed}.",
  "api.error.kraj": "Neznámy kód kraja: {value}. Použite kód ISO 3166-2, napr. CZ-63.",
  "api.error.offerNotFound": "Zverejnená ponuka s týmto číslom neexistuje.",

  "feed.subtitle":
    "Zahraničné mestá, ktoré hľadajú partnerskú obec v Česku. Zverejňuje Zväz miest a obcí Českej republiky.",
  "feed.author": "Zväz miest a obcí Českej republiky",
  "feed.entryTitle": "{town} ({country}) hľadá partnerskú obec",

  "offers.download": "Stiahnuť CSV",
  "csv.excel": "CSV pre Excel",
  "offers.downloadHint":
    "Všetky ponuky podľa zvolených filtrov, pre Excel a iné tabuľkové programy.",
  "offers.feed": "Odoberať nové ponuky (Atom)",
  "offers.openData": "Otvorené údaje",

  "openData.title": "Otvorené údaje",
  "openData.lead":
    "Zverejnené ponuky partnerstva a verejné profily obcí sú voľne k dispozícii na ďalšie použitie: v tabuľke, v čítačke noviniek alebo vo vašej aplikácii. Kontaktné údaje ani interné poznámky sa nikdy nezverejňujú.",
  "openData.endpoints": "Čo je k dispozícii",
  "openData.endpointsCaption": "Adresy otvorených údajov",
  "openData.colAddress": "Adresa",
  "openData.colContent": "Obsah",
  "openData.apiOffers":
    "Zverejnené ponuky v JSON, po stránkach; rovnaké filtre ako na stránke Ponuky partnerstva (q, country, topic, population, size) a page, per_page (najviac 100).",
  "openData.apiOffer": "Jedna zverejnená ponuka v JSON.",
  "openData.apiMunicipalities":
    "Všetkých 6 254 českých obcí v JSON (úradné údaje a verejný profil, ak ho majú), po stránkach; rovnaké filtre ako adresár obcí: q, kraj (napr. CZ-63), okres, size, kind, profile, partners, sort.",
  "openData.apiFunding":
    "Dotačné výzvy s podmienkami ako údajmi (krajiny žiadateľa a partnerov, oblasť, typy žiadateľov), filtre stav, téma a krajina partnera.",
  "openData.apiEvents": "Kongresy a fóra miest; when=upcoming alebo past.",
  "openData.ics":
    "Uzávierky výziev a termíny podujatí pre kalendár (iCalendar); ?lang=en po anglicky.",
  "openData.csv":
    "Všetky zverejnené ponuky podľa filtrov ako tabuľka CSV (UTF-8 s BOM, oddeľovač čiarka).",
  "openData.feed": "Kanál Atom 50 najnovších ponúk; ?lang=en dáva anglické nadpisy.",
  "openData.openApi":
    "Strojovo čitateľný opis všetkých adries, parametrov a odpovedí pre programy a generátory klientov:",
  "openData.excelTitle": "Ako otvoriť CSV v Exceli",
  "openData.excelVariant":
    "Najjednoduchšie je stiahnuť „CSV pre Excel“ (v adrese ?format=excel): bodkočiarky a desatinné čiarky, takže ho slovenský či český Excel otvorí dvojklikom. Súbor s čiarkami otvoríte takto:",
  "openData.excelStep1": "V Exceli zvoľte Údaje → Z textu/CSV a vyberte stiahnutý súbor.",
  "openData.excelStep2": "Pôvod súboru: 65001: Unicode (UTF-8); oddeľovač: čiarka.",
  "openData.excelStep3":
    "Zvoľte Načítať. Pozor: ak súbor otvoríte dvojklikom, český či slovenský Excel očakáva ako oddeľovač bodkočiarku a celý riadok dá do jedného stĺpca.",
  "openData.stabilityTitle": "Stálosť",
  "openData.stability":
    "Názvy polí a stĺpcov sa nemenia; nové polia môžu pribudnúť na koniec. Zoznamy v bunke CSV oddeľuje zvislá čiara |. Podrobný opis všetkých polí s príkladmi je v repozitári projektu v súbore docs/api.md.",
};
