// Owns what a word is: the pattern every word count and tokenizer uses, the
// count itself, and the head noun of a noun phrase.

/**
 * One word: letters (with any combining marks) and digits, joined by an
 * apostrophe, hyphen, dot or ampersand between two of them, so
 * "Azerbaijan’s", "short-lived", "U.S" (the final dot belongs to the
 * sentence), "3.5" and "AT&T" are one word each. Global: reset lastIndex
 * before an exec loop, as String.prototype.match does.
 */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\-.&][\p{L}\p{M}\p{N}]+)*/gu;

/** The number of words in `s`, as the app shows and limits it. */
export function wordCount(s: string): number {
  const m = s.match(WORD);
  return m ? m.length : 0;
}

/** Words that end a noun phrase's head and start a modifier after it ("Organization | of Turkic States"). */
const POST_MODIFIER_STARTS = new Set(
  `of for in on at from with without to by under over between among amongst into onto about against across near
  during after before since until within via per like than that which who whom whose where when as`.split(/\s+/),
);

/** A number or a Roman numeral that follows a name ("Apollo 11", "World War II") rather than heads it. */
const NUMERAL = /^(?:\d[\d,.]*|[IVX]+)$/u;

/**
 * The head of a noun phrase in English: the last word before anything that
 * modifies it from the right. "Organization of Turkic States" ->
 * "Organization", "the old stone bridge" -> "bridge", "Justice and
 * Development Party" -> "Party", "Azerbaijan’s army (AZ)" -> "army",
 * "World War II" -> "War". A trailing possessive ’s is dropped. Empty when
 * the phrase has no word.
 */
export function headNoun(phrase: string): string {
  // A bracket, comma, colon, semicolon or dash opens an apposition or aside;
  // not the comma in "1,230" nor the dash in "Franco–Prussian".
  const core = phrase.split(/[([{;—]|[,:]\s|\s[–-]\s/u)[0] ?? "";
  const words = core.match(WORD) ?? [];
  let end = words.findIndex((w, i) => i > 0 && POST_MODIFIER_STARTS.has(w.toLowerCase()));
  if (end < 0) end = words.length;
  while (end > 1 && NUMERAL.test(words[end - 1]!)) end--;
  const head = words[end - 1] ?? "";
  return head.replace(/[’']s$/u, "");
}
