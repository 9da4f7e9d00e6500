// Reads a news announcement of a foreign partnership request into a draft offer that
// staff then check and correct: in Czech as the union writes them ("Polské město Wolomin
// hledá partnera … s 53 000 obyvateli …"), or in Slovak, Polish, German, English or
// Ukrainian as partner unions publish them. Each language is one table
// (announcement-<lang>.ts); this file detects the language and applies its table.
// Pure: geocoding the town is the caller's job.
import { cs } from "./announcement-cs";
import { de } from "./announcement-de";
import { en } from "./announcement-en";
import {
  type AnnouncementLanguage,
  firstMatch,
  fold,
  type Lexicon,
  type PopulationPatterns,
  re,
  toNumber,
  type TownPatterns,
} from "./announcement-lexicon";
import { pl } from "./announcement-pl";
import { sk } from "./announcement-sk";
import { uk } from "./announcement-uk";
import { INTEREST_CODES, type InterestCode } from "./interests";

export type { AnnouncementLanguage };

export interface AnnouncementDraft {
  town: string | null;
  country: string | null;
  region: string | null;
  population: number | null;
  partnerPopulation: { min: number | null; max: number | null } | null;
  topics: InterestCode[];
  openToAnyTopic: boolean;
  /** The date of the news item, when the pasted text carries one (dd.mm.yyyy, ISO, "7 March 2024"). */
  sourceDate: string | null;
  /** The text to keep as the offer's description, in `language`. */
  description: string;
  /** The language the announcement is written in. */
  language: AnnouncementLanguage;
}

const LEXICONS: Record<AnnouncementLanguage, Lexicon> = { cs, sk, pl, de, en, uk };
// Latin-script languages in order of precedence: a tie, or no evidence, is Czech.
const LATIN: AnnouncementLanguage[] = ["cs", "sk", "pl", "de", "en"];

function count(text: string, pattern: RegExp | undefined): number {
  return pattern ? (text.match(pattern)?.length ?? 0) : 0;
}

/** The announcement's language from its letters and commonest words. */
export function detectLanguage(text: string): AnnouncementLanguage {
  const lower = text.toLowerCase();
  // Ukrainian is the one Cyrillic language read; a Russian text would land here too.
  const cyrillic = count(lower, /\p{Script=Cyrillic}/gu);
  if (cyrillic > count(lower, /\p{Script=Latin}/gu)) return "uk";
  let best: AnnouncementLanguage = "cs";
  let bestScore = 0;
  for (const language of LATIN) {
    const { letters, words } = LEXICONS[language].detect;
    const score = 2 * count(lower, letters) + count(lower, words);
    if (score > bestScore) [best, bestScore] = [language, score];
  }
  return best;
}

/** The code of the table row named first in the text. */
function firstNamed(text: string, table: [RegExp, string][]): string | null {
  let found: string | null = null;
  let first = Infinity;
  for (const [pattern, code] of table) {
    const at = text.search(pattern);
    if (at >= 0 && at < first) [first, found] = [at, code];
  }
  return found;
}

// For countries, every clause: "Town twinning: the municipality of Lousada (Portugal) is
// seeking partners" names Portugal before the cue of its own clause.
const CLAUSE_BREAK = /[.!?;:](?=\s)|\n/gu;

function clauses(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    out.push(text.slice(start, m.index + 1));
    start = m.index + 1;
  }
  return [...out, text.slice(start)];
}

function findCountry(text: string, lex: Lexicon, hasTown: boolean): string | null {
  // "Slovenské město … hledá partnera v Polsku" is Slovak: the country named first wins.
  // One named after a partner cue in its sentence ("шукає партнера в Словаччині",
  // "seeks a partner in Germany") is the partner's and does not count.
  const own = clauses(text).map((clause) => {
    const cue = lex.partnerCue ? clause.search(lex.partnerCue) : -1;
    return cue < 0 ? clause : clause.slice(0, cue);
  });
  const read = (t: string) => lex.ignore.reduce((s, pattern) => s.replace(pattern, " "), fold(t));
  return (
    firstNamed(read(own.join("\n")), lex.countries) ??
    firstNamed(read(text), lex.countryHints) ??
    (hasTown ? (lex.homeCountry ?? null) : null)
  );
}

// Sentence starts: a full stop before a capital (not "ok. 53 tys."), or a new line.
const SENTENCE_BREAK = /[.!?;](?=\s+[\p{Lu}„"“])|\n/gu;

/** Whether a partner cue comes before `at` in its sentence. */
function inPartnerSentence(text: string, at: number, cue: RegExp | undefined): boolean {
  if (!cue) return true;
  const before = text.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(SENTENCE_BREAK)) start = m.index + 1;
  return cue.test(before.slice(start));
}

function allMatches(text: string, patterns: RegExp[]): RegExpMatchArray[] {
  return patterns
    .flatMap((p) => [...text.matchAll(new RegExp(p.source, `${p.flags.replace("g", "")}g`))])
    .sort((a, b) => a.index! - b.index!);
}

function findPopulations(
  text: string,
  p: PopulationPatterns,
  partnerCue: RegExp | undefined,
): Pick<AnnouncementDraft, "population" | "partnerPopulation"> {
  const value = (m: RegExpMatchArray, i: number) => toNumber(m[i]!, m[i + 1], p.format);
  let rest = text;
  let partnerPopulation: AnnouncementDraft["partnerPopulation"] = null;
  const range = firstMatch(rest, p.ranges);
  if (range) {
    let min = value(range, 1);
    // "od 5 do 20 tys.", "від 5 до 20 тисяч": the second figure's thousands word counts for both.
    if (!range[2]?.trim() && range[4]?.trim() && min <= toNumber(range[3]!, undefined, p.format)) {
      min = toNumber(range[1]!, range[4], p.format);
    }
    partnerPopulation = { min, max: value(range, 3) };
    rest = rest.replace(range[0], " ");
  } else {
    const partnerBound = (patterns: RegExp[]) =>
      allMatches(rest, patterns).find((m) => inPartnerSentence(rest, m.index!, partnerCue));
    const upTo = partnerBound(p.upTo);
    const over = partnerBound(p.atLeast);
    if (upTo || over) {
      partnerPopulation = {
        min: over ? value(over, 1) : null,
        max: upTo ? value(upTo, 1) : null,
      };
      for (const m of [upTo, over]) if (m) rest = rest.replace(m[0], " ");
    }
  }
  // The town's own size: preferably a figure outside the sentences about the partner.
  const singles = allMatches(rest, p.single);
  const own =
    singles.find((m) => !partnerCue || !inPartnerSentence(rest, m.index!, partnerCue)) ??
    singles[0];
  return { population: own ? value(own, 1) : null, partnerPopulation };
}

// A word of a place name: a capital, then letters, apostrophes or hyphens
// ("Кам'янець-Подільський", "Stratford-upon-Avon").
const NAME_START = /^\p{Lu}[\p{L}\p{M}'’ʼ-]*/u;
const ABBREVIATION = /^(?:St|Ste|Sv|Sw|Św|Mt)\.$/u;
const SPACES = /[ \t\u00a0\u202f]+/u;
const OPENING = /^[„"“«‚(]+/u;
// An elided article or preposition before a capital: "Reggio nell'Emilia", "Cassano d'Adda".
const ELIDED = /^(?:d|l|dell|nell|sull|all|dall)['’]\p{Lu}[\p{L}-]*$/u;

/** A name word at the start of the token; `closes` when punctuation follows it. */
function nameWord(token: string, town: TownPatterns): { word: string; closes: boolean } | null {
  const m = NAME_START.exec(token);
  if (!m || town.stop.has(m[0])) return null;
  return { word: m[0].replace(/[-'’ʼ]+$/u, ""), closes: m[0] !== token };
}

/** The place name right after a cue ("město Banská Štiavnica hledá" → "Banská Štiavnica"). */
function readNameAfter(text: string, from: number, town: TownPatterns): string | null {
  const line = text.slice(from).split("\n", 1)[0]!;
  if (!/^[ \t\u00a0\u202f]/u.test(line)) return null;
  const tokens = line.trim().split(SPACES);
  const words: string[] = [];
  let pending: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = i === 0 ? tokens[i]!.replace(OPENING, "") : tokens[i]!;
    if (ABBREVIATION.test(token)) {
      words.push(...pending, token);
      pending = [];
      continue;
    }
    const name = nameWord(token, town);
    // "місто Луцьк Волинської області": the capital before "області" begins a region.
    const next = tokens[i + 1]?.replace(/[^\p{L}]+$/u, "");
    if (name && !(next && town.regionNoun?.test(next))) {
      words.push(...pending, name.word);
      pending = [];
      if (name.closes) break;
      continue;
    }
    if (words.length && ELIDED.test(token)) {
      words.push(...pending, token);
      pending = [];
      continue;
    }
    // Up to two small words join a name, when a capital follows: "Haslach an der Mühl".
    if (words.length && pending.length < 2 && town.connectors.has(token)) {
      pending.push(token);
      continue;
    }
    break;
  }
  while (words.length && ABBREVIATION.test(words.at(-1)!)) words.pop();
  return words.length ? words.join(" ") : null;
}

/** The place name right before a cue ("Pescia, a town of …" → "Pescia") and where it starts. */
function readNameBefore(
  text: string,
  end: number,
  town: TownPatterns,
): { at: number; name: string } | null {
  const lineStart = text.lastIndexOf("\n", end - 1) + 1;
  const tokens = [...text.slice(lineStart, end).matchAll(/\S+/gu)];
  const words: string[] = [];
  let pending: string[] = [];
  let at = end;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const raw = tokens[i]![0];
    const token = raw.replace(OPENING, "");
    const name = nameWord(token, town);
    // A word with punctuation after it ends the clause before the name: in "In Tuscany,
    // Pescia, a town" the name is "Pescia". An opening quote or bracket starts the name.
    if (name && !name.closes) {
      words.unshift(name.word, ...pending);
      pending = [];
      at = lineStart + tokens[i]!.index! + raw.length - token.length;
      if (token !== raw) break;
      continue;
    }
    if (words.length && pending.length < 2 && town.connectors.has(token)) {
      pending.unshift(token);
      continue;
    }
    break;
  }
  return words.length ? { at, name: words.join(" ") } : null;
}

function findTown(text: string, town: TownPatterns): string | null {
  const candidates: { at: number; name: string }[] = [];
  for (const m of text.matchAll(town.cue)) {
    const name = readNameAfter(text, m.index! + m[0].length, town);
    if (name) {
      candidates.push({ at: m.index!, name });
      break;
    }
  }
  for (const m of town.after ? text.matchAll(town.after) : []) {
    const found = readNameBefore(text, m.index!, town);
    if (found) {
      candidates.push(found);
      break;
    }
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.name ?? null;
}

interface FoundDate {
  at: number;
  length: number;
  iso: string;
}

function isoDate(year: string, month: number, day: string): string | null {
  const [y, d] = [Number(year), Number(day)];
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`;
}

function monthNumber(word: string, months: string[]): number {
  return months.findIndex((m) => new RegExp(`^(?:${m})`, "iu").test(word)) + 1;
}

const NUMERIC_DATE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const DAY_MONTH_YEAR = re(
  /(?<!\d)(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(\p{L}+)\s+(\d{4})(?!\d)/gu,
);
const MONTH_DAY_YEAR = re(/\b(\p{L}+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu);

/** The first date in the text: 09.08.2019, 2019-08-09, 9 sierpnia 2019, August 9, 2019. */
function findDate(text: string, months: string[]): FoundDate | null {
  const found: FoundDate[] = [];
  const add = (m: RegExpMatchArray, iso: string | null) => {
    if (iso) found.push({ at: m.index!, length: m[0].length, iso });
  };
  for (const m of text.matchAll(NUMERIC_DATE)) add(m, isoDate(m[3]!, Number(m[2]), m[1]!));
  for (const m of text.matchAll(ISO_DATE)) add(m, isoDate(m[1]!, Number(m[2]), m[3]!));
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthNumber(m[2]!, months);
    if (month) add(m, isoDate(m[3]!, month, m[1]!));
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = monthNumber(m[1]!, months);
    if (month) add(m, isoDate(m[3]!, month, m[2]!));
  }
  found.sort((a, b) => a.at - b.at);
  return found[0] ?? null;
}

/** The text without a leading line that is only a date ("09.08.2019", "7 marca 2024 r."). */
function withoutDateLine(text: string, months: string[]): string {
  const newline = text.indexOf("\n");
  if (newline < 0) return text;
  const line = text.slice(0, newline);
  const date = findDate(line, months);
  if (!date) return text;
  const left = line.slice(0, date.at) + line.slice(date.at + date.length);
  return /^[\s,.:;–—-]*(?:r\.|г\.|року|рік)?[\s,.]*$/u.test(left)
    ? text.slice(newline + 1).trim()
    : text;
}

export function parseAnnouncement(input: string): AnnouncementDraft {
  const text = input.replace(/\r\n?/g, "\n").trim();
  const language = detectLanguage(text);
  const lex = LEXICONS[language];
  const folded = fold(text);
  const codes = new Set(lex.topics.filter(([p]) => p.test(folded)).map(([, code]) => code));
  const town = findTown(text, lex.town);
  return {
    town,
    country: findCountry(text, lex, town !== null),
    region: lex.region(text),
    ...findPopulations(text, lex.population, lex.partnerCue),
    topics: INTEREST_CODES.filter((code) => codes.has(code)),
    openToAnyTopic: lex.openToAny.test(folded),
    sourceDate: findDate(text, lex.months)?.iso ?? null,
    description: withoutDateLine(text, lex.months),
    language,
  };
}
