// The Slovak of ../cs/registry.ts.
import type { registryCs } from "../cs/registry";

export const registrySk: Record<keyof typeof registryCs, string> = {
  "registry.intro":
    "Partnerstvá českých obcí s mestami v zahraničí: prevzaté z verejných zoznamov (neoverené, kým ich obec alebo Zväz nepotvrdí), zapísané obcami a uzavreté cez Spolu.",
  "registry.country": "Krajina partnera",
  "registry.anyCountry": "Všetky krajiny",
  "registry.kraj": "Kraj obce",
  "registry.anyKraj": "Všetky kraje",
  "registry.verified": "Overenie",
  "registry.verifiedAny": "Overené aj neoverené",
  "registry.verifiedYes": "Iba overené",
  "registry.verifiedNo": "Iba neoverené (z verejných zoznamov)",
  "registry.count": "Partnerstvá: {count}",
  "registry.emptyFiltered":
    "Týmto filtrom nezodpovedá žiadne partnerstvo. Skúste iné alebo ich zrušte.",
  "registry.csv": "Stiahnuť CSV",
  "registry.api": "API a opis údajov",
  "registry.attribution":
    "Existujúce partnerstvá: zoznamy partnerských miest na Wikipédii (CC BY-SA), neoverené, kým ich obec nepotvrdí.",
  "registry.badge.unverified": "neoverené",
  "registry.badge.municipality": "potvrdené obcou",
  "registry.badge.union": "overené Zväzom",
  "registry.profileHint":
    "Partnerské mestá sa nezapisujú do profilu: nájdete ich v registri partnerstiev na stránke vašej obce, kde ich potvrdíte, opravíte alebo doplníte.",
  "registry.manage": "Potvrdiť, opraviť alebo doplniť partnerstvá",
  "registry.afterVerification":
    "Partnerstvá obce budete môcť potvrdzovať, opravovať a dopĺňať, hneď ako Zväz overí, že obec zastupujete.",
  "registry.manageTitle": "Partnerstvá obce {name}",
  "registry.manageLead":
    "Riadky z verejných zoznamov sú neoverené: potvrďte tie, ktoré platia, opravte rok a stav, odoberte tie, ktoré neplatia, a doplňte chýbajúce. Každá zmena sa zapíše do histórie.",
  "registry.manageLeadStaff":
    "Ako Zväz môžete riadky potvrdiť, opraviť, odobrať a doplniť za obec; zmeny sa v histórii zapíšu ako zmeny Zväzu.",
  "registry.rows": "Zapísané partnerstvá ({count})",
  "registry.noRows": "Spolu pri tejto obci zatiaľ nepozná žiadne partnerstvo. Doplňte ich nižšie.",
  "registry.yearUnknown": "rok vzniku neznámy",
  "registry.state": "Stav",
  "registry.state.active": "aktívne",
  "registry.state.dormant": "nečinné",
  "registry.confirmedOn": "potvrdené {date}",
  "registry.confirm": "Potvrdiť partnerstvo s mestom {town}",
  "registry.correct": "Opraviť rok alebo stav",
  "registry.sinceHint":
    "Štvormiestny rok medzi {first} a {last}; ak ho nepoznáte, nechajte prázdne.",
  "registry.saveCorrection": "Uložiť opravu",
  "registry.remove": "Odobrať",
  "registry.removeWarning":
    "Partnerstvo s mestom {town} zmizne zo stránok Spolu, z mapy aj z otvorených údajov; v histórii zostane a neskorší import zoznamov ho nevráti.",
  "registry.removeReason": "Prečo (nepovinné, uvidí Zväz aj návštevníci histórie)",
  "registry.removeConfirm": "Áno, odobrať {town}",
  "registry.add": "Doplniť chýbajúce partnerstvo",
  "registry.addHint": "Mesto v zahraničí, s ktorým má obec partnerstvo a ktoré v zozname chýba.",
  "registry.addSubmit": "Pridať partnerstvo",
  "registry.done.confirm": "Partnerstvo potvrdené.",
  "registry.done.correct": "Oprava uložená.",
  "registry.done.remove": "Partnerstvo odobraté.",
  "registry.done.add": "Partnerstvo pridané.",
  "registry.error.duplicate": "Toto mesto už obec medzi partnermi má.",
  "registry.error.notFound":
    "Toto partnerstvo už v registri nie je (možno ho medzitým niekto odobral). Stránka ukazuje aktuálny stav.",
  "registry.error.unknownAction": "Neznáma akcia. Obnovte stránku a skúste to znova.",
  "registry.history.confirmed": "potvrdené",
  "registry.history.corrected": "opravené",
  "registry.history.removed": "odobraté",
  "registry.history.added": "pridané",
  "registry.history.activity": "zaznamenaná aktivita",
  "registry.history.create": "uzavreté cez Spolu",
  "registry.history.dormant": "označené ako nečinné",
  "registry.history.other": "zmena",
  "registry.by.municipality": "obec",
  "registry.by.union": "Zväz",
  "registry.by.foreign": "partnerské mesto",
  "partnerships.source.public_list": "z verejných zoznamov",
  "openData.apiPartnerships":
    "Register partnerstiev českých obcí s mestami v zahraničí; filtre country, kraj, verified (1/0). Riadky z verejných zoznamov nesú zdroj a licenciu CC BY-SA.",
  "openData.partnershipsCsv": "To isté ako CSV, s rovnakými filtrami.",
};
