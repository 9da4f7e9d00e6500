// The sentences that explain a score, in Czech and English, always with the
// numbers behind them. Pure: names come from Intl, the interest list and kraje.
import { INTEREST_CODES, INTEREST_LABELS, type InterestCode } from "./interests";
import { KRAJE, krajByCode } from "./kraje";
import { WORKING_LANGUAGES } from "./languages";
import {
  PROXIMITY_FULL_KM,
  PROXIMITY_ZERO_KM,
  RANGE_TIE_BREAK,
  SATURATION_REQUESTS,
  STALE_DAYS,
  type Details,
  type Factor,
  type PreparedMunicipality,
  type PreparedOffer,
} from "./scoring";

export interface Text {
  cs: string;
  en: string;
}

/** Who reads the sentence: the municipality is "you" only to its own mayor. */
export type Perspective = "municipality" | "offer" | "staff";

type Lang = keyof Text;

const numberFormat = { cs: new Intl.NumberFormat("cs-CZ"), en: new Intl.NumberFormat("en-GB") };
const listFormat = {
  cs: new Intl.ListFormat("cs", { type: "conjunction" }),
  en: new Intl.ListFormat("en", { type: "conjunction" }),
};
const regionNames = {
  cs: new Intl.DisplayNames(["cs"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};
const languageNames = {
  cs: new Intl.DisplayNames(["cs"], { type: "language" }),
  en: new Intl.DisplayNames(["en"], { type: "language" }),
};

const num = (lang: Lang, n: number) => numberFormat[lang].format(n);
const list = (lang: Lang, items: string[]) =>
  items.length === 0 ? (lang === "cs" ? "nic" : "none") : listFormat[lang].format(items);
const country = (lang: Lang, code: string) => regionNames[lang].of(code) ?? code;
const language = (lang: Lang, code: string) => languageNames[lang].of(code) ?? code;
const topic = (lang: Lang, code: string) => {
  const label = INTEREST_LABELS[code as InterestCode]?.[lang] ?? code;
  return label.charAt(0).toLowerCase() + label.slice(1);
};
/** Czech kraje keep their Czech names in every language. */
const kraj = (_lang: Lang, code: string | null) => (code ? (krajByCode(code)?.cs ?? code) : "—");
/** Lists in one fixed order, so the sentence does not depend on the order data came in. */
const LANGUAGE_ORDER = new Map<string, number>(WORKING_LANGUAGES.map((c, i) => [c, i]));
const KRAJ_ORDER = new Map<string, number>(KRAJE.map((k, i) => [k.code, i]));
const ordered = (codes: Iterable<string>, order: Map<string, number>) =>
  [...new Set(codes)].sort(
    (a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || a.localeCompare(b),
  );
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Czech plural: 1 / 2–4 / other. */
function czPlural(n: number, one: string, few: string, many: string) {
  return n === 1 ? one : n >= 2 && n <= 4 ? few : many;
}
const enPlural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** How the municipality is named, in the cases the sentences need. */
function municipalityNames(m: PreparedMunicipality, perspective: Perspective) {
  const you = perspective === "municipality";
  const name = m.source.name;
  return {
    nom: you ? "vaše obec" : `obec ${name}`,
    gen: you ? "vaší obce" : `obce ${name}`,
    en: you ? "your town" : name,
    enPossessive: you ? "yours" : `${name}'s`,
    enSeeks: you ? "you seek" : `${name} seeks`,
    enHas: you ? "you already have" : `${name} already has`,
    you,
  };
}

function sizeRange(lang: Lang, min: number | null, max: number | null): string {
  if (lang === "cs") {
    if (min !== null && max !== null) return `s ${num("cs", min)}–${num("cs", max)} obyvateli`;
    if (min !== null) return `s alespoň ${num("cs", min)} obyvateli`;
    return `s nejvýše ${num("cs", max ?? 0)} obyvateli`;
  }
  if (min !== null && max !== null) return `of ${num("en", min)}–${num("en", max)} inhabitants`;
  if (min !== null) return `of at least ${num("en", min)} inhabitants`;
  return `of at most ${num("en", max ?? 0)} inhabitants`;
}

/** What a population outside the wished range means, by how far outside it is. */
function outside(fit: number): Text {
  if (fit >= 0.8 * (1 - RANGE_TIE_BREAK)) {
    return {
      cs: " To je jen kousek mimo požadovaný rozsah.",
      en: " That is just outside the range.",
    };
  }
  return { cs: " To je mimo požadovaný rozsah.", en: " That is outside the range." };
}

function sharedTopics(m: PreparedMunicipality, o: PreparedOffer): string[] {
  return INTEREST_CODES.filter((code) => {
    const i = INTEREST_CODES.indexOf(code);
    return ((m.topics & o.topics) >> i) & 1;
  });
}

function topicsText(m: PreparedMunicipality, o: PreparedOffer, p: Perspective): Text {
  const M = municipalityNames(m, p);
  const town = o.source.town;
  const shared = sharedTopics(m, o);
  const offerTopics = INTEREST_CODES.filter((c) => o.source.topics.includes(c));
  const openCs = ` ${town} přijme i jiná témata.`;
  const openEn = ` ${town} is open to other topics too.`;
  if (!m.known) {
    return {
      cs: `${capital(M.nom)} zatím nemá na Spolu profil, témata spolupráce neznáme: počítají se napůl.`,
      en: `${capital(M.en)} ${M.you ? "have" : "has"} no profile on Spolu yet, so the topics are unknown and count half.`,
    };
  }
  if (m.topicCount === 0) {
    return {
      cs: `${capital(M.nom)} zatím neuvedla žádná témata spolupráce.`,
      en: `${capital(M.en)} ${M.you ? "have" : "has"} not listed any topics yet.`,
    };
  }
  if (shared.length > 0) {
    const k = shared.length;
    const n = o.topicCount;
    const names = (lang: Lang) => shared.map((c) => topic(lang, c)).join(", ");
    const open = o.source.openToAnyTopic;
    if (n === 1) {
      return {
        cs: `Jediné téma, které uvádí ${town}, odpovídá zájmům ${M.gen}: ${names("cs")}.`,
        en: `${town}'s only topic matches ${M.enPossessive}: ${names("en")}.`,
      };
    }
    return {
      cs:
        `${k} z ${n} témat, která uvádí ${town}, ` +
        `${k === 1 || k >= 5 ? "odpovídá" : "odpovídají"} zájmům ${M.gen}: ${names("cs")}.` +
        (open ? openCs : ""),
      en:
        `${k} of ${town}'s ${n} topics ${enPlural(k, "matches", "match")} ` +
        `${M.enPossessive}: ${names("en")}.` +
        (open ? openEn : ""),
    };
  }
  if (o.source.openToAnyTopic) {
    return {
      cs: `${town} hledá partnera pro jakékoli téma, proto částečné body.`,
      en: `${town} is open to any topic, so partial points.`,
    };
  }
  return {
    cs: `Žádné společné téma: ${town} hledá spolupráci v oblastech ${offerTopics.map((c) => topic("cs", c)).join(", ")}.`,
    en: `No topic in common: ${town} seeks cooperation in ${offerTopics.map((c) => topic("en", c)).join(", ")}.`,
  };
}

const inRange = (logValue: number, logMin: number, logMax: number) =>
  logValue >= logMin && logValue <= logMax;

function populationText(
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Text {
  const M = municipalityNames(m, p);
  const town = o.source.town;
  const mPop = m.source.population;
  const oPop = o.source.population;
  // Inside a range, the tie-break for similar size is worth a sentence once it costs half a point.
  const max = d.maxima[1] as number;
  const tieBreakShows = (fit: number) => (1 - fit) * max >= 0.5;
  const parts: Text[] = [];
  if (o.hasRange) {
    const inside = inRange(m.logPopulation, o.logMin, o.logMax);
    const fit = d.b[1] as number;
    const beyond = inside ? { cs: "", en: "" } : outside(fit);
    const similar =
      inside && tieBreakShows(fit)
        ? {
            cs: ` V rozsahu mají o něco víc bodů obce podobné velikosti jako ${town} (${num("cs", oPop)}).`,
            en: ` Within the range, towns closer to ${town}'s size (${num("en", oPop)}) score a little higher.`,
          }
        : { cs: "", en: "" };
    parts.push({
      cs:
        `${town} hledá obec ${sizeRange("cs", o.source.partnerMin, o.source.partnerMax)}; ` +
        `${M.nom} má ${num("cs", mPop)}.` +
        beyond.cs +
        similar.cs,
      en:
        `${town} seeks a town ${sizeRange("en", o.source.partnerMin, o.source.partnerMax)}; ` +
        `${M.you ? "yours has" : `${M.en} has`} ${num("en", mPop)}.` +
        beyond.en +
        similar.en,
    });
  }
  if (m.hasRange) {
    const inside = inRange(o.logPopulation, m.logMin, m.logMax);
    const fit = d.a[1] as number;
    const beyond = inside ? { cs: "", en: "" } : outside(fit);
    const similar =
      inside && tieBreakShows(fit)
        ? {
            cs: ` V rozsahu mají o něco víc bodů partneři podobné velikosti jako ${M.nom} (${num("cs", mPop)}).`,
            en: ` Within the range, partners closer to ${M.you ? "your" : `${M.en}'s`} size (${num("en", mPop)}) score a little higher.`,
          }
        : { cs: "", en: "" };
    parts.push({
      cs:
        `${capital(M.nom)} hledá partnera ${sizeRange("cs", m.source.partnerMin, m.source.partnerMax)}; ` +
        `${town} má ${num("cs", oPop)}.` +
        beyond.cs +
        similar.cs,
      en:
        `${capital(M.enSeeks)} a partner ${sizeRange("en", m.source.partnerMin, m.source.partnerMax)}; ` +
        `${town} has ${num("en", oPop)}.` +
        beyond.en +
        similar.en,
    });
  }
  if (parts.length === 0) {
    parts.push({
      cs:
        `${town} má ${num("cs", oPop)} obyvatel, ${M.nom} ${num("cs", mPop)}; ` +
        `čím podobnější velikost, tím víc bodů.`,
      en:
        `${town} has ${num("en", oPop)} inhabitants, ${M.en} ${num("en", mPop)}; ` +
        `the closer the sizes, the more points.`,
    });
  }
  return join(parts);
}

function languageText(m: PreparedMunicipality, o: PreparedOffer, p: Perspective): Text {
  const M = municipalityNames(m, p);
  const town = o.source.town;
  const mine = new Set(m.known ? m.source.languages : ["cs"]);
  const theirs = ordered(o.source.languages, LANGUAGE_ORDER);
  const literal = theirs.filter((code) => mine.has(code));
  const mutual =
    literal.length === 0 &&
    ((mine.has("cs") && theirs.includes("sk")) || (mine.has("sk") && theirs.includes("cs")));
  const common = mutual ? theirs.filter((c) => c === "cs" || c === "sk") : literal;
  if (common.length === 0 && !m.known) {
    return {
      cs: `${capital(M.nom)} zatím nemá na Spolu profil: víme jen, že úřaduje česky, a ${town} češtinu neuvádí. Další jazyky neznáme, počítají se napůl.`,
      en: `${capital(M.en)} ${M.you ? "have" : "has"} no profile on Spolu yet: we only know it works in Czech, which ${town} does not list. Other languages are unknown and count half.`,
    };
  }
  if (common.length === 0) {
    const mineList = (lang: Lang) => ordered(mine, LANGUAGE_ORDER).map((c) => language(lang, c));
    const theirList = (lang: Lang) => theirs.map((c) => language(lang, c));
    return {
      cs: `Žádný společný pracovní jazyk (${town}: ${list("cs", theirList("cs"))}; ${M.nom}: ${list("cs", mineList("cs"))}).`,
      en: `No working language in common (${town}: ${list("en", theirList("en"))}; ${M.en}: ${list("en", mineList("en"))}).`,
    };
  }
  return {
    cs:
      `Společný pracovní jazyk: ${list(
        "cs",
        common.map((c) => language("cs", c)),
      )}.` + (mutual ? " Čeština a slovenština jsou vzájemně srozumitelné." : ""),
    en:
      `Working language in common: ${list(
        "en",
        common.map((c) => language("en", c)),
      )}.` + (mutual ? " Czech and Slovak are mutually understood." : ""),
  };
}

function preferencesText(m: PreparedMunicipality, o: PreparedOffer, p: Perspective): Text {
  const M = municipalityNames(m, p);
  const town = o.source.town;
  const parts: Text[] = [];
  if (m.seeks !== null) {
    const c = o.source.country;
    const wished = [...m.seeks].sort();
    parts.push(
      m.seeks.has(c)
        ? {
            cs: `${capital(M.nom)} hledá partnery v zemích ${list(
              "cs",
              wished.map((x) => country("cs", x)),
            )}; ${town} je odtud (${country("cs", c)}).`,
            en: `${country("en", c)} is among the countries ${M.enSeeks}.`,
          }
        : {
            cs: `${capital(M.nom)} hledá partnery v zemích ${list(
              "cs",
              wished.map((x) => country("cs", x)),
            )}; ${town} je odjinud (${country("cs", c)}).`,
            en: `${capital(M.enSeeks)} partners in ${list(
              "en",
              wished.map((x) => country("en", x)),
            )}; ${town} is in ${country("en", c)}.`,
          },
    );
  }
  if (o.kraje !== 0 && m.krajBit !== 0) {
    const preferred = ordered(o.source.preferredKraje, KRAJ_ORDER);
    const inside = (o.kraje & m.krajBit) !== 0;
    parts.push(
      inside
        ? {
            cs: `${town} dává přednost obcím z kraje, kde leží ${M.nom} (${kraj("cs", m.source.kraj)}).`,
            en: `${town} prefers partners from ${kraj("en", m.source.kraj)}, where ${M.you ? "your town is" : `${M.en} is`}.`,
          }
        : {
            cs: `${town} dává přednost obcím z krajů: ${list(
              "cs",
              preferred.map((k) => kraj("cs", k)),
            )}; ${M.nom} leží jinde (${kraj("cs", m.source.kraj)}).`,
            en: `${town} prefers partners from ${list(
              "en",
              preferred.map((k) => kraj("en", k)),
            )}; ${M.en} is in ${kraj("en", m.source.kraj)}.`,
          },
    );
  }
  return join(parts);
}

function distanceText(m: PreparedMunicipality, o: PreparedOffer, d: Details, p: Perspective): Text {
  const M = municipalityNames(m, p);
  const town = o.source.town;
  const km = Math.round(d.distanceKm);
  const parts: Text[] = [];
  const mMax = m.source.maxDistanceKm;
  const oMax = o.source.maxDistanceKm;
  if (mMax !== null) {
    parts.push({
      cs: `${capital(M.nom)} hledá partnera do ${num("cs", mMax)} km; vzdálenost je ${num("cs", km)} km.`,
      en: `${capital(M.enSeeks)} a partner within ${num("en", mMax)} km; the distance is ${num("en", km)} km.`,
    });
  }
  if (oMax !== null) {
    parts.push({
      cs: `${town} hledá partnera do ${num("cs", oMax)} km; vzdálenost je ${num("cs", km)} km.`,
      en: `${town} seeks a partner within ${num("en", oMax)} km; the distance is ${num("en", km)} km.`,
    });
  }
  return join(parts);
}

/** What the distance earns, by where it lies on the curve; built once (formatting costs). */
let proximityTails: { full: Text; none: Text; some: Text } | null = null;
function proximityTail(fit: number): Text {
  if (proximityTails === null) {
    // Half the points at the geometric mean of the curve's two ends (~170 km).
    const half = Math.round(Math.sqrt(PROXIMITY_FULL_KM * PROXIMITY_ZERO_KM) / 10) * 10;
    proximityTails = {
      full: {
        cs: `; do ${num("cs", PROXIMITY_FULL_KM)} km plné body za blízkost.`,
        en: `; within ${num("en", PROXIMITY_FULL_KM)} km proximity earns full points.`,
      },
      none: {
        cs: `; od ${num("cs", PROXIMITY_ZERO_KM)} km už za blízkost body nejsou.`,
        en: `; from ${num("en", PROXIMITY_ZERO_KM)} km on proximity earns no points.`,
      },
      some: {
        cs: `; čím blíž, tím víc bodů (polovina kolem ${num("cs", half)} km).`,
        en: `; the closer, the more points (half at about ${num("en", half)} km).`,
      },
    };
  }
  return fit >= 1 ? proximityTails.full : fit <= 0 ? proximityTails.none : proximityTails.some;
}

function proximityText(
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Text {
  const M = municipalityNames(m, p);
  const town = o.source.town;
  const km = Math.round(d.distanceKm);
  const how = proximityTail(d.a[5] as number);
  if (M.you) {
    return {
      cs: `${town} leží ${num("cs", km)} km od vaší obce` + how.cs,
      en: `${town} is ${num("en", km)} km from your municipality` + how.en,
    };
  }
  // "35 km od Kłodzka" would need the foreign name declined: both stay in the nominative.
  return {
    cs: `${capital(M.nom)} a ${town} jsou od sebe ${num("cs", km)} km` + how.cs,
    en: `${m.source.name} is ${num("en", km)} km from ${town}` + how.en,
  };
}

function freshnessText(o: PreparedOffer): Text {
  const n = o.ageDays;
  const stale = n >= STALE_DAYS;
  return {
    cs:
      (n === 0
        ? "Nabídka byla zveřejněna dnes"
        : `Nabídka byla zveřejněna před ${num("cs", n)} ${n === 1 ? "dnem" : "dny"}`) +
      (stale ? "; po roce už za čerstvost body nezíská." : "; čerstvější nabídky mají víc bodů."),
    en:
      (n === 0
        ? "Published today"
        : `Published ${num("en", n)} ${enPlural(n, "day", "days")} ago`) +
      (stale ? "; after a year freshness earns no points." : "; fresher requests score higher."),
  };
}

function saturationText(
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Text {
  const M = municipalityNames(m, p);
  const town = o.source.town;
  const parts: Text[] = [];
  const n = d.partnersInCountry;
  if (n > 0) {
    const c = o.source.country;
    parts.push({
      cs: `${capital(M.nom)} už má v této zemi (${country("cs", c)}) ${n} ${czPlural(n, "partnera", "partnery", "partnerů")}; nová země má mírnou přednost.`,
      en: `${capital(M.enHas)} ${n} ${enPlural(n, "partner", "partners")} in ${country("en", c)}; a new country is slightly preferred.`,
    });
  }
  const r = o.source.openRequests;
  if (r > 0) {
    parts.push({
      cs: `${town} už má ${r} ${czPlural(r, "otevřenou žádost", "otevřené žádosti", "otevřených žádostí")} o kontakt (plně se počítá od ${SATURATION_REQUESTS}).`,
      en: `${town} already has ${r} open ${enPlural(r, "request", "requests")} for contact (fully counted from ${SATURATION_REQUESTS}).`,
    });
  }
  return join(parts);
}

export function explainBalance(
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Text {
  const M = municipalityNames(m, p);
  const a = Math.round(100 * d.sideA);
  const b = Math.round(100 * d.sideB);
  const town = o.source.town;
  return {
    cs: `Dvojice vyhovuje jedné straně víc než druhé (${M.nom} ${a} %, ${town} ${b} %), proto je skóre pod jejich průměrem.`,
    en: `The pair suits one side more than the other (${M.en} ${a}%, ${town} ${b}%), so the score is below their average.`,
  };
}

export function explainFactor(
  factor: Factor,
  m: PreparedMunicipality,
  o: PreparedOffer,
  d: Details,
  p: Perspective,
): Text {
  switch (factor) {
    case "topics":
      return topicsText(m, o, p);
    case "population":
      return populationText(m, o, d, p);
    case "language":
      return languageText(m, o, p);
    case "preferences":
      return preferencesText(m, o, p);
    case "distance":
      return distanceText(m, o, d, p);
    case "proximity":
      return proximityText(m, o, d, p);
    case "freshness":
      return freshnessText(o);
    case "saturation":
      return saturationText(m, o, d, p);
    case "balance":
      return explainBalance(m, o, d, p);
  }
}

function join(parts: Text[]): Text {
  return { cs: parts.map((t) => t.cs).join(" "), en: parts.map((t) => t.en).join(" ") };
}
