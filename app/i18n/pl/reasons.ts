// The Polish of ../cs/reasons.ts.
import type { reasonsCs } from "../cs/reasons";

export const reasonsPl: Record<keyof typeof reasonsCs, string> = {
  "reason.topics.noProfile":
    "{you, select, yes {Państwa gmina} other {Gmina {name}}} nie ma jeszcze profilu w Spolu, więc nie znamy jej tematów współpracy: liczą się połowicznie.",
  "reason.topics.noneListed":
    "{you, select, yes {Państwa gmina} other {Gmina {name}}} nie podała jeszcze żadnych tematów współpracy.",
  "reason.topics.onlyOne":
    "Jedyny temat, który podaje {town}, odpowiada zainteresowaniom {you, select, yes {Państwa gminy} other {gminy {name}}}: {topics}.",
  "reason.topics.shared":
    "{shared} z {total} tematów, które podaje {town}, {shared, plural, one {odpowiada} few {odpowiadają} many {odpowiada} other {odpowiada}} zainteresowaniom {you, select, yes {Państwa gminy} other {gminy {name}}}: {topics}.",
  "reason.topics.openToo": "{town} przyjmie także inne tematy.",
  "reason.topics.anyTopic":
    "{town} szuka partnera do współpracy w dowolnym temacie, dlatego przyznajemy część punktów.",
  "reason.topics.noneShared":
    "Brak wspólnego tematu: {town} szuka współpracy w obszarach: {topics}.",
  "reason.population.offerRange":
    "{town} szuka gminy {bounds, select, both {liczącej {min}–{max} mieszkańców} min {liczącej co najmniej {min} mieszkańców} other {liczącej najwyżej {max} mieszkańców}}; {you, select, yes {Państwa gmina} other {gmina {name}}} liczy {population}.",
  "reason.population.municipalityRange":
    "{you, select, yes {Państwa gmina} other {Gmina {name}}} szuka partnera {bounds, select, both {liczącego {min}–{max} mieszkańców} min {liczącego co najmniej {min} mieszkańców} other {liczącego najwyżej {max} mieszkańców}}; {town} liczy {population}.",
  "reason.population.justOutside": "To tylko nieznacznie wykracza poza wymagany zakres.",
  "reason.population.outside": "To wykracza poza wymagany zakres.",
  "reason.population.similarToTown":
    "W ramach zakresu nieco więcej punktów otrzymują gminy o wielkości zbliżonej do tej, którą ma {town} ({population}).",
  "reason.population.similarToMunicipality":
    "W ramach zakresu nieco więcej punktów otrzymują partnerzy o wielkości zbliżonej do {you, select, yes {Państwa gminy} other {gminy {name}}} ({population}).",
  "reason.population.compare":
    "{town} liczy {townPopulation} mieszkańców, {you, select, yes {Państwa gmina} other {gmina {name}}} {population}; im bardziej zbliżona wielkość, tym więcej punktów.",
  "reason.language.noProfile":
    "{you, select, yes {Państwa gmina} other {Gmina {name}}} nie ma jeszcze profilu w Spolu: wiemy tylko, że urzęduje w języku czeskim, a {town} nie podaje języka czeskiego. Innych języków nie znamy, liczą się połowicznie.",
  "reason.language.none":
    "Brak wspólnego języka roboczego ({town}: {theirs}; {you, select, yes {Państwa gmina} other {gmina {name}}}: {mine}).",
  "reason.language.common": "Wspólny język roboczy: {languages}.",
  "reason.language.mutual": "Czeski i słowacki są wzajemnie zrozumiałe.",
  "reason.preferences.countryIn":
    "{you, select, yes {Państwa gmina} other {Gmina {name}}} szuka partnerów w państwach: {countries}; {town} tam leży ({country}).",
  "reason.preferences.countryOut":
    "{you, select, yes {Państwa gmina} other {Gmina {name}}} szuka partnerów w państwach: {countries}; {town} leży gdzie indziej ({country}).",
  "reason.preferences.krajIn":
    "{town} preferuje gminy z kraju, w którym leży {you, select, yes {Państwa gmina} other {gmina {name}}} ({kraj}).",
  "reason.preferences.krajOut":
    "{town} preferuje gminy z krajów: {kraje}; {you, select, yes {Państwa gmina} other {gmina {name}}} leży gdzie indziej ({kraj}).",
  "reason.distance.municipality":
    "{you, select, yes {Państwa gmina} other {Gmina {name}}} szuka partnera w odległości do {max} km; odległość wynosi {km} km.",
  "reason.distance.town":
    "{town} szuka partnera w odległości do {max} km; odległość wynosi {km} km.",
  // "35 km od Kłodzka" would need the foreign name declined: both names stay in the nominative.
  "reason.proximity":
    "{you, select, yes {{town} leży {km} km od Państwa gminy} other {Gmina {name} i {town} leżą {km} km od siebie}}{points, select, full {; do {full} km pełna liczba punktów za bliskość.} none {; od {zero} km bliskość nie daje już punktów.} other {; im bliżej, tym więcej punktów (połowa przy ok. {half} km).}}",
  "reason.freshness":
    "{days, plural, =0 {Oferta została opublikowana dzisiaj} one {Oferta została opublikowana # dzień temu} few {Oferta została opublikowana # dni temu} many {Oferta została opublikowana # dni temu} other {Oferta została opublikowana # dnia temu}}{stale, select, yes {; po roku nie otrzymuje już punktów za aktualność.} other {; nowsze oferty otrzymują więcej punktów.}}",
  "reason.saturation.country":
    "{you, select, yes {Państwa gmina ma} other {Gmina {name} ma}} już w tym państwie ({country}) {count, plural, one {# partnera} few {# partnerów} many {# partnerów} other {# partnera}}; nowe państwo jest nieznacznie preferowane.",
  "reason.saturation.requests":
    "{town} ma już {count, plural, one {# otwartą prośbę} few {# otwarte prośby} many {# otwartych próśb} other {# otwartej prośby}} o kontakt (w pełni liczone od {limit}).",
  "reason.balance":
    "Para odpowiada jednej stronie bardziej niż drugiej ({you, select, yes {Państwa gmina} other {gmina {name}}} {municipality}%, {town} {offer}%), dlatego wynik jest niższy niż ich średnia.",
};
