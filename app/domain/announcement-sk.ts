// Slovak: requests as ZMOS (Združenie miest a obcí Slovenska) and Slovak towns publish
// them ("Mesto Banská Bystrica hľadá partnerské mesto v Česku …").
import { type Lexicon, populationPatterns, re, rf } from "./announcement-lexicon";

// "Žilinský kraj", "v Žilinskom kraji", "Trenčianskeho samosprávneho kraja"
const KRAJ = re(
  /(\p{Lu}\p{L}*?(?:sk|ck))(?:ý|y|ého|eho|om|ému|emu|ým|ym)\s+(?:samosprávn\p{L}*\s+)?kraj\p{L}*/u,
);
// A Polish town's "v Malopoľskom vojvodstve"
const VOIVODESHIP = re(/(\p{Lu}\p{L}*?sk)(?:é|ého|om|ému)\s+vojvodstv\p{L}*/u);

export const sk: Lexicon = {
  language: "sk",
  detect: {
    letters: /[ľĺŕôä]/g,
    // Words Czech spells differently (sa/se, pre/pro, ktor-/kter-, alebo/nebo).
    words: re(
      /\b(?:sa|pre|aj|alebo|tiež|ktoré|ktorý|ktorá|ktorí|ktorého|ktorej|sú|bolo|mesto|mesta|meste|mestom|obyvateľov|obyvateľmi|obyvatelia|hľadá|spoluprácu|záujem|vo|ako|zo|sme|ešte|však|veľmi|keď)\b/g,
    ),
  },
  ignore: [
    rf(/\bzdruzenie miest a obci slovenska\b|\bzmos\b/g),
    // "v slovenskom jazyku", "po anglicky": languages, not countries.
    rf(
      /\b\w+ jazyk\w*|\bpo (?:slovensky|anglicky|nemecky|polsky|cesky|ukrajinsky|madarsky|rusky)\b/g,
    ),
  ],
  countries: [
    [rf(/\bpolsk/), "PL"],
    [rf(/\bnemeck/), "DE"],
    [rf(/\brakusk/), "AT"],
    [rf(/\bslovensk/), "SK"],
    [rf(/\bukrajin/), "UA"],
    [rf(/\bmadarsk/), "HU"],
    [rf(/\btaliansk/), "IT"],
    [rf(/\bfrancuzsk|\bfrancii\b/), "FR"],
    [rf(/\bslovinsk/), "SI"],
    [rf(/\bchorvatsk/), "HR"],
    [rf(/\bholandsk|\bnizozemsk/), "NL"],
    [rf(/\bbelgick/), "BE"],
    [rf(/\bbritsk|\bvelk\w* britani|\bspojen\w* kralovstv|\banglick|\bskotsk/), "GB"],
    [rf(/\bspanielsk/), "ES"],
    [rf(/\bportugalsk/), "PT"],
    [rf(/\brumunsk/), "RO"],
    [rf(/\bbulharsk/), "BG"],
    [rf(/\blitovsk|\blitv/), "LT"],
    [rf(/\blotyssk/), "LV"],
    [rf(/\bestonsk/), "EE"],
    [rf(/\bfinsk/), "FI"],
    [rf(/\bsvedsk/), "SE"],
    [rf(/\bdansk/), "DK"],
    [rf(/\bnorsk/), "NO"],
    [rf(/\birsk/), "IE"],
    [rf(/\bsvajciarsk/), "CH"],
  ],
  partnerCue: re(/partner|hľad|hlad|spoluprác|spoluprac|záujem|zaujem|s\s+obcou|s\s+mestom/iu),
  // Czech has krajs and okresy too, but a Czech town is never the partner sought.
  countryHints: [[rf(/\w+sk\w* (?:samospravn\w* )?kraj|\bokres\w* \w+/), "SK"]],
  homeCountry: "SK",
  topics: [
    [rf(/\bzivotn\w* prostred|\bekolog|\bochran\w* prirod/), "environment"],
    [rf(/\bklim|\benerg|\bobnoviteln/), "climate_energy"],
    [rf(/\bkultur/), "culture"],
    [
      rf(/\bdedicstv|\bpamiat(?:ky|ok|kam|kach)\b|\bhistorick\w* (?:centr|jadr|pamiat)/),
      "heritage",
    ],
    [rf(/\bcestovn\w* ruch|\bturis/), "tourism"],
    [rf(/\bsport/), "sport"],
    [rf(/\bmladez|\bmlad\w* lud/), "youth"],
    [rf(/\bvzdelav|\bskol(?:y|a|stv\w*|ami|ach|ske|sky|skych)?\b/), "education"],
    [rf(/\bsocialn|\bzdravot|\bsenior/), "social_health"],
    [rf(/\bekonom|\bhospodar|\bpodnik|\bobchod/), "economy"],
    [rf(/\bpolnohospod|\bvidie[kc]|\bpod(?:a|y|ou)\b/), "agriculture_land"],
    [rf(/\bverejn\w* sprav|\bstatn\w* sprav/), "public_administration"],
    [rf(/\bdoprav|\bmobilit/), "mobility"],
    [rf(/\binteligentn\w* mest|\bsmart city|\bdigitaliz/), "smart_city"],
  ],
  openToAny: rf(
    /\b(?:vo vsetkych|v roznych|v akejkolvek|v akychkolvek) oblast|\bsirok\w* (?:okruh|spektr|skal)\w*(?: \w+)? (?:tem|oblast)|\bakekolvek (?:oblast|tem)/,
  ),
  population: populationPatterns({
    format: { group: " \u00a0\u202f.", decimal: "," },
    thousands: String.raw`tis\.|tisíc\p{L}*|tis\b|mil\.|milión\p{L}*`,
    noun: String.raw`obyvate[lľ]\p{L}*`,
    lead: String.raw`počt\p{L}*\s+obyvate[lľ]\p{L}*|počet\s+obyvate[lľ]\p{L}*(?:\s+je)?|populáci\p{L}*`,
    approx: String.raw`približne|asi|okolo|takmer|vyše|cca\.?|zhruba`,
    ranges: [String.raw`(?:od\s+)?{N}\s*(?:[–—-]|až|do)\s*{N}`],
    upTo: String.raw`do|najviac|maximálne|max\.|nie\s+viac\s+ako|(?<!nie\s)menej\s+ako`,
    atLeast: String.raw`nad|nie\s+menej\s+ako|(?<!nie\s)viac\s+ako|aspoň|minimálne|najmenej|vyše|od`,
  }),
  town: {
    cue: re(
      /\b(?:mestsk(?:á|ej)\s+čas(?:ť|ti)|mesto|mesta|meste|mestom|mestu|mestečko|obec|obce|obci|obcou)\b/giu,
    ),
    after: re(/\s+je\s+(?:\p{L}+\s+){0,3}?(?:mesto|obec|mestečko|mestom|obcou)\b/giu),
    connectors: new Set(["nad", "pod", "pri"]),
    stop: new Set(),
    regionNoun: /^(?:kraj\p{L}*|okres\p{L}*)$/u,
  },
  region(text) {
    // In the nominative: "Žilinský kraj", "Trenčiansky kraj" (short after "ia").
    const kraj = KRAJ.exec(text);
    if (kraj) return `${kraj[1]}${/iansk$/u.test(kraj[1]!) ? "y" : "ý"} kraj`;
    const voivodeship = VOIVODESHIP.exec(text);
    return voivodeship ? `${voivodeship[1]}é vojvodstvo` : null;
  },
  months: [
    "jan",
    "feb",
    "mar",
    "apr",
    "máj|maj",
    "jún|jun",
    "júl|jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
  ],
};
