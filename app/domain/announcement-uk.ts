// Ukrainian: requests as Ukrainian city councils and the Асоціація міст України
// publish them ("Луцька міська рада … місто Луцьк Волинської області шукає партнерів …").
// Patterns read the folded text, which keeps Cyrillic (і, ї, є, й) as written.
import { type Lexicon, populationPatterns, re, rf } from "./announcement-lexicon";

// "Волинська область", "Волинської області", "Волинській обл."
const OBLAST = re(/(\p{Lu}[\p{L}'’ʼ-]*?)(?:а|ої|ій|ою)\s+(?:област\p{L}*|обл\.)/u);
// A Polish town's "Люблінському воєводстві"
const VOIVODESHIP = re(/(\p{Lu}\p{L}*?)(?:е|ого|ому|ім)\s+воєводств\p{L}*/u);

export const uk: Lexicon = {
  language: "uk",
  // Detected by its script (announcement.ts).
  detect: {},
  ignore: [
    rf(/\bасоціаці\p{L}* міст україни\b/gu),
    // "англійською мовою", "польська мова": languages, not countries.
    rf(/\b\p{L}+ мов(?:а|и|у|ою|ами|ах|і)?\b/gu),
  ],
  countries: [
    [rf(/\bпольськ|\bпольщ/), "PL"],
    [rf(/\bнімецьк|\bнімеччин/), "DE"],
    [rf(/\bавстрі/), "AT"],
    [rf(/\bсловацьк|\bсловаччин/), "SK"],
    [rf(/\bукраїн/), "UA"],
    [rf(/\bугорськ|\bугорщин/), "HU"],
    [rf(/\bіталі/), "IT"],
    [rf(/\bфранці|\bфранцузьк/), "FR"],
    [rf(/\bсловені|\bсловенськ/), "SI"],
    [rf(/\bхорват/), "HR"],
    [rf(/\bнідерланд|\bголланд/), "NL"],
    [rf(/\bбельгі/), "BE"],
    [rf(/\bбритан|\bвеликобритан|\bанглі|\bшотланд/), "GB"],
    [rf(/\bіспан/), "ES"],
    [rf(/\bпортугал/), "PT"],
    [rf(/\bрумун/), "RO"],
    [rf(/\bболгар/), "BG"],
    [rf(/\bлитв|\bлитовськ/), "LT"],
    [rf(/\bлатві|\bлатвійськ/), "LV"],
    [rf(/\bестоні|\bестонськ/), "EE"],
    [rf(/\bфінлянд|\bфінськ/), "FI"],
    [rf(/\bшвеці|\bшведськ/), "SE"],
    [rf(/\bданськ|\bданії\b|\bданія\b/), "DK"],
    [rf(/\bнорвег|\bнорвезьк/), "NO"],
    [rf(/\bірланд/), "IE"],
    [rf(/\bшвейцар/), "CH"],
  ],
  partnerCue: re(/партнер|шука|співпрац|зацікавлен/iu),
  countryHints: [[rf(/\bобласт|\bгромад|\bобл\b/), "UA"]],
  homeCountry: "UA",
  topics: [
    [rf(/\bдовкілл|\bнавколишн\p{L}* середовищ|\bекологі|\bохорон\p{L}* природ/u), "environment"],
    [rf(/\bклімат|\bенерг|\bвідновлюван/), "climate_energy"],
    [rf(/\bкультур/), "culture"],
    [rf(/\bспадщин|\bпамятк|\bісторичн\p{L}* (?:центр|забудов|памят)/u), "heritage"],
    [rf(/\bтуриз|\bтурист/), "tourism"],
    [rf(/\bспорт/), "sport"],
    [rf(/\bмолод/), "youth"],
    [rf(/\bосвіт|\bшкол|\bнавчан/), "education"],
    [rf(/\bсоціальн|\bохорон\p{L}* здоровя|\bмедиц|\bлітні\p{L}* люд/u), "social_health"],
    [rf(/\bеконом|\bбізнес|\bпідприєм|\bторгів|\bінвестиц/), "economy"],
    [
      rf(/\bсільськ\p{L}* господар|\bсільськогосподар|\bаграр|\bфермер|\bземельн/u),
      "agriculture_land",
    ],
    [
      rf(
        /\bпублічн\p{L}* (?:управлін|адміністр)|\bдержавн\p{L}* управлін|\bдецентраліз|\bврядуван/u,
      ),
      "public_administration",
    ],
    [rf(/\bтранспорт|\bмобільн|\bдорожн\p{L}* рух/u), "mobility"],
    [rf(/\bрозумн\p{L}* міст|\bсмарт|\bцифровіз|\bдіджиталіз/u), "smart_city"],
  ],
  openToAny: rf(
    /\bбудь як\p{L}* (?:сфер|галуз|напрям|тем)|\bширок\p{L}* (?:кол|спектр)\p{L}* (?:тем|питань|напрям)|\b(?:різних|усіх|всіх) (?:сферах|галузях|напрям\p{L}*)/u,
  ),
  population: populationPatterns({
    format: { group: " \u00a0\u202f.", decimal: "," },
    thousands: String.raw`тис\.|тисяч\p{L}*|тис\b|млн\.?|мільйон\p{L}*`,
    noun: String.raw`мешканц\p{L}*|жител\p{L}*|осіб|людей|населення`,
    lead: String.raw`населенн\p{L}*(?:\s+(?:становить|складає|—|–))?|налічує`,
    approx: String.raw`близько|понад|майже|приблизно|біля|понад|більше\s+ніж|орієнтовно`,
    ranges: [String.raw`від\s+{N}\s+до\s+{N}`, String.raw`{N}\s*[–—-]\s*{N}`],
    upTo: String.raw`до|не\s+більше(?:\s+ніж)?|максимум|(?<!не\s)менше(?:\s+ніж)?`,
    atLeast: String.raw`понад|від|(?<!не\s)більше(?:\s+ніж)?|щонайменше|не\s+менше(?:\s+ніж)?|принаймні`,
  }),
  town: {
    cue: re(
      /\b(?:місто|міста|містом|місту|місті|селище|селища|село|села|громада|громади|громадою|громаді|смт)\b|\bм\.(?=\s)/giu,
    ),
    after: re(/\s+[—–-]\s+(?:\p{L}+\s+){0,2}?(?:місто|селище|село|громада|центр)\b/giu),
    connectors: new Set(),
    stop: new Set(["Україна", "України", "Україні", "Україною"]),
    regionNoun: /^(?:област\p{L}*|обл|району|район|районі|громади|громада)$/iu,
  },
  region(text) {
    // In the nominative: "Волинська область", "Люблінське воєводство".
    const oblast = OBLAST.exec(text);
    if (oblast) return `${oblast[1]}а область`;
    const voivodeship = VOIVODESHIP.exec(text);
    return voivodeship ? `${voivodeship[1]}е воєводство` : null;
  },
  months: [
    "січ",
    "лют",
    "берез",
    "квіт",
    "трав",
    "черв",
    "лип",
    "серп",
    "верес",
    "жовт",
    "листоп",
    "груд",
  ],
};
