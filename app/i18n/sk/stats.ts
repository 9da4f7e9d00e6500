// The Slovak of ../cs/stats.ts.
import type { statsCs } from "../cs/stats";

export const statsSk: Record<keyof typeof statsCs, string> = {
  "stats.nav": "Štatistiky",
  "stats.title": "Štatistiky a exporty",
  "stats.lead":
    "Súhrny pre výkazy Zväzu. Pri každom grafe je tabuľka s číslami a odkaz na stiahnutie CSV (UTF-8, Excel ho otvorí aj s diakritikou).",
  "stats.privacy":
    "Exporty obsahujú iba to, čo výkazy potrebujú: žiadne kontaktné osoby, e-maily, telefóny, správy ani interné poznámky. Tie na vykazovanie nie sú potrebné a zostávajú iba v Spolu.",
  "stats.period": "Obdobie",
  "stats.allTime": "Celé obdobie",
  "stats.show": "Zobraziť",
  "stats.periodNote":
    "Rok sa počíta podľa dátumu vytvorenia (ponuky, kontakty) a pri partnerstvách podľa roku podpisu. Dátumy sú v UTC.",
  "stats.download": "Stiahnuť CSV",
  "stats.numbers": "Čísla",
  "stats.count": "Počet",
  "stats.status": "Stav",
  "stats.country": "Krajina",
  "stats.year": "Rok",
  "stats.yearUnknown": "rok neuvedený",
  "stats.empty": "Za zvolené obdobie tu nie sú žiadne údaje.",
  "stats.summaryCounts": "Celkom {total}. Najviac: {top} ({count}).",
  "stats.summaryNone": "Žiadne údaje.",

  "stats.offers.title": "Ponuky podľa stavu",
  "stats.offers.lead": "Ponuky partnerstva vytvorené v období podľa ich súčasného stavu.",
  "stats.contacts.title": "Kontakty podľa stavu",
  "stats.contacts.lead":
    "Prejavy záujmu a zoznámenia navrhnuté Zväzom, vytvorené v období, podľa ich súčasného stavu.",

  "stats.response.title": "Čas odozvy",
  "stats.response.lead":
    "Z histórie zmien kontaktov vytvorených v období. Medián: polovica kontaktov bola vybavená rýchlejšie, polovica pomalšie.",
  "stats.response.review": "Posúdenie Zväzom",
  "stats.response.reviewDef":
    "od odoslania prejavu záujmu po prvé rozhodnutie Zväzu (odovzdanie adresátovi alebo neodovzdanie);",
  "stats.response.answer": "Odpoveď adresáta",
  "stats.response.answerDef":
    "od prvého odovzdania (alebo zoznámenia od Zväzu) po prvú odpoveď adresáta: prijatie, odmietnutie alebo žiadosť o doplnenie (aj keď za obec bez účtu odpovedal Zväz).",
  "stats.response.measure": "Merané",
  "stats.response.median": "Medián",
  "stats.response.done": "Vybavené",
  "stats.response.waiting": "Stále čaká",
  "stats.response.axis": "Medián v dňoch",
  "stats.response.days": "{n} d",
  "stats.response.hours": "{n} h",
  "stats.response.none": "—",
  "stats.response.summary":
    "Medián posúdenia Zväzom: {review}. Medián odpovede adresáta: {answer}.",

  "stats.partnerships.lead":
    "Všetky zaznamenané partnerstvá: zadané do histórie aj uzavreté cez Spolu. Rok podpisu je taký, ako ho zadala obec alebo Zväz.",
  "stats.byCountry.title": "Partnerstvá podľa krajiny partnera",
  "stats.byYear.title": "Partnerstvá podľa roku podpisu",

  "stats.rows.title": "Exporty po riadkoch",
  "stats.rows.lead":
    "Každý záznam na jednom riadku, pre vlastné výkazy: kódy stavov a krajín, dátumy vo formáte ISO 8601 (UTC). Export rešpektuje zvolené obdobie.",
  "stats.rows.export": "Export",
  "stats.rows.columns": "Stĺpce",
  "stats.rows.offers": "Ponuky",
  "stats.rows.offersCols":
    "číslo, mesto, región, krajina, počet obyvateľov, stav, zdroj, rola autora, dátumy",
  "stats.rows.contacts": "Kontakty",
  "stats.rows.contactsCols":
    "číslo, kto písal prvý, obec, ponuka a jej krajina, stav, vytvorené, odovzdané, prvá odpoveď, posledná zmena",
  "stats.rows.partnerships": "Partnerstvá",
  "stats.rows.partnershipsCols":
    "číslo, česká obec, partnerské mesto a krajina, rok podpisu, pôvod, stav",
};
