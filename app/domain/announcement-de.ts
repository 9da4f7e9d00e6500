// German: Städtepartnerschaft notices as the Deutscher Städtetag, the Austrian
// Städtebund and German or Austrian towns publish them ("Die Stadt Bad Kötzting im
// Landkreis Cham sucht eine Partnerstadt in Tschechien …").
import { fold, type Lexicon, populationPatterns, re, rf } from "./announcement-lexicon";

// The states of Germany and Austria: a region, and the country when none is named.
const STATES: [string, string][] = [
  ["Baden-Württemberg", "DE"],
  ["Bayern", "DE"],
  ["Brandenburg", "DE"],
  ["Hessen", "DE"],
  ["Mecklenburg-Vorpommern", "DE"],
  ["Niedersachsen", "DE"],
  ["Nordrhein-Westfalen", "DE"],
  ["Rheinland-Pfalz", "DE"],
  ["Saarland", "DE"],
  ["Sachsen-Anhalt", "DE"],
  ["Sachsen", "DE"],
  ["Schleswig-Holstein", "DE"],
  ["Thüringen", "DE"],
  ["Burgenland", "AT"],
  ["Kärnten", "AT"],
  ["Niederösterreich", "AT"],
  ["Oberösterreich", "AT"],
  ["Salzburg", "AT"],
  ["Steiermark", "AT"],
  ["Tirol", "AT"],
  ["Vorarlberg", "AT"],
];
const STATE_NAMES = STATES.map(([name]) => name).join("|");
// "im Bundesland Steiermark", "in der Steiermark", "in Bayern", "(Bayern)"; a bare
// "Salzburg" is as likely the city.
const STATE = re(
  String.raw`(?:\b(?:Bundesland|Freistaat|Land|in(?:\s+der)?|im)\s+|\()(${STATE_NAMES})(?![\p{L}-])`,
);
// Capitalised country names that end a town name: "Zittau in Deutschland" is Zittau.
const COUNTRY_NOUNS = [
  "Deutschland",
  "Österreich",
  "Schweiz",
  "Polen",
  "Tschechien",
  "Slowakei",
  "Ungarn",
  "Italien",
  "Frankreich",
  "Slowenien",
  "Kroatien",
  "Europa",
];
const DISTRICT = re(
  /\b(Landkreis|Kreis|Bezirk|Kanton|Region|Woiwodschaft)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u,
);

export const de: Lexicon = {
  language: "de",
  detect: {
    letters: /[äöüß]/g,
    words: re(
      /\b(?:der|die|das|und|ist|mit|sich|für|von|eine|einer|einen|ein|dem|im|auf|zu|stadt|gemeinde|einwohner\p{L}*|sucht|nicht|auch|bei|aus|wird|werden|sowie)\b/gu,
    ),
  },
  ignore: [
    rf(
      /\bdeutsche[rn]? (?:stadtetag|stadte und gemeindebund|landkreistag)\b|\bosterreichische[rn]? (?:stadtebund|gemeindebund)\b/g,
    ),
    // An uninflected "-isch" word is a language ("auf Polnisch", "Englisch oder Deutsch");
    // a country's adjective before a noun is inflected ("polnische Stadt").
    rf(/\b\w+isch\b|\b\w+kenntniss\w*|\b\w+isch\w* sprache\w*|\b\w+sprachig\w*/g),
  ],
  countries: [
    [rf(/\bpolnisch\w|\bpolen\b/), "PL"],
    [rf(/\bdeutschland\b|\bdeutsch\w* (?:stadt|gemeinde|kommune|kleinstadt|kreisstadt)\b/), "DE"],
    [rf(/\bosterreich/), "AT"],
    [rf(/\bslowakisch\w|\bslowakei\b/), "SK"],
    [rf(/\bukrain/), "UA"],
    [rf(/\bungarisch\w|\bungarn\b/), "HU"],
    [rf(/\bitalienisch\w|\bitalien\b/), "IT"],
    [rf(/\bfranzosisch\w|\bfrankreich\b/), "FR"],
    [rf(/\bslowenisch\w|\bslowenien\b/), "SI"],
    [rf(/\bkroatisch\w|\bkroatien\b/), "HR"],
    [rf(/\bniederlandisch\w|\bniederlande|\bhollandisch\w/), "NL"],
    [rf(/\bbelgisch\w|\bbelgien\b/), "BE"],
    [
      rf(
        /\bbritisch\w|\bgrossbritannien\b|\bvereinigt\w* konigreich|\bengland\b|\bschottland\b|\bwales\b/,
      ),
      "GB",
    ],
    [rf(/\bspanisch\w|\bspanien\b/), "ES"],
    [rf(/\bportugiesisch\w|\bportugal\b/), "PT"],
    [rf(/\brumanisch\w|\brumanien\b/), "RO"],
    [rf(/\bbulgarisch\w|\bbulgarien\b/), "BG"],
    [rf(/\blitauisch\w|\blitauen\b/), "LT"],
    [rf(/\blettisch\w|\blettland\b/), "LV"],
    [rf(/\bestnisch\w|\bestland\b/), "EE"],
    [rf(/\bfinnisch\w|\bfinnland\b/), "FI"],
    [rf(/\bschwedisch\w|\bschweden\b/), "SE"],
    [rf(/\bdanisch\w|\bdanemark\b/), "DK"],
    [rf(/\bnorwegisch\w|\bnorwegen\b/), "NO"],
    [rf(/\birisch\w|\birland\b/), "IE"],
    [rf(/\bschweiz/), "CH"],
  ],
  partnerCue: re(/partner|\bsuch|gesucht|zusammenarbeit|kooperation|interesse/iu),
  countryHints: [
    ...STATES.map(([name, code]): [RegExp, string] => [rf(String.raw`\b${fold(name)}\b`), code]),
    [rf(/\blandkreis|\bfreistaat/), "DE"],
    [rf(/\bmarktgemeinde|\bbezirk\b/), "AT"],
    [rf(/\bkanton\b/), "CH"],
  ],
  topics: [
    [rf(/\bumwelt|\bnaturschutz|\bokolog|\bnachhaltig/), "environment"],
    [rf(/\bklima|\benergie|\berneuerbar/), "climate_energy"],
    [rf(/\bkultur/), "culture"],
    [rf(/kulturerbe|\bdenkmal|\berbe\b|\baltstadt/), "heritage"],
    [rf(/\btouris|\bfremdenverkehr/), "tourism"],
    [rf(/\bsport|(?:breiten|jugend|schul|vereins|leistungs|behinderten)sport/), "sport"],
    [rf(/jugend/), "youth"],
    [rf(/bildung|\bschul(?:e|en|partnerschaft\w*|austausch|wesen)\b|\bschuler/), "education"],
    [rf(/\bsozial|\bgesundheit|\bsenior|\bpflege\b/), "social_health"],
    [rf(/\bwirtschaft|\bunternehm|\bhandel\b|\bhandwerk|\bgewerbe/), "economy"],
    [rf(/\blandwirtschaft|\bagrar|\blandlich\w* raum|\bboden\b/), "agriculture_land"],
    [
      rf(/\bverwaltung\b|\bverwaltungs(?:modern|reform|zusammenarbeit)|\be government/),
      "public_administration",
    ],
    [rf(/\bverkehr|\bnahverkehr|\bradverkehr|\bmobilitat|\bopnv\b/), "mobility"],
    [rf(/\bsmart city|\bdigitalisierung/), "smart_city"],
  ],
  openToAny: rf(
    /\bin allen (?:lebens)?bereichen|\ballen (?:moglichen )?(?:themen|bereichen)|\bin (?:verschiedenen|unterschiedlichen) bereichen|\bbreit\w* (?:spektrum|palette|themen)|\bjeglich\w* (?:bereich|themen|art)|\boffen fur alle (?:themen|bereiche)/,
  ),
  population: populationPatterns({
    // 53.000, 53 000, and the Swiss 53'000.
    format: { group: " \u00a0\u202f.'’", decimal: "," },
    thousands: String.raw`Tausend|Tsd\.|Mio\.|Million\p{L}*`,
    noun: String.raw`Einw\.|Einwohner\p{L}*|Bürger\p{L}*|Menschen`,
    lead: String.raw`Einwohnerzahl(?:\s+von)?|Bevölkerung(?:\s+von)?|zählt`,
    approx: String.raw`rund|etwa|ca\.|circa|ungefähr|knapp|über|mehr\s+als|fast|gut`,
    ranges: [
      String.raw`zwischen\s+{N}\s+und\s+{N}`,
      String.raw`(?:von\s+)?{N}\s*(?:[–—-]|bis(?:\s+zu)?)\s*{N}`,
    ],
    upTo: String.raw`bis\s+zu|bis|höchstens|maximal|max\.|unter|nicht\s+mehr\s+als|(?<!nicht\s)weniger\s+als`,
    atLeast: String.raw`mindestens|nicht\s+weniger\s+als|mind\.|über|(?<!nicht\s)mehr\s+als|ab|wenigstens`,
  }),
  town: {
    cue: re(
      /\b(?:stadt|gemeinde|marktgemeinde|stadtgemeinde|ortsgemeinde|markt|kreisstadt|kleinstadt|hansestadt|kurstadt|universitätsstadt|kommune|ortschaft|gmina)\b/giu,
    ),
    after: re(
      /,?\s+(?:ist\s+)?eine?\s+(?:[\p{L}-]+\s+){0,3}?(?:stadt|gemeinde|kleinstadt|kreisstadt|marktgemeinde|kommune)\b/giu,
    ),
    connectors: new Set(["am", "an", "der", "dem", "im", "in", "ob", "bei", "vor", "auf"]),
    stop: new Set([
      ...STATES.map(([name]) => name),
      "Landkreis",
      "Kreis",
      "Bezirk",
      "Region",
      "Bundesland",
      "Freistaat",
      "Partner",
      "Partnerstadt",
      "Partnergemeinde",
      "Einwohner",
      ...COUNTRY_NOUNS,
    ]),
  },
  region(text) {
    const state = STATE.exec(text)?.[1];
    const district = DISTRICT.exec(text);
    const area = district ? `${district[1]} ${district[2]}` : undefined;
    if (state && area) return `${state} (${area})`;
    return state ?? area ?? null;
  },
  months: [
    "j[aä]n",
    "feb",
    "m[aä]r",
    "apr",
    "mai",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dez",
  ],
};
