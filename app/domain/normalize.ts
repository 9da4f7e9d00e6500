// Search keys for place and town names: lower case, diacritics folded, so that
// "Wołomin", "WOLOMIN" and "wolomin" meet, and "Plzeň" is found by "plzen".

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

export function normalizeName(value: string): string {
  return value
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[łøđðþæœßıħŀ]/g, (ch) => FOLDS[ch] ?? ch)
    .replace(/[’'`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
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
