// Search keys for place and town names: lower case, diacritics folded and other scripts
// in Latin letters, so that "Wołomin", "WOLOMIN" and "wolomin" meet, "Plzeň" is found by
// "plzen" and "Львів" by "Lviv".

// Letters that Unicode does not decompose into a base letter plus a mark.
const FOLDS: Record<string, string> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ı: "i",
  ħ: "h",
  ŀ: "l",
};

// Cyrillic and Greek in Latin letters, as the towns' own Latin names spell them, so that
// "Львів" meets "Lviv", "Београд" meets "Beograd" and "Αθήνα" meets "Athina". Ukrainian
// text (one with і, ї, є or ґ) takes the Ukrainian national system (г → h, и → y); other
// Cyrillic the common Russian, Serbian and Bulgarian one (г → g, и → i). A query cannot
// always tell ("Житомир"), so searchKeys gives both readings.
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  ё: "e",
  є: "ie",
  ж: "zh",
  з: "z",
  и: "i",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
  ђ: "dj",
  ј: "j",
  љ: "lj",
  њ: "nj",
  ћ: "c",
  џ: "dz",
  ѓ: "gj",
  ќ: "kj",
  ѕ: "dz",
};
const UKRAINIAN: Record<string, string> = { г: "h", и: "y" };
const GREEK: Record<string, string> = {
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
};
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff]/u;

function transliterate(lower: string, ukrainian: boolean): string {
  if (!OTHER_SCRIPT.test(lower)) return lower;
  return lower.replace(
    /[\u0370-\u03ff\u0400-\u04ff]/gu,
    (ch) => (ukrainian ? UKRAINIAN[ch] : undefined) ?? CYRILLIC[ch] ?? GREEK[ch] ?? ch,
  );
}

function key(value: string, ukrainian?: boolean): string {
  // Marks are folded first (ή → η, ї → і), so that the letters above are found.
  const folded = value.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  return transliterate(folded, ukrainian ?? /[іїєґ]/u.test(folded))
    .replace(/[łøđðþæœßıħŀ]/g, (ch) => FOLDS[ch] ?? ch)
    .replace(/[’'`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The search key a name or text is stored under. */
export function normalizeName(value: string): string {
  return key(value);
}

/**
 * A name's search key when it belongs to a longer text (a town's names in its offer): the
 * Cyrillic reads as Ukrainian when the text has a Ukrainian letter, as the text's own does.
 */
export function normalizeNameIn(value: string, text: string): string {
  return key(value, /[іїєґ]/iu.test(text));
}

/**
 * The keys a query may mean: one, or for Cyrillic that may be Ukrainian or not, both
 * readings ("Житомир" is "zhytomyr" or "zhitomir", "Београд" "beohrad" or "beograd").
 */
export function searchKeys(query: string): string[] {
  const stored = key(query);
  const lower = query.toLowerCase();
  // Only г and и read differently, and a Ukrainian letter settles it.
  if (!/[ги]/u.test(lower) || /[іїєґ]/u.test(lower)) return stored ? [stored] : [];
  return [...new Set([stored, key(query, true), key(query, false)])].filter(Boolean);
}

// Czech alphabetical order as a plain string that sorts byte by byte on both
// databases (their collations differ and neither is Czech by default): č, ř, š, ž
// and ch are letters of their own (ch after h), while á, ď, é, ě, í, ň, ó, ť, ú,
// ů, ý only break ties. Letters of other alphabets fold to their base letter.
const CZECH_LETTERS = [..."abcčdefgh", "ch", ..."ijklmnopqrřsštuvwxyzž"];
// Between words: a space sorts before a hyphen, and both before other punctuation and letters.
const PRIMARY = new Map<string, string>(
  [" ", "-", ".", ..."0123456789", ...CZECH_LETTERS].map((token, i) => [
    token,
    String.fromCharCode(0x21 + i),
  ]),
);
const KEEP = new Set(["č", "ř", "š", "ž"]);

export function czechSortKey(name: string): string {
  const lower = name.toLowerCase().trim();
  let primary = "";
  let secondary = "";
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
    if (ch === "c" && lower[i + 1] === "h") {
      primary += PRIMARY.get("ch");
      secondary += "0";
      i++;
      continue;
    }
    const base = KEEP.has(ch) ? ch : normalizeName(ch);
    const letter =
      PRIMARY.get(base) ?? (base.length > 1 ? PRIMARY.get(base[0] as string) : undefined);
    const token = letter ?? PRIMARY.get(/\s/.test(ch) ? " " : ch === "-" || ch === "–" ? "-" : ".");
    // Runs of spaces count once.
    if (token === PRIMARY.get(" ") && primary.endsWith(token as string)) continue;
    primary += token;
    secondary += letter !== undefined && base !== ch ? "1" : "0";
  }
  // The space before the accents sorts below every letter: "Lhota" comes before "Lhota pod …".
  return `${primary} ${secondary}`;
}
