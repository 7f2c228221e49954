// Owns diacritic folding: the one place that says how "Əliyev" becomes
// "Aliyev" and "Sırakaya" becomes "Sirakaya". Grading compares folded forms;
// the generator offers them as accepted spellings and builds slugs from them.

/**
 * Letters that compatibility decomposition (NFKD) leaves alone because
 * Unicode treats them as letters in their own right, not as a base letter
 * plus a mark. Learners type them without the stroke or dot (Sırakaya as
 * Sirakaya, Łódź as Lodz), so they are folded by hand. Both cases are listed
 * so that folding keeps case; callers that compare lower-case afterwards.
 * İ needs no entry: NFKD turns it into I plus a combining dot.
 *
 * This table is the union of the two that existed before it: the generator's
 * (ı İ ø ł ß æ œ đ, no ə ð ħ ŧ þ and no capital Œ) and grading's (lower-case
 * only, applied after lower-casing, with ə ð ħ ŧ þ). Capital ligatures fold to
 * a capital and a small letter ("Æsir" -> "Aesir", "Þór" -> "Thor") because
 * they almost always start a mixed-case name; the generator used to write
 * "AE". ẞ only occurs in all-capital text, so it folds to "SS".
 */
const FOLDED_LETTERS: Record<string, string> = {
  ı: "i", // Turkish and Azerbaijani dotless i
  ə: "a", // Azerbaijani schwa: English writes Əliyev as Aliyev, Heydər as Heydar
  Ə: "A",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  ħ: "h",
  Ħ: "H",
  ŧ: "t",
  Ŧ: "T",
  ß: "ss",
  ẞ: "SS",
  æ: "ae",
  Æ: "Ae",
  œ: "oe",
  Œ: "Oe",
  þ: "th",
  Þ: "Th",
};
const NON_ASCII = /[^\x00-\x7f]/;
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED_LETTERS).join("")}]`, "gu");

/**
 * `s` without diacritics, case kept: compatibility decomposition (NFKD, so
 * full-width "ＯＴＳ" is "OTS" and "ﬁ" is "fi"), combining marks removed,
 * then the letters above folded. The generator used NFD before this module
 * existed; NFKD is what grading used, and a learner's typed answer and the
 * generator's accepted spelling must fold the same way.
 */
export function foldDiacritics(s: string): string {
  // ASCII is already folded (NFKD leaves it alone, and no table letter is
  // ASCII); most words of an English article are, and the generator folds
  // every word many times.
  if (!NON_ASCII.test(s)) return s;
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(FOLDABLE, (ch) => FOLDED_LETTERS[ch] ?? ch);
}
