// The shape of one language's table for parseAnnouncement (announcement.ts), and the
// helpers the tables are written with. Each announcement-<lang>.ts holds one table.
import type { InterestCode } from "./interests";

export type AnnouncementLanguage = "cs" | "sk" | "pl" | "de" | "en" | "uk";

export interface NumberFormat {
  /** Characters grouping thousands: "53 000", "53.000" (de), "53,000" (en). */
  group: string;
  /** The decimal mark before a thousands word: "2,5 tys.", "2.5 thousand". */
  decimal: string;
}

/**
 * Population phrases on the raw text. Every figure is two groups: digits and an
 * optional thousands word. Ranges have four (min, max); the rest two.
 */
export interface PopulationPatterns {
  format: NumberFormat;
  ranges: RegExp[];
  upTo: RegExp[];
  atLeast: RegExp[];
  /** The town's own size. */
  single: RegExp[];
}

export interface TownPatterns {
  /** Words after which the town's name follows: "miasto", "die Stadt", "the town of". */
  cue: RegExp;
  /** Words that follow the name: "Pescia, a town …", "Луцьк — місто …". */
  after?: RegExp;
  /** Lower-case words that may join a name: "Frankfurt am Main", "Nowe Miasto nad Pilicą". */
  connectors: ReadonlySet<string>;
  /** Capitalised words that are not part of a name: title-case verbs, region nouns. */
  stop: ReadonlySet<string>;
  /** A word after which the capitalised word before it is a region: "Волинської області". */
  regionNoun?: RegExp;
}

export interface Lexicon {
  language: AnnouncementLanguage;
  /** Letters (two points each) and common words (one point) that vote for the language. */
  detect: { letters?: RegExp; words?: RegExp };
  /** Removed from the folded text before looking for countries: publishers, languages. */
  ignore: RegExp[];
  /** Country adjectives, nouns and locatives on the folded text; the first named wins. */
  countries: [RegExp, string][];
  /**
   * Words after which a sentence is about the wished partner ("hľadá partnera", "looking
   * for"): a bound there ("over 20,000 inhabitants") and a country named there are the
   * partner's, elsewhere the town's own. Without cues every bound is the partner's and
   * every country the town's (the original Czech rules).
   */
  partnerCue?: RegExp;
  /** Words implying a country when none is named ("województwo" → PL). */
  countryHints: [RegExp, string][];
  /** The unions writing in this language publish their own members' requests. */
  homeCountry?: string;
  /** Topic words on the folded text. */
  topics: [RegExp, InterestCode][];
  openToAny: RegExp;
  population: PopulationPatterns;
  town: TownPatterns;
  region(text: string): string | null;
  /** Month-name beginnings, January first, for "7 March 2024". */
  months: string[];
}

function parts(pattern: RegExp | string, flags: string): [string, Set<string>] {
  const source = typeof pattern === "string" ? pattern : pattern.source;
  const own = typeof pattern === "string" ? "" : pattern.flags;
  return [source, new Set([...own, ...flags])];
}

// Whether a \b in a pattern ends a word: it comes before ")", "|", "(?!", a space or the end.
function endsWord(source: string, at: number): boolean {
  return /^(?:$|[)| ]|\(\?[!=]|\\s)/.test(source.slice(at + 2));
}

/**
 * A regex for raw text whose \b and \w (outside character classes) also know ł, ž and
 * Cyrillic, which JavaScript's do not. A \b is taken as a word's start or end by
 * where it stands, which keeps the (costly) Unicode classes few.
 */
export function re(pattern: RegExp | string, flags = ""): RegExp {
  const [source, all] = parts(pattern, flags);
  const converted = source
    .replace(/\\b/g, (_, at: number) =>
      endsWord(source, at) ? String.raw`(?![\p{L}\p{N}])` : String.raw`(?<![\p{L}\p{N}])`,
    )
    .replace(/\\w/g, String.raw`[\p{L}\p{N}_]`);
  all.add("u");
  return new RegExp(converted, [...all].join(""));
}

/**
 * A regex for folded text (fold below), which holds only letters, digits and single
 * spaces: a word boundary is a space or an end, and a letter anything but a space.
 */
export function rf(pattern: RegExp | string, flags = ""): RegExp {
  const [source, all] = parts(pattern, flags);
  const converted = source
    .replace(/\\b/g, "(?:(?<![^ ])(?=[^ ])|(?<=[^ ])(?![^ ]))")
    .replace(/\\w|\\p\{L\}/g, "[^ ]");
  if (!converted.includes(String.raw`\p{`)) all.delete("u");
  return new RegExp(converted, [...all].join(""));
}

/** The text that country and topic tables read: lower case, Latin letters without
 * diacritics (as normalizeName), but Cyrillic kept as written, so that the Ukrainian
 * table reads as Ukrainian and does not depend on guessing its transliteration. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/(?<=\p{Script=Latin})\p{M}+/gu, "")
    .normalize("NFC")
    .replace(/[łøđß]/g, (ch) => ({ ł: "l", ø: "o", đ: "d", ß: "ss" })[ch] ?? ch)
    .replace(/[’'`´ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A figure: digits grouped by thousands or with a decimal mark, then a thousands word. */
export function numberPattern(format: NumberFormat, thousands: string): string {
  const { group, decimal } = format;
  return String.raw`(?<!\d)(\d{1,3}(?:[${group}]\d{3})+(?!\d)|\d+(?:[${decimal}]\d+)?)(\s*(?:${thousands}))?`;
}

export function toNumber(digits: string, multiplier: string | undefined, format: NumberFormat) {
  const plain = digits
    .replace(new RegExp(`[${format.group}]`, "g"), "")
    .replace(format.decimal, ".");
  // "mln", "Mio.", "million", "млн" are millions; every other word is thousands.
  const factor = !multiplier?.trim() ? 1 : /^\s*[mм]/iu.test(multiplier) ? 1e6 : 1e3;
  return Math.round(Number(plain) * factor);
}

export interface PopulationWords {
  format: NumberFormat;
  /** Words multiplying the figure: "tys.", "Tausend", "thousand", "тис.". */
  thousands: string;
  /** Residents after a figure: "mieszkańców", "Einwohner". */
  noun: string;
  /** Words before a figure naming the population: "population of", "liczy", "населенням". */
  lead: string;
  /** "about", allowed between the lead and the figure. */
  approx: string;
  /** Ranges with {N} twice: "od {N} do {N}". */
  ranges: string[];
  upTo: string;
  atLeast: string;
  /** More ways of giving the town's own size, with {N} once. */
  singles?: string[];
}

/** The population patterns of a language from its words, each phrase in both orders:
 * figure then noun ("5 000 mieszkańców") and lead then figure ("populacja 5 000"). */
export function populationPatterns(w: PopulationWords): PopulationPatterns {
  const figure = numberPattern(w.format, w.thousands);
  const fill = (template: string) => template.replaceAll("{N}", figure);
  // One word may stand between the figure and the noun: "53 000 stałych mieszkańców".
  const noun = String.raw`\s*(?:\p{L}+\s+)?(?:${w.noun})`;
  const lead = String.raw`\b(?:${w.lead})\s+(?:\p{L}+\s+){0,2}?`;
  const make = (source: string) => re(source, "i");
  const bound = (words: string) => [
    make(String.raw`\b(?:${words})\s+${figure}${noun}`),
    make(String.raw`${lead}(?:${words})\s+${figure}`),
  ];
  return {
    format: w.format,
    ranges: w.ranges.flatMap((t) => [make(fill(t) + noun), make(lead + fill(t))]),
    upTo: bound(w.upTo),
    atLeast: bound(w.atLeast),
    single: [
      make(figure + noun),
      make(String.raw`\b(?:${w.lead})\s+(?:(?:${w.approx})\s+)?${figure}`),
      ...(w.singles ?? []).map((t) => make(fill(t))),
    ],
  };
}

/** The first match of any of the patterns in the text, by position. */
export function firstMatch(text: string, patterns: RegExp[]): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    const m = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, "")).exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}
