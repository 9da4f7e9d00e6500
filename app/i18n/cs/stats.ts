// Staff statistics and reporting exports (/admin/stats).
export const statsCs = {
  "stats.nav": "Statistiky",
  "stats.title": "Statistiky a exporty",
  "stats.lead":
    "Souhrny pro výkazy Svazu. U každého grafu je tabulka s čísly a odkaz ke stažení CSV (UTF-8, Excel jej otevře i s diakritikou).",
  "stats.privacy":
    "Exporty obsahují jen to, co výkazy potřebují: žádné kontaktní osoby, e-maily, telefony, zprávy ani interní poznámky. Ty k vykazování nejsou potřeba a zůstávají jen ve Spolu.",
  "stats.period": "Období",
  "stats.allTime": "Celé období",
  "stats.show": "Zobrazit",
  "stats.periodNote":
    "Rok se počítá podle data vytvoření (nabídky, kontakty) a u partnerství podle roku podpisu. Data jsou v UTC.",
  "stats.download": "Stáhnout CSV",
  "stats.numbers": "Čísla",
  "stats.count": "Počet",
  "stats.status": "Stav",
  "stats.country": "Země",
  "stats.year": "Rok",
  "stats.yearUnknown": "rok neuveden",
  "stats.empty": "Za zvolené období tu nejsou žádná data.",
  "stats.summaryCounts": "Celkem {total}. Nejvíce: {top} ({count}).",
  "stats.summaryNone": "Žádná data.",

  "stats.offers.title": "Nabídky podle stavu",
  "stats.offers.lead": "Nabídky partnerství vytvořené v období, podle svého současného stavu.",
  "stats.contacts.title": "Kontakty podle stavu",
  "stats.contacts.lead":
    "Projevy zájmu a představení Svazem vytvořené v období, podle svého současného stavu.",

  "stats.response.title": "Doba odezvy",
  "stats.response.lead":
    "Z historie změn kontaktů vytvořených v období. Medián: polovina kontaktů byla vyřízena rychleji, polovina pomaleji.",
  "stats.response.review": "Posouzení Svazem",
  "stats.response.reviewDef":
    "od odeslání projevu zájmu po první rozhodnutí Svazu (předání adresátovi, nebo nepředání);",
  "stats.response.answer": "Odpověď adresáta",
  "stats.response.answerDef":
    "od prvního předání (nebo představení Svazem) po první odpověď adresáta: přijetí, odmítnutí, nebo žádost o doplnění (i když za obec bez účtu odpověděl Svaz).",
  "stats.response.measure": "Měřeno",
  "stats.response.median": "Medián",
  "stats.response.done": "Vyřízeno",
  "stats.response.waiting": "Stále čeká",
  "stats.response.axis": "Medián ve dnech",
  "stats.response.days": "{n} d",
  "stats.response.hours": "{n} h",
  "stats.response.none": "—",
  "stats.response.summary":
    "Medián posouzení Svazem: {review}. Medián odpovědi adresáta: {answer}.",

  "stats.partnerships.lead":
    "Všechna zaznamenaná partnerství: zadaná do historie i uzavřená přes Spolu. Rok podpisu je takový, jak jej obec nebo Svaz zadali.",
  "stats.byCountry.title": "Partnerství podle země partnera",
  "stats.byYear.title": "Partnerství podle roku podpisu",

  "stats.rows.title": "Exporty po řádcích",
  "stats.rows.lead":
    "Každý záznam na jednom řádku, pro vlastní výkazy: kódy stavů a zemí, data ve formátu ISO 8601 (UTC). Export respektuje zvolené období.",
  "stats.rows.export": "Export",
  "stats.rows.columns": "Sloupce",
  "stats.rows.offers": "Nabídky",
  "stats.rows.offersCols":
    "číslo, obec, region, země, počet obyvatel, stav, zdroj, role autora, data",
  "stats.rows.contacts": "Kontakty",
  "stats.rows.contactsCols":
    "číslo, kdo psal první, obec, nabídka a její země, stav, vytvořeno, předáno, první odpověď, poslední změna",
  "stats.rows.partnerships": "Partnerství",
  "stats.rows.partnershipsCols":
    "číslo, česká obec, partnerské město a země, rok podpisu, původ, stav",
} as const;
