// Owns what "the same answer" means for typed responses: the normal form both
// sides are reduced to before comparison, and how many typos an answer of a
// given length forgives. Pure: no I/O. Diacritic folding is shared with the
// generator (lib/domain/text/fold.ts) so that a learner's typed "Aliyev" and
// the generator's accepted spelling of "Əliyev" agree.

import { foldDiacritics } from "@/lib/domain/text";

/** Apostrophes join a word ("Azerbaijan’s" = "Azerbaijans"); other punctuation separates words. */
const APOSTROPHES = /['’‘ʼʻ`´′]/gu;
/** One leading article is dropped so "the Supreme Council" = "Supreme Council"; not when it is the whole answer. */
const LEADING_ARTICLES = new Set(["the", "a", "an"]);

/**
 * The comparison form of a typed answer: lower case, diacritics removed and
 * special letters folded, apostrophes dropped, any other punctuation turned
 * into a single space, "&" read as "and", one leading article removed.
 * Decimal points between digits survive ("3.5" is not "35") and thousands
 * commas are dropped ("1,000" = "1000"). Words stay separated by single
 * spaces so the result is readable; comparisons use {@link compactForm}.
 */
export function normaliseAnswer(text: string): string {
  const words = wordsOf(text);
  if (words.length > 1 && LEADING_ARTICLES.has(words[0]!)) words.shift();
  return words.join(" ");
}

/**
 * Running text (a prompt, an explanation) in the same normal form, every word
 * kept: what "this text shows that answer" compares, as whole words, with
 * {@link normaliseAnswer} of the answer.
 */
export function normaliseText(text: string): string {
  return wordsOf(text).join(" ");
}

const ORDINAL_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINAL_TENS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]!);
/** Ordinals written out, as figures ("nineteenth" -> "19th", "twenty-first" -> "21st"): the blind46 reader wrote "nineteenth" for "the 19th century". */
const ORDINAL_WORDS = new Map<string, string>();
for (let n = 1; n < 100; n++) {
  const word = n < 10 ? ORDINAL_UNITS[n]! : n < 20 ? ORDINAL_TEENS[n - 10]! : n % 10 === 0 ? ORDINAL_TENS[n / 10]! : `${TENS[Math.floor(n / 10)]} ${ORDINAL_UNITS[n % 10]}`;
  ORDINAL_WORDS.set(word, `${n}${suffix(n)}`);
}
const ORDINAL_PATTERN = new RegExp(String.raw`\b(?:(?:${TENS.filter(Boolean).join("|")})[\s-]+)?(?:${[...ORDINAL_UNITS.filter(Boolean), ...ORDINAL_TEENS, ...ORDINAL_TENS.filter(Boolean)].join("|")})\b`, "g");

function wordsOf(text: string): string[] {
  const folded = foldDiacritics(text).toLowerCase().replace(ORDINAL_PATTERN, (w) => ORDINAL_WORDS.get(w.replace(/[\s-]+/, " ")) ?? w);
  return folded
    .replace(APOSTROPHES, "")
    .replace(/&/g, " and ")
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
    .replace(/(\d)[.,](?=\d)/g, "$1.")
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
}

/** A normal form with the spaces removed, because whitespace does not matter ("roadmap" = "road map"). */
export function compactForm(normalised: string): string {
  return normalised.replace(/ /g, "");
}

/** The numbers in a normal form, in order; a typo may never change one (2009 is not 2008). */
export function numbersIn(normalised: string): string[] {
  return compactForm(normalised).match(/\d+(?:\.\d+)?/g) ?? [];
}

/**
 * How many edits (Damerau-Levenshtein, optimal string alignment) a typed
 * answer forgives, from the number of letters in its normal form: none up to
 * 4 letters (a one-letter change there is usually another word: Iran, Iraq),
 * one up to 8, two beyond. Digits are not letters, so a bare number or year
 * forgives nothing; where an answer mixes both, its numbers must match
 * exactly and only the letters are forgiven (see {@link numbersIn}).
 */
export function typoAllowance(normalised: string): number {
  const letters = normalised.match(/\p{L}/gu)?.length ?? 0;
  if (letters <= 4) return 0;
  if (letters <= 8) return 1;
  return 2;
}
