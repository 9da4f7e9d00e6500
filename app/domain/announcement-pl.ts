// Polish: requests as the Związek Miast Polskich and Polish gminy publish them
// ("Gmina Nowa Wieś (woj. lubelskie) poszukuje partnera w Czechach …").
import { type Lexicon, populationPatterns, re, rf } from "./announcement-lexicon";

const VOIVODESHIP = re(/\b(?:województw\p{L}*|woj\.)\s+(\p{L}[\p{L}-]*)/iu);
const OBLAST = re(/\bobw(?:ód|od|odzie|odu)\s+(\p{Ll}[\p{L}-]*)/u);

export const pl: Lexicon = {
  language: "pl",
  detect: {
    letters: /[łąężśćńź]/g,
    words: re(
      /\b(?:się|jest|oraz|dla|który|która|które|którego|miasto|miasta|gmina|gminy|mieszkańców|współpracy|poszukuje|szuka|również|także|przez|jako|w|że)\b/g,
    ),
  },
  ignore: [
    rf(/\bzwiaz(?:ek|k\w*) (?:miast polskich|gmin wiejskich(?: rp)?|powiatow polskich)\b/g),
    // "w języku angielskim lub niemieckim", "po polsku": languages, not countries.
    rf(/\bjezyk\w*(?: (?:\w+sk\w*|\w+ck\w*|i|lub|oraz|albo))+|\bpo \w+sku\b/g),
  ],
  countries: [
    [rf(/\bpolsk|\bpolsce\b/), "PL"],
    [rf(/\bniemieck|\bniemczech\b|\bniemiec\b|\bniemcy\b/), "DE"],
    [rf(/\baustri/), "AT"],
    [rf(/\bslowack|\bslowacj/), "SK"],
    [rf(/\bukrain/), "UA"],
    [rf(/\bwegiersk|\bwegrzech\b|\bwegier\b|\bwegry\b/), "HU"],
    [rf(/\bwlosk|\bwloszech\b|\bwloch\b|\bwlochy\b/), "IT"],
    [rf(/\bfrancusk|\bfrancj/), "FR"],
    [rf(/\bslowensk|\bslowenii\b|\bslowenia\b/), "SI"],
    [rf(/\bchorwack|\bchorwacj/), "HR"],
    [rf(/\bholendersk|\bholandi|\bniderland/), "NL"],
    [rf(/\bbelgijsk|\bbelgi[ia]\b/), "BE"],
    [
      rf(/\bbrytyjsk|\bwielk\w* brytani|\bzjednoczon\w* krolestw|\bangielsk|\banglii\b|\bszkock/),
      "GB",
    ],
    [rf(/\bhiszpansk|\bhiszpani/), "ES"],
    [rf(/\bportugalsk|\bportugali/), "PT"],
    [rf(/\brumunsk|\brumuni/), "RO"],
    [rf(/\bbulgarsk|\bbulgari/), "BG"],
    [rf(/\blitewsk|\blitw/), "LT"],
    [rf(/\blotewsk|\blotw/), "LV"],
    [rf(/\bestonsk|\bestoni/), "EE"],
    [rf(/\bfinsk|\bfinlandi/), "FI"],
    [rf(/\bszwedzk|\bszwecj/), "SE"],
    [rf(/\bdunsk|\bdani[ia]\b/), "DK"],
    [rf(/\bnorwesk|\bnorwegi/), "NO"],
    [rf(/\birlandzk|\birlandi/), "IE"],
    [rf(/\bszwajcar/), "CH"],
  ],
  partnerCue: re(/partner|poszukuj|szuka|współprac|wspolprac|z\s+gmin|z\s+miast|zainteresowan/iu),
  countryHints: [
    [rf(/\bwojewodztw|\bwoj\b|\bpowiat/), "PL"],
    [rf(/\bobwod/), "UA"],
  ],
  homeCountry: "PL",
  topics: [
    [rf(/\bsrodowisk|\bekolog|\bochron\w* przyrod|\bodpad/), "environment"],
    [rf(/\bklimat|\benerg|\bodnawialn/), "climate_energy"],
    [rf(/\bkultur/), "culture"],
    [rf(/\bdziedzictw|\bzabyt/), "heritage"],
    [rf(/\bturyst/), "tourism"],
    [rf(/\bsport/), "sport"],
    [rf(/\bmlodziez|\bmlod\w* ludzi/), "youth"],
    [rf(/\bedukac|\boswiat|\bszkol|\bksztalc/), "education"],
    [
      rf(/\b(?:pomoc\w*|polityk\w*|uslug\w*|opiek\w*) spoleczn|\bzdrow|\bsenior|\bosob\w* starsz/),
      "social_health",
    ],
    [rf(/\bgospodarcz|\bgospodark\w*\b(?! odpad)|\bprzedsiebiorc|\bbiznes|\bekonom/), "economy"],
    [rf(/\brolni|\bobszar\w* wiejsk|\bgospodarstw\w* roln/), "agriculture_land"],
    [
      rf(/\badministracj\w* (?:publiczn|samorzad)|\bzarzadzani\w* publiczn/),
      "public_administration",
    ],
    [rf(/\btransport|\bkomunikacj\w* (?:publiczn|miejsk|zbiorow)|\bmobilno|\browerow/), "mobility"],
    [rf(/\bsmart city|\binteligentn\w* miast|\bcyfryzac|\bdigitaliz/), "smart_city"],
  ],
  openToAny: rf(
    /\b(?:w|we) (?:roznych|wszystkich|wszelkich|dowolnych) (?:dziedzinach|obszarach|sferach)|\bw (?:kazdej|dowolnej) dziedzinie|\bszerok\w* (?:zakres|spektrum|wachlarz)\w*(?: \w+)? (?:tematow|dziedzin|obszarow)|\botwart\w* na (?:wszelk|wszystk|kazd|rozn)\w* (?:form|dziedzin|obszar|temat)/,
  ),
  population: populationPatterns({
    format: { group: " \u00a0\u202f.", decimal: "," },
    thousands: String.raw`tys\.|tysi[ęą]c\p{L}*|tys\b|mln\.?|milion\p{L}*`,
    noun: String.raw`mieszka[nń]c\p{L}*|osób`,
    lead: String.raw`licz\p{L}*|liczb\p{L}*\s+(?:ludności|mieszkańców)(?:\s+wynosi)?|ludnoś\p{L}*|populacj\p{L}*`,
    approx: String.raw`ok\.|około|blisko|prawie|niemal|ponad|przeszło|niespełna`,
    ranges: [String.raw`(?:od\s+)?{N}\s*(?:[–—-]|do)\s*{N}`],
    upTo: String.raw`do|poniżej|maksymalnie|max\.|nie\s+więcej\s+niż|(?<!nie\s)mniej\s+niż`,
    // "więcej niż", not "nie więcej niż".
    atLeast: String.raw`powyżej|ponad|co\s+najmniej|nie\s+mniej\s+niż|min\.|minimum|(?<!nie\s)więcej\s+niż|przynajmniej|od`,
  }),
  town: {
    cue: re(
      /\b(?:gmin(?:a|y|ą|ie|ę)(?:\s+(?:miejsk\p{L}*|wiejsk\p{L}*|miejsko-wiejsk\p{L}*))?|miast(?:o|a|em|u)|miasteczk(?:o|a)|miejscowoś(?:ć|ci))\b/giu,
    ),
    after: re(
      /\s+(?:to|jest)\s+(?:\p{L}+\s+){0,3}?(?:miast\p{L}*|gmin\p{L}*)\b|\s*[–—]\s+(?:\p{L}+\s+){0,2}?(?:miasto|gmina)\b/giu,
    ),
    connectors: new Set(["nad", "pod"]),
    stop: new Set(["Województwo", "Powiat"]),
    regionNoun: /^(?:województw\p{L}*|powiat\p{L}*|woj)$/iu,
  },
  region(text) {
    // "województwo lubelskie", "woj. lubelskie", "w województwie lubelskim" → "województwo lubelskie"
    const voivodeship = VOIVODESHIP.exec(text);
    if (voivodeship) {
      return `województwo ${voivodeship[1]!.replace(/k(?:iego|iemu|im|ie)$/u, "kie")}`;
    }
    // A Ukrainian town's "w obwodzie chmielnickim" → "obwód chmielnicki".
    const oblast = OBLAST.exec(text);
    return oblast ? `obwód ${oblast[1]!.replace(/k(?:iego|iemu|im|i)$/u, "ki")}` : null;
  },
  months: [
    "stycz",
    "lut",
    "mar",
    "kwie",
    "maj",
    "czerw",
    "lip",
    "sierp",
    "wrze",
    "paźdz|pazdz",
    "listop",
    "grud",
  ],
};
