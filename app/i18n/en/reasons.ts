import type { reasonsCs } from "../cs/reasons";

export const reasonsEn: Record<keyof typeof reasonsCs, string> = {
  "reason.topics.noProfile":
    "{you, select, yes {Your municipality has} other {{name} has}} no profile on Spolu yet, so its topics are unknown and count half.",
  "reason.topics.noneListed":
    "{you, select, yes {Your municipality has} other {{name} has}} not listed any topics yet.",
  "reason.topics.onlyOne":
    "{town}'s only topic matches {you, select, yes {yours} other {{name}'s}}: {topics}.",
  "reason.topics.shared":
    "{shared} of {town}'s {total} topics {shared, plural, one {matches} other {match}} {you, select, yes {yours} other {{name}'s}}: {topics}.",
  "reason.topics.openToo": "{town} is open to other topics too.",
  "reason.topics.anyTopic": "{town} is open to any topic, so partial points.",
  "reason.topics.noneShared": "No topic in common: {town} seeks cooperation in {topics}.",
  "reason.population.offerRange":
    "{town} seeks a town {bounds, select, both {of {min}–{max} inhabitants} min {of at least {min} inhabitants} other {of at most {max} inhabitants}}; {you, select, yes {yours} other {{name}}} has {population}.",
  "reason.population.municipalityRange":
    "{you, select, yes {Your municipality seeks} other {{name} seeks}} a partner {bounds, select, both {of {min}–{max} inhabitants} min {of at least {min} inhabitants} other {of at most {max} inhabitants}}; {town} has {population}.",
  "reason.population.justOutside": "That is just outside the range.",
  "reason.population.outside": "That is outside the range.",
  "reason.population.similarToTown":
    "Within the range, towns closer to {town}'s size ({population}) score a little higher.",
  "reason.population.similarToMunicipality":
    "Within the range, partners closer to {you, select, yes {your} other {{name}'s}} size ({population}) score a little higher.",
  "reason.population.compare":
    "{town} has {townPopulation} inhabitants, {you, select, yes {your municipality} other {{name}}} {population}; the closer the sizes, the more points.",
  "reason.language.noProfile":
    "{you, select, yes {Your municipality has} other {{name} has}} no profile on Spolu yet: we only know it works in Czech, which {town} does not list. Other languages are unknown and count half.",
  "reason.language.none":
    "No working language in common ({town}: {theirs}; {you, select, yes {your municipality} other {{name}}}: {mine}).",
  "reason.language.common": "Working language in common: {languages}.",
  "reason.language.mutual": "Czech and Slovak are mutually understood.",
  "reason.preferences.countryIn":
    "{you, select, yes {You seek} other {{name} seeks}} partners in {countries}; {town} is in {country}, one of them.",
  "reason.preferences.countryOut":
    "{you, select, yes {You seek} other {{name} seeks}} partners in {countries}; {town} is in {country}.",
  "reason.preferences.krajIn":
    "{town} prefers partners from {kraj}, where {you, select, yes {your municipality is} other {{name} is}}.",
  "reason.preferences.krajOut":
    "{town} prefers partners from {kraje}; {you, select, yes {your municipality} other {{name}}} is in {kraj}.",
  "reason.distance.municipality":
    "{you, select, yes {Your municipality seeks} other {{name} seeks}} a partner within {max} km; the distance is {km} km.",
  "reason.distance.town": "{town} seeks a partner within {max} km; the distance is {km} km.",
  "reason.proximity":
    "{you, select, yes {{town} is {km} km from your municipality} other {{name} is {km} km from {town}}}{points, select, full {; within {full} km proximity earns full points.} none {; from {zero} km on proximity earns no points.} other {; the closer, the more points (half at about {half} km).}}",
  "reason.freshness":
    "{days, plural, =0 {Published today} one {Published # day ago} other {Published # days ago}}{stale, select, yes {; after a year freshness earns no points.} other {; fresher requests score higher.}}",
  "reason.saturation.country":
    "{you, select, yes {Your municipality already has} other {{name} already has}} {count, plural, one {# partner} other {# partners}} in {country}; a new country is slightly preferred.",
  "reason.saturation.requests":
    "{town} already has {count, plural, one {# open request} other {# open requests}} for contact (fully counted from {limit}).",
  "reason.balance":
    "The pair suits one side more than the other ({you, select, yes {your municipality} other {{name}}} {municipality}%, {town} {offer}%), so the score is below their average.",
};
