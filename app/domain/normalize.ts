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
