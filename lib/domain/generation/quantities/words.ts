// Owns English number words: reading "twenty-one", "thirty thousand",
// "twenty-first", "two-thirds" into values and writing values back in the same
// style. Pure tables and functions; nothing here knows about sentences.

const SMALL = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
] as const;
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] as const;
const SCALES: [string, number][] = [
  ["trillion", 1e12],
  ["billion", 1e9],
  ["million", 1e6],
  ["thousand", 1e3],
];

const SMALL_ORDINALS = [
  "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
] as const;
const TENS_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"] as const;

/** Cardinal words and their values ("one" .. "ninety"); scale words are separate. */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ...SMALL.map((w, i) => [w, i] as [string, number]),
  ...TENS.flatMap((w, i) => (w ? [[w, i * 10] as [string, number]] : [])),
]);

export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([...SCALES, ["hundred", 100]]);

/** Ordinal words "first" .. "ninety-ninth" and their values. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let n = 1; n < 100; n++) m.set(ordinalWords(n), n);
  return m;
})();

/**
 * Value of a run of cardinal words ("three hundred", "thirty thousand",
 * "twenty-one", "a million", "one hundred and five"); null when it is not one.
 */
export function parseCardinalWords(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== "and");
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if ((w === "a" || w === "an") && i === 0) {
      current = 1;
      continue;
    }
    const small = CARDINAL_WORDS.get(w);
    if (small !== undefined) {
      current += small;
      seen = true;
      continue;
    }
    if (w === "dozen") {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    const scale = SCALE_WORDS.get(w);
    if (scale === undefined) return null;
    seen = true;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
  }
  return seen ? total + current : null;
}

export type WordStyle = {
  /** Started with a capital letter (sentence start): write the others the same way. */
  capital: boolean;
  /** "a hundred", "a million": write 1 x scale with "a" rather than "one". */
  article: boolean;
  /** "one hundred and five": British "and" after hundreds. */
  britishAnd: boolean;
};

function under1000(n: number, britishAnd: boolean): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h) parts.push(`${SMALL[h]} hundred`);
  if (rest) {
    if (h && britishAnd) parts.push("and");
    parts.push(rest < 20 ? SMALL[rest]! : TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${SMALL[rest % 10]}` : ""));
  }
  return parts.join(" ");
}

/** Cardinal words for a non-negative integer below a quadrillion, in the key's style; null when it cannot be written. */
export function cardinalWords(n: number, style: WordStyle = { capital: false, article: false, britishAnd: false }): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= 1e15) return null;
  let out: string;
  if (n === 0) out = "zero";
  else {
    const parts: string[] = [];
    let rest = n;
    for (const [word, scale] of SCALES) {
      const k = Math.floor(rest / scale);
      if (k) parts.push(`${under1000(k, style.britishAnd)} ${word}`);
      rest %= scale;
    }
    if (rest) parts.push(under1000(rest, style.britishAnd));
    out = parts.join(" ");
    if (style.article) out = out.replace(/^one (hundred|thousand|million|billion|trillion)\b/, "a $1");
  }
  return style.capital ? capitalise(out) : out;
}

/** "first", "twenty-first" (1..99); null outside that range. */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return "";
  if (n < 20) return SMALL_ORDINALS[n]!;
  const t = Math.floor(n / 10);
  return n % 10 ? `${TENS[t]}-${SMALL_ORDINALS[n % 10]}` : TENS_ORDINALS[t]!;
}

/** "1st", "22nd", "113th". */
export function ordinalDigits(n: number): string {
  const m100 = n % 100;
  const suffix = m100 >= 11 && m100 <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}

/** Common fractions written in words, smallest first: the only fractions distractors are drawn from. */
export const FRACTIONS: readonly { value: number; numerator: number; denominator: string; plural: string }[] = [
  { value: 1 / 10, numerator: 1, denominator: "tenth", plural: "tenths" },
  { value: 1 / 5, numerator: 1, denominator: "fifth", plural: "fifths" },
  { value: 1 / 4, numerator: 1, denominator: "quarter", plural: "quarters" },
  { value: 1 / 3, numerator: 1, denominator: "third", plural: "thirds" },
  { value: 2 / 5, numerator: 2, denominator: "fifth", plural: "fifths" },
  { value: 1 / 2, numerator: 1, denominator: "half", plural: "halves" },
  { value: 3 / 5, numerator: 3, denominator: "fifth", plural: "fifths" },
  { value: 2 / 3, numerator: 2, denominator: "third", plural: "thirds" },
  { value: 3 / 4, numerator: 3, denominator: "quarter", plural: "quarters" },
  { value: 4 / 5, numerator: 4, denominator: "fifth", plural: "fifths" },
  { value: 9 / 10, numerator: 9, denominator: "tenth", plural: "tenths" },
];

/** Denominator words ("third", "quarters", "fifth") and their values as 1/n. */
export const DENOMINATOR_WORDS: ReadonlyMap<string, number> = new Map([
  ["half", 2], ["halves", 2], ["third", 3], ["thirds", 3], ["quarter", 4], ["quarters", 4], ["fourth", 4], ["fourths", 4],
  ["fifth", 5], ["fifths", 5], ["sixth", 6], ["sixths", 6], ["seventh", 7], ["sevenths", 7], ["eighth", 8], ["eighths", 8],
  ["ninth", 9], ["ninths", 9], ["tenth", 10], ["tenths", 10],
]);

export type FractionStyle = {
  capital: boolean;
  /** "the bottom half", "the poorer third": no "a" before a single part. */
  bare: boolean;
  /** "two-thirds" (hyphen) or "two thirds" (space). */
  joiner: "-" | " ";
};

/** A fraction from FRACTIONS in words: "a third" / "third", "two-thirds", "half". */
export function fractionWords(value: number, style: FractionStyle): string | null {
  const f = FRACTIONS.find((x) => Math.abs(x.value - value) < 1e-9);
  if (!f) return null;
  let out: string;
  if (f.denominator === "half") out = "half";
  else if (f.numerator === 1) out = style.bare ? f.denominator : `${f.denominator === "eighth" ? "an" : "a"} ${f.denominator}`;
  else out = `${SMALL[f.numerator]}${style.joiner}${f.plural}`;
  return style.capital ? capitalise(out) : out;
}

/** Vague magnitudes ("dozens", "hundreds of thousands"), smallest first. */
export const VAGUE_MAGNITUDES: readonly { text: string; value: number }[] = [
  { text: "dozens", value: 12 },
  { text: "hundreds", value: 100 },
  { text: "thousands", value: 1e3 },
  { text: "tens of thousands", value: 1e4 },
  { text: "hundreds of thousands", value: 1e5 },
  { text: "millions", value: 1e6 },
  { text: "tens of millions", value: 1e7 },
  { text: "hundreds of millions", value: 1e8 },
  { text: "billions", value: 1e9 },
];

export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
