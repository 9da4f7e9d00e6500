// Czech: the union's own announcements ("Polské město Wolomin hledá partnera …").
// These are the parser's original rules, kept as they were.
import { type Lexicon, numberPattern, re } from "./announcement-lexicon";

const FORMAT = { group: " \u00a0\u202f.", decimal: "," };
// 53 000 / 53 000 / 53.000 / 1300 / 53 tisíc
const N = numberPattern(FORMAT, String.raw`tis(?:íc|\.|ic)?`);

export const cs: Lexicon = {
  language: "cs",
  detect: {
    letters: /[ěřů]/g,
    words: re(
      /\b(?:se|pro|které|který|která|kteří|jsou|také|nebo|jeho|jejich|město|města|městě|obyvatel|obyvateli|obyvatelů|hledá|spolupráci|zájem|jež|ve|ke)\b/g,
    ),
  },
  ignore: [],
  // Stems of Czech country adjectives and locatives ("polské", "polský", "v Polsku" → pols…).
  countries: [
    [/\bpols(k|ku\b)/, "PL"],
    [/\bital(sk|ii\b|ie\b)/, "IT"],
    [/\bukrajin/, "UA"],
    [/\bslovensk/, "SK"],
    [/\bslovins?k/, "SI"],
    [/\bnemeck|\bnemecku\b/, "DE"],
    [/\brakousk/, "AT"],
    [/\bmadarsk/, "HU"],
    [/\bfrancouzsk|\bfrancii\b/, "FR"],
    [/\bspanelsk/, "ES"],
    [/\bportugalsk/, "PT"],
    [/\bchorvatsk/, "HR"],
    [/\bsrbsk/, "RS"],
    [/\brumunsk/, "RO"],
    [/\bbulharsk/, "BG"],
    [/\breck(e|y|a|em|u)\b|\breck[eo]\b/, "GR"],
    [/\blitevsk|\blitv/, "LT"],
    [/\blotyssk/, "LV"],
    [/\bestonsk/, "EE"],
    [/\bfinsk/, "FI"],
    [/\bsvedsk/, "SE"],
    [/\bnorsk/, "NO"],
    [/\bdansk/, "DK"],
    [/\bnizozemsk|\bholandsk/, "NL"],
    [/\bbelgick/, "BE"],
    [/\blucembursk/, "LU"],
    [/\bsvycarsk/, "CH"],
    [/\bbritsk|\banglick|\bskotsk|\bvelke britanii\b/, "GB"],
    [/\birsk/, "IE"],
    [/\bbelorusk/, "BY"],
    [/\brusk(e|y|a|em|ych)\b|\brusku\b/, "RU"],
    [/\bmoldavsk/, "MD"],
    [/\bgruzinsk/, "GE"],
    [/\barmensk/, "AM"],
    [/\bazerbajdzansk/, "AZ"],
    [/\btureck/, "TR"],
    [/\bbosensk/, "BA"],
    [/\bcernohorsk/, "ME"],
    [/\bmakedonsk/, "MK"],
    [/\balbansk/, "AL"],
    [/\bkypersk/, "CY"],
    [/\bmaltsk/, "MT"],
    [/\bislandsk/, "IS"],
  ],
  countryHints: [],
  topics: [
    [/\bzivotn\w* prostred|\bekolog|\bochran\w* prirod/, "environment"],
    [/\bklima|\bklimat|\benerg|\bobnoviteln/, "climate_energy"],
    [/\bkultur/, "culture"],
    [/\bdedictv|\bpamat(k|e)|\bhistorick\w* (centr|dedictv|pamat)/, "heritage"],
    [/\bcestovn\w* ruch|\bturis/, "tourism"],
    [/\bsport/, "sport"],
    [/\bmladez|\bmlad\w* lid|\bmladych\b/, "youth"],
    [/\bvzdelav|\bskol(y|a|stv|ami|ach|ni)\b|\bskolstv/, "education"],
    [/\bsocialn|\bzdravot|\bsenior/, "social_health"],
    [/\bekonom|\bhospodar|\bpodnik|\bobchod/, "economy"],
    [/\bzemedel|\bnakladan\w* s pudou|\bpud(a|y|ou)\b|\bvenkov/, "agriculture_land"],
    [/\bverejn\w* sprav|\bstatni sprav/, "public_administration"],
    [/\bdoprav|\bmobilit/, "mobility"],
    [/\bchytr\w* mest|\bsmart city|\bdigitaliz/, "smart_city"],
  ],
  openToAny:
    /\bsirok\w* (okruh|spektr|skal)\w*( \w+)? temat|\bjakakoli\w* temat|\bvsech oblast|\bruznych oblast|\bjakekoli oblast/,
  population: {
    format: FORMAT,
    // Czech announcements state no partner cue: every bound is the partner's.
    ranges: [re(String.raw`${N}\s*(?:[–—-]|až|do)\s*${N}\s*obyvatel`)],
    upTo: [re(String.raw`(?:do|nejvýše|maximálně)\s+${N}\s*obyvatel`)],
    atLeast: [re(String.raw`(?:nad|více než|alespoň|minimálně)\s+${N}\s*obyvatel`)],
    single: [re(String.raw`${N}\s*obyvatel`)],
  },
  town: {
    // "Polské město Wolomin hledá", "Město Luck, které je", "obec Nowa Wieś s …"
    cue: /(?<![\p{L}])(?:[Mm]ěst[oa]|[Oo]bec|[Mm]ěstys|[Gg]mina|[Mm]ěstečko)(?![\p{L}])/gu,
    connectors: new Set("nad pod na v u an am der die im in di de del la le sur".split(" ")),
    stop: new Set(),
    regionNoun: /^(?:oblast|oblasti|kraj|kraje|kraji)$/u,
  },
  region(text) {
    const region = /\bregion(?:u)?\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)*)/u.exec(text)?.[1];
    const province = /\bv\s+provincii\s+([\p{Lu}][\p{L}-]+)/u.exec(text)?.[1];
    // "regionálním centrem Volyňské oblasti" → "Volyňská oblast"
    const oblast = /\b([\p{Lu}][\p{L}]+sk)[éá]\s+oblast/u.exec(text)?.[1];
    if (region && province) return `${region} (provincie ${province})`;
    return (
      region ?? (province ? `provincie ${province}` : null) ?? (oblast ? `${oblast}á oblast` : null)
    );
  },
  months: [
    "led",
    "únor",
    "břez",
    "dub",
    "květ",
    "červn|červen$",
    "červenc",
    "srp",
    "září",
    "říj",
    "listopad",
    "prosin",
  ],
};
