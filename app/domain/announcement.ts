// Reads a Czech news announcement of a foreign partnership request ("Polské
// město Wolomin hledá partnera … s 53 000 obyvateli …") into a draft offer that
// staff then check and correct. Pure: geocoding the town is the caller's job.
import type { InterestCode } from "./interests";
import { normalizeName } from "./normalize";

export interface AnnouncementDraft {
  town: string | null;
  country: string | null;
  region: string | null;
  population: number | null;
  partnerPopulation: { min: number | null; max: number | null } | null;
  topics: InterestCode[];
  openToAnyTopic: boolean;
  /** The date of the news item, when the pasted text carries one (dd.mm.yyyy). */
  sourceDate: string | null;
  /** The text to keep as the offer's Czech description. */
  description: string;
}

// Stems of Czech country adjectives and locatives, matched on normalized text
// ("polské", "polský", "v Polsku" → pols…). Longer stems first where one
// contains another (slovinsk before slovensk is not needed: they differ).
const COUNTRY_STEMS: [RegExp, string][] = [
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
];

const TOPIC_PATTERNS: [RegExp, InterestCode][] = [
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
];

const OPEN_TO_ANY =
  /\bsirok\w* (okruh|spektr|skal)\w*( \w+)? temat|\bjakakoli\w* temat|\bvsech oblast|\bruznych oblast|\bjakekoli oblast/;

// 53 000 / 53 000 / 53.000 / 1300 / 53 tisíc
const NUMBER = String.raw`(\d{1,3}(?:[  .]\d{3})+|\d+)(\s*tis(?:íc|\.|ic)?)?`;

function toNumber(digits: string, thousands?: string): number {
  const value = Number(digits.replace(/[  .]/g, ""));
  return thousands ? value * 1000 : value;
}

function findTown(text: string): string | null {
  // "Polské město Wolomin hledá", "Město Luck, které je", "obec Nowa Wieś s …"
  const match =
    /\b(?:[Mm]ěst[oa]|[Oo]bec|[Mm]ěstys|[Gg]mina|[Mm]ěstečko)\s+((?:[\p{Lu}][\p{L}'’-]*)(?:\s+(?:(?:nad|pod|na|v|u|an|am|der|die|im|in|di|de|del|la|le|sur)\s+){0,2}[\p{Lu}][\p{L}'’-]*)*)/u.exec(
      text,
    );
  return match?.[1]?.replace(/\s+/g, " ").trim() ?? null;
}

function findRegion(text: string): string | null {
  const region = /\bregion(?:u)?\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)*)/u.exec(text)?.[1];
  const province = /\bv\s+provincii\s+([\p{Lu}][\p{L}-]+)/u.exec(text)?.[1];
  // "regionálním centrem Volyňské oblasti" → "Volyňská oblast"
  const oblast = /\b([\p{Lu}][\p{L}]+sk)[éá]\s+oblast/u.exec(text)?.[1];
  if (region && province) return `${region} (provincie ${province})`;
  return (
    region ?? (province ? `provincie ${province}` : null) ?? (oblast ? `${oblast}á oblast` : null)
  );
}

function findPopulations(
  text: string,
): Pick<AnnouncementDraft, "population" | "partnerPopulation"> {
  let rest = text;
  let partnerPopulation: AnnouncementDraft["partnerPopulation"] = null;
  const range = new RegExp(`${NUMBER}\\s*(?:[–—-]|až|do)\\s*${NUMBER}\\s*obyvatel`, "u").exec(rest);
  if (range) {
    partnerPopulation = { min: toNumber(range[1]!, range[2]), max: toNumber(range[3]!, range[4]) };
    rest = rest.replace(range[0], " ");
  } else {
    const upTo = new RegExp(`(?:do|nejvýše|maximálně)\\s+${NUMBER}\\s*obyvatel`, "u").exec(rest);
    const over = new RegExp(
      `(?:nad|více než|alespoň|minimálně)\\s+${NUMBER}\\s*obyvatel`,
      "u",
    ).exec(rest);
    if (upTo || over) {
      partnerPopulation = {
        min: over ? toNumber(over[1]!, over[2]) : null,
        max: upTo ? toNumber(upTo[1]!, upTo[2]) : null,
      };
      for (const m of [upTo, over]) if (m) rest = rest.replace(m[0], " ");
    }
  }
  const single = new RegExp(`${NUMBER}\\s*obyvatel`, "u").exec(rest);
  return { population: single ? toNumber(single[1]!, single[2]) : null, partnerPopulation };
}

function findDate(text: string): string | null {
  const m = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(text);
  if (!m) return null;
  const [, d, mo, y] = m;
  const iso = `${y}-${mo!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export function parseAnnouncement(input: string): AnnouncementDraft {
  const text = input.replace(/\r\n?/g, "\n").trim();
  const norm = normalizeName(text);
  const openToAnyTopic = OPEN_TO_ANY.test(norm);
  const topics = TOPIC_PATTERNS.filter(([re]) => re.test(norm)).map(([, code]) => code);
  // The country named first: "Slovenské město … hledá partnera v Polsku" is Slovak.
  let country: string | null = null;
  let first = Infinity;
  for (const [re, code] of COUNTRY_STEMS) {
    const at = norm.search(re);
    if (at >= 0 && at < first) [first, country] = [at, code];
  }
  // The description is the text without a leading date line.
  const description = text.replace(/^\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\s*\n/, "").trim();
  return {
    town: findTown(text),
    country,
    region: findRegion(text),
    ...findPopulations(text),
    topics,
    openToAnyTopic,
    sourceDate: findDate(text),
    description,
  };
}
