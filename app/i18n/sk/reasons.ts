// The Slovak of ../cs/reasons.ts.
import type { reasonsCs } from "../cs/reasons";

export const reasonsSk: Record<keyof typeof reasonsCs, string> = {
  "reason.topics.noProfile":
    "{you, select, yes {Vaša obec} other {Obec {name}}} zatiaľ nemá na Spolu profil, témy spolupráce nepoznáme: započítavajú sa z polovice.",
  "reason.topics.noneListed":
    "{you, select, yes {Vaša obec} other {Obec {name}}} zatiaľ neuviedla žiadne témy spolupráce.",
  "reason.topics.onlyOne":
    "Jediná téma, ktorú uvádza {town}, zodpovedá záujmom {you, select, yes {vašej obce} other {obce {name}}}: {topics}.",
  "reason.topics.shared":
    "{shared} z {total} tém, ktoré uvádza {town}, {shared, plural, one {zodpovedá} few {zodpovedajú} many {zodpovedá} other {zodpovedá}} záujmom {you, select, yes {vašej obce} other {obce {name}}}: {topics}.",
  "reason.topics.openToo": "{town} prijme aj iné témy.",
  "reason.topics.anyTopic": "{town} hľadá partnera pre akúkoľvek tému, preto čiastočné body.",
  "reason.topics.noneShared":
    "Žiadna spoločná téma: {town} hľadá spoluprácu v oblastiach {topics}.",
  "reason.population.offerRange":
    "{town} hľadá obec {bounds, select, both {s {min}–{max} obyvateľmi} min {s najmenej {min} obyvateľmi} other {s najviac {max} obyvateľmi}}; {you, select, yes {vaša obec} other {obec {name}}} má {population}.",
  "reason.population.municipalityRange":
    "{you, select, yes {Vaša obec} other {Obec {name}}} hľadá partnera {bounds, select, both {s {min}–{max} obyvateľmi} min {s najmenej {min} obyvateľmi} other {s najviac {max} obyvateľmi}}; {town} má {population}.",
  "reason.population.justOutside": "To je len tesne mimo požadovaného rozsahu.",
  "reason.population.outside": "To je mimo požadovaného rozsahu.",
  "reason.population.similarToTown":
    "V rámci rozsahu majú o niečo viac bodov obce podobnej veľkosti ako {town} ({population}).",
  "reason.population.similarToMunicipality":
    "V rámci rozsahu majú o niečo viac bodov partneri podobnej veľkosti ako {you, select, yes {vaša obec} other {obec {name}}} ({population}).",
  "reason.population.compare":
    "{town} má {townPopulation} obyvateľov, {you, select, yes {vaša obec} other {obec {name}}} {population}; čím podobnejšia veľkosť, tým viac bodov.",
  "reason.language.noProfile":
    "{you, select, yes {Vaša obec} other {Obec {name}}} zatiaľ nemá na Spolu profil: vieme len, že úraduje v češtine, a {town} češtinu neuvádza. Ďalšie jazyky nepoznáme, započítavajú sa z polovice.",
  "reason.language.none":
    "Žiadny spoločný pracovný jazyk ({town}: {theirs}; {you, select, yes {vaša obec} other {obec {name}}}: {mine}).",
  "reason.language.common": "Spoločný pracovný jazyk: {languages}.",
  "reason.language.mutual": "Čeština a slovenčina sú vzájomne zrozumiteľné.",
  "reason.preferences.countryIn":
    "{you, select, yes {Vaša obec} other {Obec {name}}} hľadá partnerov v krajinách {countries}; {town} je odtiaľ ({country}).",
  "reason.preferences.countryOut":
    "{you, select, yes {Vaša obec} other {Obec {name}}} hľadá partnerov v krajinách {countries}; {town} je odinakiaľ ({country}).",
  "reason.preferences.krajIn":
    "{town} uprednostňuje obce z kraja, v ktorom leží {you, select, yes {vaša obec} other {obec {name}}} ({kraj}).",
  "reason.preferences.krajOut":
    "{town} uprednostňuje obce z krajov: {kraje}; {you, select, yes {vaša obec} other {obec {name}}} leží inde ({kraj}).",
  "reason.distance.municipality":
    "{you, select, yes {Vaša obec} other {Obec {name}}} hľadá partnera do {max} km; vzdialenosť je {km} km.",
  "reason.distance.town": "{town} hľadá partnera do {max} km; vzdialenosť je {km} km.",
  // "35 km od Kłodzka" would need the foreign name declined: both names stay in the nominative.
  "reason.proximity":
    "{you, select, yes {{town} leží {km} km od vašej obce} other {Obec {name} a {town} sú od seba vzdialené {km} km}}{points, select, full {; do {full} km plný počet bodov za blízkosť.} none {; od {zero} km už za blízkosť body nie sú.} other {; čím bližšie, tým viac bodov (polovica okolo {half} km).}}",
  "reason.freshness":
    "{days, plural, =0 {Ponuka bola zverejnená dnes} one {Ponuka bola zverejnená pred # dňom} few {Ponuka bola zverejnená pred # dňami} many {Ponuka bola zverejnená pred # dňa} other {Ponuka bola zverejnená pred # dňami}}{stale, select, yes {; po roku už za aktuálnosť body nezíska.} other {; novšie ponuky majú viac bodov.}}",
  "reason.saturation.country":
    "{you, select, yes {Vaša obec} other {Obec {name}}} už má v tejto krajine ({country}) {count, plural, one {# partnera} few {# partnerov} many {# partnera} other {# partnerov}}; nová krajina má miernu prednosť.",
  "reason.saturation.requests":
    "{town} už má {count, plural, one {# otvorenú žiadosť} few {# otvorené žiadosti} many {# otvorenej žiadosti} other {# otvorených žiadostí}} o kontakt (naplno sa počíta od {limit}).",
  "reason.balance":
    "Dvojica vyhovuje jednej strane viac než druhej ({you, select, yes {vaša obec} other {obec {name}}} {municipality} %, {town} {offer} %), preto je skóre pod ich priemerom.",
};
