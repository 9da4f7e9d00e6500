// The sentences that explain a match score (app/domain/scoring-text.ts picks them and their
// numbers; app/i18n/phrases.server.ts writes them). {you} is "yes" when the reader is the
// municipality's own mayor, who reads "vaše obec" instead of its name. Lists ({topics},
// {countries}, {languages}, {kraje}) arrive already written in the reader's language.
export const reasonsCs = {
  "reason.topics.noProfile":
    "{you, select, yes {Vaše obec} other {Obec {name}}} zatím nemá na Spolu profil, témata spolupráce neznáme: počítají se napůl.",
  "reason.topics.noneListed":
    "{you, select, yes {Vaše obec} other {Obec {name}}} zatím neuvedla žádná témata spolupráce.",
  "reason.topics.onlyOne":
    "Jediné téma, které uvádí {town}, odpovídá zájmům {you, select, yes {vaší obce} other {obce {name}}}: {topics}.",
  "reason.topics.shared":
    "{shared} z {total} témat, která uvádí {town}, {shared, plural, one {odpovídá} few {odpovídají} other {odpovídá}} zájmům {you, select, yes {vaší obce} other {obce {name}}}: {topics}.",
  "reason.topics.openToo": "{town} přijme i jiná témata.",
  "reason.topics.anyTopic": "{town} hledá partnera pro jakékoli téma, proto částečné body.",
  "reason.topics.noneShared": "Žádné společné téma: {town} hledá spolupráci v oblastech {topics}.",
  "reason.population.offerRange":
    "{town} hledá obec {bounds, select, both {s {min}–{max} obyvateli} min {s alespoň {min} obyvateli} other {s nejvýše {max} obyvateli}}; {you, select, yes {vaše obec} other {obec {name}}} má {population}.",
  "reason.population.municipalityRange":
    "{you, select, yes {Vaše obec} other {Obec {name}}} hledá partnera {bounds, select, both {s {min}–{max} obyvateli} min {s alespoň {min} obyvateli} other {s nejvýše {max} obyvateli}}; {town} má {population}.",
  "reason.population.justOutside": "To je jen kousek mimo požadovaný rozsah.",
  "reason.population.outside": "To je mimo požadovaný rozsah.",
  "reason.population.similarToTown":
    "V rozsahu mají o něco víc bodů obce podobné velikosti jako {town} ({population}).",
  "reason.population.similarToMunicipality":
    "V rozsahu mají o něco víc bodů partneři podobné velikosti jako {you, select, yes {vaše obec} other {obec {name}}} ({population}).",
  "reason.population.compare":
    "{town} má {townPopulation} obyvatel, {you, select, yes {vaše obec} other {obec {name}}} {population}; čím podobnější velikost, tím víc bodů.",
  "reason.language.noProfile":
    "{you, select, yes {Vaše obec} other {Obec {name}}} zatím nemá na Spolu profil: víme jen, že úřaduje česky, a {town} češtinu neuvádí. Další jazyky neznáme, počítají se napůl.",
  "reason.language.none":
    "Žádný společný pracovní jazyk ({town}: {theirs}; {you, select, yes {vaše obec} other {obec {name}}}: {mine}).",
  "reason.language.common": "Společný pracovní jazyk: {languages}.",
  "reason.language.mutual": "Čeština a slovenština jsou vzájemně srozumitelné.",
  "reason.preferences.countryIn":
    "{you, select, yes {Vaše obec} other {Obec {name}}} hledá partnery v zemích {countries}; {town} je odtud ({country}).",
  "reason.preferences.countryOut":
    "{you, select, yes {Vaše obec} other {Obec {name}}} hledá partnery v zemích {countries}; {town} je odjinud ({country}).",
  "reason.preferences.krajIn":
    "{town} dává přednost obcím z kraje, kde leží {you, select, yes {vaše obec} other {obec {name}}} ({kraj}).",
  "reason.preferences.krajOut":
    "{town} dává přednost obcím z krajů: {kraje}; {you, select, yes {vaše obec} other {obec {name}}} leží jinde ({kraj}).",
  "reason.distance.municipality":
    "{you, select, yes {Vaše obec} other {Obec {name}}} hledá partnera do {max} km; vzdálenost je {km} km.",
  "reason.distance.town": "{town} hledá partnera do {max} km; vzdálenost je {km} km.",
  // "35 km od Kłodzka" would need the foreign name declined: both names stay in the nominative.
  "reason.proximity":
    "{you, select, yes {{town} leží {km} km od vaší obce} other {Obec {name} a {town} jsou od sebe {km} km}}{points, select, full {; do {full} km plné body za blízkost.} none {; od {zero} km už za blízkost body nejsou.} other {; čím blíž, tím víc bodů (polovina kolem {half} km).}}",
  "reason.freshness":
    "{days, plural, =0 {Nabídka byla zveřejněna dnes} one {Nabídka byla zveřejněna před # dnem} few {Nabídka byla zveřejněna před # dny} other {Nabídka byla zveřejněna před # dny}}{stale, select, yes {; po roce už za čerstvost body nezíská.} other {; čerstvější nabídky mají víc bodů.}}",
  "reason.saturation.country":
    "{you, select, yes {Vaše obec} other {Obec {name}}} už má v této zemi ({country}) {count, plural, one {# partnera} few {# partnery} other {# partnerů}}; nová země má mírnou přednost.",
  "reason.saturation.requests":
    "{town} už má {count, plural, one {# otevřenou žádost} few {# otevřené žádosti} other {# otevřených žádostí}} o kontakt (plně se počítá od {limit}).",
  "reason.balance":
    "Dvojice vyhovuje jedné straně víc než druhé ({you, select, yes {vaše obec} other {obec {name}}} {municipality} %, {town} {offer} %), proto je skóre pod jejich průměrem.",
} as const;
