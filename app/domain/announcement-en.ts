// English: partner searches as CEMR, Twinning.org and towns across Europe publish them
// ("The town of Pescia (Tuscany, Italy), a town of 19,000 inhabitants, is looking …").
import { type Lexicon, populationPatterns, re, rf } from "./announcement-lexicon";

// Language names: "in German" is a language, "in Germany" and "a German town" a country.
const LANGUAGES =
  "english|german|polish|czech|slovak|ukrainian|hungarian|italian|french|slovenian|slovene|croatian|dutch|spanish|portuguese|romanian|bulgarian|lithuanian|latvian|estonian|finnish|swedish|danish|norwegian|irish|greek|russian|serbian";
const LANGUAGE_LIST = String.raw`(?:${LANGUAGES})(?: (?:and |or )?(?:${LANGUAGES}))*`;
const NOT_A_NOUN = String.raw`(?! (?:town|city|cities|towns|municipal\w*|village\w*|partner\w*|communit\w*|local\w*|region\w*|people|citizens|counterpart\w*|side|border\w*))`;

// "Lublin Voivodeship", "Volyn Oblast", "Tuscany region"
const NAMED_REGION = re(
  /((?:\p{Lu}[\p{L}'’-]*\s+){1,3})([Vv]oivodeship|[Oo]blast|[Rr]egion|[Pp]rovince|[Cc]ounty|[Dd]istrict|[Cc]anton)\b/u,
);
// Capitalised words before a region noun that are not its name: "The Tuscany Region".
const NOT_A_REGION_NAME = /^(?:The|In|Of|A|An|Any|And|Its|This|Partner|Partners)$/u;
// "the region of Umbria"
const REGION_OF = re(
  /\b(?:region|province|voivodeship|oblast)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u,
);
const IRISH_COUNTY = re(/\bCounty\s+\p{Lu}[\p{L}'’-]*/u);

export const en: Lexicon = {
  language: "en",
  detect: {
    words: re(
      /\b(?:the|and|of|is|with|for|town|city|its|which|inhabitants|residents|seeks|looking|are|has|have|from|this|that|will|be|would|interested)\b/g,
    ),
  },
  ignore: [
    rf(/\bassociation of (?:polish|ukrainian) cities\b|\bzwiazek miast polskich\b/g),
    rf(
      String.raw`\b(?:in|speak\w*|fluent in|knowledge of|languages?(?: of communication)?|communication in)\s+${LANGUAGE_LIST}\b${NOT_A_NOUN}`,
      "g",
    ),
    rf(String.raw`\b${LANGUAGE_LIST} (?:language\w*|speaking|speakers?)\b`, "g"),
  ],
  countries: [
    [rf(/\bpoland\b|\bpolish\b/), "PL"],
    [rf(/\bgermany\b|\bgerman\b/), "DE"],
    [rf(/\baustria/), "AT"],
    [rf(/\bslovakia\b|\bslovak\b/), "SK"],
    [rf(/\bukrain/), "UA"],
    [rf(/\bhungar/), "HU"],
    [rf(/\bital(?:y|ian)\b/), "IT"],
    [rf(/\bfrance\b|\bfrench\b/), "FR"],
    [rf(/\bslovenia\b|\bslovenian\b|\bslovene\b/), "SI"],
    [rf(/\bcroatia/), "HR"],
    [rf(/\bnetherlands\b|\bdutch\b|\bholland\b/), "NL"],
    [rf(/\bbelgi(?:um|an)\b/), "BE"],
    [
      rf(
        /\bunited kingdom\b|\buk\b|\bbritain\b|\bbritish\b|\bengland\b|\bscotland\b|\bscottish\b|\bwales\b|\bwelsh\b|\benglish (?:town|city|village|county|market town)/,
      ),
      "GB",
    ],
    [rf(/\bspain\b|\bspanish\b/), "ES"],
    [rf(/\bportug/), "PT"],
    [rf(/\bromania/), "RO"],
    [rf(/\bbulgaria/), "BG"],
    [rf(/\blithuania/), "LT"],
    [rf(/\blatvia/), "LV"],
    [rf(/\bestonia/), "EE"],
    [rf(/\bfinland\b|\bfinnish\b/), "FI"],
    [rf(/\bsweden\b|\bswedish\b/), "SE"],
    [rf(/\bdenmark\b|\bdanish\b/), "DK"],
    [rf(/\bnorway\b|\bnorwegian\b/), "NO"],
    [rf(/\bireland\b|\birish\b/), "IE"],
    [rf(/\bswitzerland\b|\bswiss\b/), "CH"],
    [rf(/\bgreece\b|\bgreek\b/), "GR"],
  ],
  partnerCue: re(/partner|seek|looking\s+for|search|cooperat|co-operat|twin|interested/iu),
  countryHints: [
    [rf(/\bvoivodeship\b|\bgmina\b/), "PL"],
    [rf(/\boblast\b|\bhromada\b/), "UA"],
  ],
  topics: [
    [
      rf(
        /\benvironment|\becolog|\bnature (?:protection|conservation)|\bgreen (?:infrastructure|spaces)|\bwaste\b/,
      ),
      "environment",
    ],
    [rf(/\bclimate|\benergy|\brenewable/), "climate_energy"],
    [rf(/\bcultur/), "culture"],
    [rf(/\bheritage|\bhistoric (?:centre|center|buildings|monuments)|\bmonuments?\b/), "heritage"],
    [rf(/\btouris/), "tourism"],
    [rf(/\bsport/), "sport"],
    [rf(/\byouth|\byoung people/), "youth"],
    [rf(/\beducat|\bschool|\buniversit|\blifelong learning/), "education"],
    [
      rf(/\bsocial (?:care|services|inclusion|affairs|policy|welfare)|\bhealth|\bsenior|\belderly/),
      "social_health",
    ],
    [rf(/\beconom|\bbusiness|\bentrepreneur|\btrade\b|\bsmes?\b/), "economy"],
    [rf(/\bagricultur|\bfarming|\brural|\bland use/), "agriculture_land"],
    [
      rf(
        /\bpublic administration|\blocal (?:government|administration|governance)|\bgovernance|\be government/,
      ),
      "public_administration",
    ],
    [rf(/\btransport|\bmobility|\btraffic/), "mobility"],
    [rf(/\bsmart cit|\bdigitali/), "smart_city"],
  ],
  openToAny: rf(
    /\b(?:in|on) (?:any|all) (?:field|fields|area|areas|topic|topics|theme|themes|sector|sectors)\b|\b(?:wide|broad) (?:range|variety|spectrum) of (?:topics|fields|areas|themes|issues|sectors)|\bopen to (?:all|any) (?:topics|fields|areas|themes|forms)|\bany (?:topic|theme|field) of (?:common|mutual) interest/,
  ),
  population: populationPatterns({
    format: { group: ", \u00a0\u202f", decimal: "." },
    thousands: String.raw`thousand|million`,
    noun: String.raw`inhabitants|residents|people|citizens|population|souls`,
    lead: String.raw`population(?:\s+of|:)?`,
    approx: String.raw`about|around|approximately|approx\.|roughly|some|nearly|almost|over|more\s+than|just\s+over|just\s+under|c\.|ca\.`,
    ranges: [
      String.raw`between\s+{N}\s+and\s+{N}`,
      String.raw`(?:from\s+)?{N}\s*(?:[–—-]|to)\s*{N}`,
    ],
    upTo: String.raw`up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|(?<!no\s)fewer\s+than|(?<!no\s)less\s+than|under|below|a\s+maximum\s+of|maximum`,
    atLeast: String.raw`at\s+least|(?<!no\s|not\s)more\s+than|over|above|a\s+minimum\s+of|minimum|no\s+fewer\s+than|no\s+less\s+than|upwards\s+of`,
    singles: [
      // "a town of 19,000 in Tuscany", "home to 53,000"
      String.raw`\b(?:town|city|municipality|village|community)\s+of\s+(?:(?:about|around|some|approximately|roughly|nearly|over)\s+)?{N}(?![.,]?\d|\s*(?:km|kilomet|square|sq|hectares|ha\b|years|%|per|eur|euro|€|m\b|metres|meters|miles))`,
      String.raw`\bhome\s+to\s+(?:(?:about|around|some|approximately|roughly|nearly|over)\s+)?{N}`,
    ],
  }),
  town: {
    cue: re(
      /\b(?:(?:town|city|municipality|village|commune|borough)(?:\s+of)?|comune\s+di|commune\s+de|gmina|gemeente|municipio\s+de)\b/giu,
    ),
    after: re(
      /,?\s+(?:is\s+)?(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:town|city|municipality|village|commune)\b|\s+(?:City|Town|Municipal|Borough)\s+Council\b/gu,
    ),
    connectors: new Set(
      "upon de del della di da do dos das le la les sur en am an der im ob nad pod aan op van von bei sul".split(
        " ",
      ),
    ),
    // Title-case headlines: "Town of Pescia Seeks Partners".
    stop: new Set(
      "Seeks Seeking Looking Is Wants Wishes Invites Searches Searching Offers Calls Welcomes Hopes Aims Partner Partners Partnership Council Twin Twinning Town City For And With The A An In Of To It This That We Our Its Today Now Also Any Region Province County Voivodeship Oblast District".split(
        " ",
      ),
    ),
    regionNoun: /^(?:voivodeship|region|province|county|oblast|district)$/iu,
  },
  region(text) {
    const named = NAMED_REGION.exec(text);
    if (named) {
      const words = named[1]!.trim().split(/\s+/);
      while (words.length && NOT_A_REGION_NAME.test(words[0]!)) words.shift();
      if (words.length) return `${words.join(" ")} ${named[2]}`;
    }
    return REGION_OF.exec(text)?.[1] ?? IRISH_COUNTY.exec(text)?.[0] ?? null;
  },
  months: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
};
