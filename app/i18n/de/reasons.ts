// The German of ../cs/reasons.ts.
import type { reasonsCs } from "../cs/reasons";

export const reasonsDe: Record<keyof typeof reasonsCs, string> = {
  "reason.topics.noProfile":
    "{you, select, yes {Ihre Gemeinde hat} other {Die Gemeinde {name} hat}} noch kein Profil auf Spolu, daher kennen wir ihre Themen der Zusammenarbeit nicht; sie werden zur Hälfte gewertet.",
  "reason.topics.noneListed":
    "{you, select, yes {Ihre Gemeinde hat} other {Die Gemeinde {name} hat}} noch keine Themen der Zusammenarbeit angegeben.",
  "reason.topics.onlyOne":
    "Das einzige Thema, das {town} angibt, entspricht den Interessen {you, select, yes {Ihrer Gemeinde} other {der Gemeinde {name}}}: {topics}.",
  "reason.topics.shared":
    "{shared} von {total} Themen, die {town} angibt, {shared, plural, one {entspricht} other {entsprechen}} den Interessen {you, select, yes {Ihrer Gemeinde} other {der Gemeinde {name}}}: {topics}.",
  "reason.topics.openToo": "{town} ist auch für andere Themen offen.",
  "reason.topics.anyTopic":
    "{town} sucht einen Partner für jedes beliebige Thema, daher gibt es einen Teil der Punkte.",
  "reason.topics.noneShared":
    "Kein gemeinsames Thema: {town} sucht Zusammenarbeit in den Bereichen {topics}.",
  "reason.population.offerRange":
    "{town} sucht eine Gemeinde {bounds, select, both {mit {min}–{max} Einwohnern} min {mit mindestens {min} Einwohnern} other {mit höchstens {max} Einwohnern}}; {you, select, yes {Ihre Gemeinde} other {die Gemeinde {name}}} hat {population}.",
  "reason.population.municipalityRange":
    "{you, select, yes {Ihre Gemeinde} other {Die Gemeinde {name}}} sucht einen Partner {bounds, select, both {mit {min}–{max} Einwohnern} min {mit mindestens {min} Einwohnern} other {mit höchstens {max} Einwohnern}}; {town} hat {population}.",
  "reason.population.justOutside": "Das liegt knapp außerhalb des gewünschten Bereichs.",
  "reason.population.outside": "Das liegt außerhalb des gewünschten Bereichs.",
  "reason.population.similarToTown":
    "Innerhalb des Bereichs erhalten Gemeinden von ähnlicher Größe wie {town} ({population}) etwas mehr Punkte.",
  "reason.population.similarToMunicipality":
    "Innerhalb des Bereichs erhalten Partner von ähnlicher Größe wie {you, select, yes {Ihre Gemeinde} other {die Gemeinde {name}}} ({population}) etwas mehr Punkte.",
  "reason.population.compare":
    "{town} hat {townPopulation} Einwohner, {you, select, yes {Ihre Gemeinde} other {die Gemeinde {name}}} {population}; je ähnlicher die Größe, desto mehr Punkte.",
  "reason.language.noProfile":
    "{you, select, yes {Ihre Gemeinde hat} other {Die Gemeinde {name} hat}} noch kein Profil auf Spolu: Wir wissen nur, dass ihre Amtssprache Tschechisch ist, und {town} gibt Tschechisch nicht an. Weitere Sprachen kennen wir nicht; sie werden zur Hälfte gewertet.",
  "reason.language.none":
    "Keine gemeinsame Arbeitssprache ({town}: {theirs}; {you, select, yes {Ihre Gemeinde} other {Gemeinde {name}}}: {mine}).",
  "reason.language.common": "Gemeinsame Arbeitssprache: {languages}.",
  "reason.language.mutual": "Tschechisch und Slowakisch sind gegenseitig verständlich.",
  "reason.preferences.countryIn":
    "{you, select, yes {Ihre Gemeinde} other {Die Gemeinde {name}}} sucht Partner in den Ländern {countries}; {town} liegt dort ({country}).",
  "reason.preferences.countryOut":
    "{you, select, yes {Ihre Gemeinde} other {Die Gemeinde {name}}} sucht Partner in den Ländern {countries}; {town} liegt anderswo ({country}).",
  "reason.preferences.krajIn":
    "{town} bevorzugt Gemeinden aus der Region, in der {you, select, yes {Ihre Gemeinde} other {die Gemeinde {name}}} liegt ({kraj}).",
  "reason.preferences.krajOut":
    "{town} bevorzugt Gemeinden aus diesen Regionen: {kraje}; {you, select, yes {Ihre Gemeinde} other {die Gemeinde {name}}} liegt anderswo ({kraj}).",
  "reason.distance.municipality":
    "{you, select, yes {Ihre Gemeinde} other {Die Gemeinde {name}}} sucht einen Partner im Umkreis von {max} km; die Entfernung beträgt {km} km.",
  "reason.distance.town":
    "{town} sucht einen Partner im Umkreis von {max} km; die Entfernung beträgt {km} km.",
  // "35 km von Kłodzko entfernt" is fine in German, but both names stay in the nominative anyway.
  "reason.proximity":
    "{you, select, yes {{town} liegt {km} km von Ihrer Gemeinde entfernt} other {Die Gemeinde {name} und {town} liegen {km} km voneinander entfernt}}{points, select, full {; bis {full} km gibt es die volle Punktzahl für Nähe.} none {; ab {zero} km gibt es für Nähe keine Punkte mehr.} other {; je näher, desto mehr Punkte (die Hälfte bei etwa {half} km).}}",
  "reason.freshness":
    "{days, plural, =0 {Die Anfrage wurde heute veröffentlicht} one {Die Anfrage wurde vor # Tag veröffentlicht} other {Die Anfrage wurde vor # Tagen veröffentlicht}}{stale, select, yes {; nach einem Jahr erhält sie keine Punkte mehr für Aktualität.} other {; neuere Anfragen erhalten mehr Punkte.}}",
  "reason.saturation.country":
    "{you, select, yes {Ihre Gemeinde hat} other {Die Gemeinde {name} hat}} in diesem Land ({country}) bereits {count, plural, one {# Partner} other {# Partner}}; ein neues Land wird leicht bevorzugt.",
  "reason.saturation.requests":
    "{town} hat bereits {count, plural, one {# offene Kontaktanfrage} other {# offene Kontaktanfragen}} (voll angerechnet ab {limit}).",
  "reason.balance":
    "Das Paar passt für die eine Seite besser als für die andere ({you, select, yes {Ihre Gemeinde} other {Gemeinde {name}}} {municipality} %, {town} {offer} %), daher liegt die Punktzahl unter ihrem Durchschnitt.",
};
