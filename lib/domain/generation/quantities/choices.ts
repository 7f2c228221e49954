// Owns wrong values for a quantity: three distractors for a multiple-choice
// question, written exactly like the key, of a plausible size, and placed so
// that the key's rank among the four sorted choices is uniform over seeds; and
// one clearly false value for a true/false statement.
//
// Rank. The seed picks the key's rank r in 0..3 (hash % 4); r distractors are
// made smaller than the key and 3 - r larger. When one side has too few values
// (a key of 1, 1%, the year of the article), the missing ones come from the
// other side and the plan says it was forced.
//
// Bounds. After "more than N" / "at least N" the text gives only a lower bound:
// a choice below N ("more than 700,000 people" for 1,050,000) would complete a
// TRUE sentence. So by default a bounded key gets distractors only on the side
// that makes the sentence false (above N for "more than", below N for "up to",
// "before"), and its rank is forced to that end. A stem that asks "what figure
// does the article give" can pass `allowOpenSide` to keep ranks uniform.
// Approximate hedges ("about", "nearly") keep both sides: a figure 20% away is
// not "about" the key.
import { formatQuantityValue, shownValue } from "./format";
import { hashSeed, seededInts } from "./seed";
import type { Quantity } from "./types";
import { FRACTIONS, VAGUE_MAGNITUDES } from "./words";

export type NumericChoice = { text: string; value: number; isKey: boolean; fromArticle: boolean };

export type NumericPlan = {
  key: NumericChoice;
  /** Three, unless the domain has too few values: a fraction or vague word at an end of its table, a bound with little room ("under two hours"). */
  distractors: NumericChoice[];
  /** The key and the distractors, smallest value first: the order to show them in. */
  choices: NumericChoice[];
  /** The rank the seed asked for (0 = the key is the smallest). */
  plannedRank: number;
  /** The key's rank in `choices`. */
  keyRank: number;
  /** Why keyRank differs from plannedRank: too few values on one side ("domain"), or a bound hedge ("bound"). */
  forced: "domain" | "bound" | null;
  /**
   * The ranks this key could take at all. Fewer than four (a key of 1 or
   * "first" is always smallest; after "more than" it is too) means the rank
   * tells a learner something: a generator may prefer another question type.
   */
  feasibleRanks: number[];
};

export type NumericOptions = {
  /** Values of the same kind and unit stated elsewhere in the article: preferred as distractors when they fit the rank plan. */
  articleValues?: number[];
  /** The article's date (YYYY-MM-DD): years, decades and centuries of past events never go beyond its year. */
  articleDate?: string;
  /** Allow distractors that a bound hedge would make technically true (see the module comment). */
  allowOpenSide?: boolean;
  /** The key's rank to plan for (0..3) instead of the seed's: the article balances its questions' ranks (index.ts). */
  rank?: number;
};

export type FalseQuantity = {
  /** The replaced span of the sentence: the phrase, or the hedge and the phrase when the hedge is turned round. */
  start: number;
  end: number;
  text: string;
  value: number;
  /** The sentence with the replacement made. */
  statement: string;
};

type Purpose = "choice" | "false-exact" | "false-approximate";

type Ladder = {
  below: number[];
  above: number[];
  apart: (a: number, b: number) => boolean;
  plausible: (v: number) => boolean;
  inDomain: (v: number) => boolean;
};

// ---------------------------------------------------------------- precision of the key

/** g: the key's last significant place; sig: how many significant digits a distractor may have. */
type Precision = { g: number; sig: number; decimals: number };

function precisionOf(q: Quantity): Precision {
  if (q.style.type === "digits") {
    const digits = q.number.text.replace(/[^\d.]/g, "");
    const decimals = q.style.decimals;
    if (decimals > 0) {
      const sig = digits.replace(".", "").replace(/^0+/, "").length || 1;
      return { g: 10 ** -decimals, sig, decimals };
    }
    return integerPrecision(Number(digits));
  }
  if (q.style.type === "words") {
    // "three hundred", "a billion": words name one or two leading digits; keep to that
    const digits = String(Math.round(Math.abs(q.value)));
    const sig = digits.replace(/0+$/, "").length || 1;
    return q.value >= 100 ? { g: 10 ** (digits.length - 2), sig, decimals: 0 } : integerPrecision(q.value);
  }
  return { g: 1, sig: 1, decimals: 0 };
}

/**
 * An integer's last significant place, made finer when its leading digit is
 * small so that there is room below it: 1,200 -> hundreds; 10,000 ->
 * thousands (8,000, 5,000); 20,000 -> five thousands (15,000, 25,000).
 */
function integerPrecision(n: number): Precision {
  const s = String(Math.abs(Math.round(n)));
  if (s === "0") return { g: 1, sig: 1, decimals: 0 };
  const tz = /0*$/.exec(s)![0].length;
  const sig = Math.max(1, s.length - tz);
  const lead = Number(s[0]);
  if (tz === 0 || sig > 1 || lead > 3) return { g: 10 ** tz, sig: Math.max(sig, 2), decimals: 0 };
  return { g: lead === 1 ? 10 ** (tz - 1) : 10 ** tz / 2, sig: 2, decimals: 0 };
}

function roundSig(y: number, sig: number): number {
  return y === 0 ? 0 : Number(y.toPrecision(sig));
}

function sigDigits(y: number, decimals: number): number {
  const s = Math.abs(y).toFixed(decimals).replace(".", "").replace(/^0+/, "");
  return decimals > 0 ? s.length : s.replace(/0+$/, "").length;
}

/** A value rounded like the key: to its last significant place, and to no more significant digits than it has. */
function roundLike(x: number, p: Precision): number {
  let y = Math.round(x / p.g) * p.g;
  if (y !== 0 && sigDigits(y, p.decimals) > p.sig) y = roundSig(y, p.sig);
  return Number(y.toFixed(p.decimals));
}

// ---------------------------------------------------------------- ladders per kind

const DOWN = [0.8, 2 / 3, 0.5, 0.4, 1 / 3, 0.25, 0.2];
const UP = [1.25, 1.5, 2, 2.5, 3, 4, 5];

function articleYear(opts: NumericOptions): number | null {
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(opts.articleDate ?? "");
  return m ? Number(m[1]) : null;
}

/** 1961 -> 1, 1960 -> 10, 300 BC -> 100: years are as round as they are written. */
function yearStep(v: number): number {
  const tz = /0*$/.exec(String(Math.abs(v)))![0].length;
  return 10 ** tz;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function uniqueSorted(values: number[], key: number, side: "below" | "above"): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const v of values) {
    if (!Number.isFinite(v) || seen.has(v) || (side === "below" ? v >= key : v <= key)) continue;
    seen.add(v);
    out.push(v);
  }
  return out.sort((a, b) => Math.abs(a - key) - Math.abs(b - key));
}

function withinLimits(q: Quantity, v: number): boolean {
  if (q.limits.below !== undefined && v >= q.limits.below) return false;
  if (q.limits.above !== undefined && v <= q.limits.above) return false;
  return true;
}

function ladderFor(q: Quantity, opts: NumericOptions, purpose: Purpose): Ladder | null {
  const v = q.value;
  if (q.kind === "label" || !Number.isFinite(v)) return null;
  const limitOk = (x: number) => withinLimits(q, x);
  const capYear = articleYear(opts);
  const approx = purpose === "false-approximate";
  const exactFalse = purpose === "false-exact";

  if (q.kind === "year") {
    // a year ending in 0 is usually just a year ("in 2010"): only a half-century reads as a round figure
    // (but a round year long ago, or one hedged, is a round figure: "as early as 2400 BC" is offered 2200 and 2600, not
    // 2390, which only the key's roundness would tell apart; "around 1500")
    const bc = v < 0;
    const roundOld = (bc || (q.hedge !== null && /^(?:about|around|approximately|roughly|circa|c\.|ca\.|some|as early as)$/i.test(q.hedge.text.trim()))) && Math.abs(v) >= 1000 && v % 100 === 0;
    const g = roundOld ? Math.min(yearStep(v), 1000) / (yearStep(v) >= 1000 ? 2 : 1) : Math.abs(v) < 1000 ? Math.min(yearStep(v), 100) : v % 50 === 0 ? 10 : 1;
    const max = bc ? -1 : capYear !== null && v <= capYear ? capYear : Math.max(2100, v);
    // a year after the article's is a forecast: its wrong years are after the article's too ("will overtake
    // Medicaid in 2020" in a 2018 story is not offered 2014)
    const min = bc ? -Infinity : capYear !== null && v > capYear ? capYear + 1 : 1;
    const inDomain = (x: number) => Number.isInteger(x) && x >= min && x <= max && x !== 0 && limitOk(x);
    const minGap = approx ? Math.max(10, 2 * g) : exactFalse ? Math.max(3, g) : Math.max(2, g);
    const offsets = range(15).map((k) => k * g);
    return {
      below: offsets.map((o) => v - o),
      above: offsets.map((o) => v + o),
      apart: (a, b) => Math.abs(a - b) >= minGap,
      plausible: (x) => Math.abs(x - v) <= Math.max(30, 15 * g),
      inDomain,
    };
  }
  if (q.kind === "decade") {
    const short = q.style.type === "decade" && q.style.short !== null;
    const max = capYear !== null && v <= capYear ? Math.floor(capYear / 10) * 10 : Infinity;
    const inDomain = (x: number) =>
      x > 0 && x <= max && limitOk(x) && (v % 100 === 0 || x % 100 !== 0) && (!short || (Math.floor(x / 100) === Math.floor(v / 100) && x % 100 >= 20));
    const minGap = approx ? 20 : 10;
    const offsets = range(8).map((k) => k * 10);
    return { below: offsets.map((o) => v - o), above: offsets.map((o) => v + o), apart: (a, b) => Math.abs(a - b) >= minGap, plausible: (x) => Math.abs(x - v) <= 50, inDomain };
  }
  if (q.kind === "century") {
    const bc = v < 0;
    const maxCentury = capYear !== null ? Math.ceil(capYear / 100) : Infinity;
    const inDomain = (x: number) => Number.isInteger(x) && (bc ? x <= -1 : x >= 1 && x <= maxCentury) && (q.form === "digits" || Math.abs(x) <= 99) && limitOk(x);
    const minGap = approx ? 2 : 1;
    return { below: range(6).map((k) => v - k), above: range(6).map((k) => v + k), apart: (a, b) => Math.abs(a - b) >= minGap, plausible: (x) => Math.abs(x - v) <= 5, inDomain };
  }
  if (q.kind === "fraction") {
    const values = FRACTIONS.map((f) => f.value);
    const minGap = approx ? 0.2 : exactFalse ? 0.1 : 0.05;
    return {
      below: values.filter((x) => x < v).reverse(),
      above: values.filter((x) => x > v),
      apart: (a, b) => Math.abs(a - b) >= minGap - 1e-9,
      plausible: (x) => values.some((f) => Math.abs(f - x) < 1e-9),
      inDomain: (x) => x > 0 && x < 1,
    };
  }
  if (q.vague) {
    const values = VAGUE_MAGNITUDES.map((m) => m.value);
    return {
      below: values.filter((x) => x < v).reverse(),
      above: values.filter((x) => x > v),
      apart: (a, b) => a !== b,
      plausible: (x) => values.includes(x),
      inDomain: (x) => values.includes(x),
    };
  }
  return numericLadder(q, purpose);
}

/** Counts, money, measures, percentages, ordinals and ratios: worked on the number as shown (1.5 for "1.5 million"). */
function numericLadder(q: Quantity, purpose: Purpose): Ladder {
  const p = precisionOf(q);
  const scale = q.style.type === "digits" ? q.style.scale : 1;
  const x = shownValue(q, q.value);
  const temperature = q.kind === "measure" && /^(?:°C|°F|degrees?)$/.test(q.unit ?? "");
  // counts and ordinals start at 1 ("second-longest" at 2: "first-longest" is not said); amounts stay above 0
  const hyphenOrdinal = q.kind === "ordinal" && q.suffix.startsWith("-");
  const min = temperature
    ? -Infinity
    : q.kind === "ratio" || hyphenOrdinal
      ? 2
      : (q.kind === "count" || q.kind === "ordinal") && q.value >= 1
        ? 1 / scale // at least one thing: "0.8 million" people is fine, "0 people" is not
        : x > 0
          ? Number.MIN_VALUE
          : 0;
  const max = q.kind === "percent" && x <= 100 ? 100 : q.kind === "ordinal" && q.form === "words" ? 99 : Infinity;
  const small = Number.isInteger(x) && p.decimals === 0 && x >= 0 && x <= 12;
  const keepsLastDigit = p.decimals > 0 && !/0$/.test(q.number.text);
  const inShown = (s: number) =>
    s >= min && s <= max && withinLimits(q, s * scale) && (!keepsLastDigit || !/0$/.test(s.toFixed(p.decimals))) && (p.decimals > 0 || Number.isInteger(s));

  let below: number[];
  let above: number[];
  if (small) {
    below = range(12).map((k) => x - k);
    above = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20].map((k) => x + k);
  } else if (x > 0) {
    below = DOWN.map((f) => roundLike(x * f, p));
    above = UP.map((f) => roundLike(x * f, p));
    if (Number.isFinite(max) || x < 20) {
      // a bounded or small range runs out of multiples: fill with even steps
      const step = Math.max(p.g, roundLike(x * 0.1, p));
      below.push(...range(10).map((k) => Number((x - k * step).toFixed(p.decimals))));
      above.push(...range(10).map((k) => Number((x + k * step).toFixed(p.decimals))));
    }
  } else {
    const step = Math.max(p.g, 1);
    below = [1, 2, 3, 5, 8, 10].map((k) => x - k * step);
    above = [1, 2, 3, 5, 8, 10].map((k) => x + k * step);
  }
  const relGap = purpose === "false-approximate" ? 1 / 3 : purpose === "false-exact" ? 0.2 : 0.1;
  const apartShown = (a: number, b: number) => {
    if (small && purpose !== "false-approximate") return Math.abs(a - b) >= 1;
    const d = Math.abs(a - b);
    if (d < p.g - 1e-12) return false;
    const rel = d / Math.max(Math.abs(a), Math.abs(b));
    if (q.kind === "percent" && purpose !== "choice" && x >= 10 && d < 5) return false; // 5 points at least, for a sizeable share
    return rel >= relGap - 1e-9;
  };
  return {
    below: uniqueSorted(below, x, "below").map((s) => s * scale),
    above: uniqueSorted(above, x, "above").map((s) => s * scale),
    apart: (a, b) => apartShown(a / scale, b / scale),
    plausible: (v) => {
      const s = v / scale;
      return small ? Math.abs(s - x) <= Math.max(4, x) : x > 0 ? s >= x / 4 && s <= x * 4 : Math.abs(s - x) <= 10 * Math.max(p.g, 1);
    },
    inDomain: (v) => inShown(v / scale),
  };
}

// ---------------------------------------------------------------- choosing

type Candidate = { value: number; text: string; fromArticle: boolean };

function candidates(q: Quantity, ladder: Ladder, side: "below" | "above", articleValues: number[]): Candidate[] {
  // A small count among the article's near counts of its kind (golf rounds of 63 to 72): the values around it, one by one,
  // read as the article's do; multiples of it (34, 136) do not
  const cluster = inCluster(q, articleValues);
  if (cluster) {
    const steps = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => (side === "below" ? q.value - k : q.value + k));
    ladder = { ...ladder, below: side === "below" ? steps : ladder.below, above: side === "above" ? steps : ladder.above };
  }
  const keyText = q.text.toLowerCase();
  const excluded = new Set(q.siblingValues);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (value: number, fromArticle: boolean) => {
    if (side === "below" ? value >= q.value : value <= q.value) return;
    // (a small whole count the article states is a fair wrong answer however near: a round of 67 beside the key's 69; a
    // measure near the key may be the same one rounded, "1,230 km" for "1,232 km", and keeps its distance)
    if (!ladder.inDomain(value) || excluded.has(value) || (!cluster && !(fromArticle && nearCounts(q)) && !ladder.apart(value, q.value))) return;
    const text = formatQuantityValue(q, value);
    if (text === null || text.toLowerCase() === keyText || seen.has(text.toLowerCase())) return;
    // an article value must be written exactly in the key's form, not rounded into another figure
    if (fromArticle && !representable(q, value)) return;
    seen.add(text.toLowerCase());
    out.push({ value, text, fromArticle });
  };
  // (only near ones, within half again or a third less: "21-under" is no wrong answer for a round of 62)
  const near = (v: number) => q.value <= 0 || (v >= q.value / 1.5 && v <= q.value * 1.5);
  const fromArticle = [...new Set(articleValues)]
    .filter((v) => Number.isFinite(v) && ladder.plausible(v) && near(v))
    .sort((a, b) => Math.abs(a - q.value) - Math.abs(b - q.value) || a - b);
  for (const v of fromArticle) add(v, true);
  for (const v of side === "below" ? ladder.below : ladder.above) add(v, false);
  return out;
}

/** A small whole count with no unit ("a 69", "six birdies"): the article's other such counts are distinct facts however near. */
function nearCounts(q: Quantity): boolean {
  return q.kind === "count" && !q.unit && Number.isInteger(q.value) && q.value > 0 && q.value < 1000;
}

/** ... with at least three of the article's counts within a fifth of it. */
function inCluster(q: Quantity, articleValues: readonly number[]): boolean {
  return nearCounts(q) && articleValues.filter((v) => v !== q.value && v >= q.value / 1.2 && v <= q.value * 1.2).length >= 3;
}

function representable(q: Quantity, value: number): boolean {
  const shown = shownValue(q, value);
  if (q.style.type === "digits") return Math.abs(shown - Number(shown.toFixed(q.style.decimals))) < 1e-9;
  if (q.style.type === "words") return Number.isInteger(value) && integerPrecision(value).sig <= 2;
  return true;
}

/** Take `n` from `list`: article values first, then from a small window of the nearest, chosen by the seed. */
function take(list: Candidate[], n: number, chosen: Candidate[], apart: (a: number, b: number) => boolean, next: () => number, near: "all" | "article" | "none" = "none"): Candidate[] {
  const picked: Candidate[] = [];
  const fits = (c: Candidate) => [...chosen, ...picked].every((o) => (near === "all" || (near === "article" && o.fromArticle && c.fromArticle) || apart(o.value, c.value)) && o.text.toLowerCase() !== c.text.toLowerCase());
  for (const c of list) {
    if (picked.length >= n) break;
    if (c.fromArticle && fits(c)) picked.push(c);
  }
  const rest = list.filter((c) => !c.fromArticle);
  while (picked.length < n && rest.length) {
    const window = Math.min(rest.length, n - picked.length + 1);
    const [c] = rest.splice(next() % window, 1);
    if (c && fits(c)) picked.push(c);
  }
  return picked;
}

/** The bound side a distractor must stay on, or null when both are safe. */
function safeSide(q: Quantity, opts: NumericOptions): "below" | "above" | null {
  if (opts.allowOpenSide || !q.hedge || q.hedge.bound === "approximate") return null;
  return q.hedge.bound === "lower" ? "above" : "below";
}

/**
 * The key and three distractors with the key's rank drawn from the seed; null
 * for a label or a value no ladder can be built for.
 */
export function planNumericChoices(q: Quantity, seed: string, opts: NumericOptions = {}): NumericPlan | null {
  const ladder = ladderFor(q, opts, "choice");
  if (!ladder) return null;
  const next = seededInts(`${seed}|numeric`);
  const plannedRank = opts.rank ?? hashSeed(seed) % 4;
  const articleValues = (opts.articleValues ?? []).filter((v) => v !== q.value);
  const side = safeSide(q, opts);
  const below = side === "above" ? [] : candidates(q, ladder, "below", articleValues);
  const above = side === "below" ? [] : candidates(q, ladder, "above", articleValues);

  const near = inCluster(q, articleValues) ? "all" : nearCounts(q) ? "article" : "none";
  let wantBelow = plannedRank;
  const chosenBelow = take(below, wantBelow, [], ladder.apart, next, near);
  const chosenAbove = take(above, 3 - chosenBelow.length, chosenBelow, ladder.apart, next, near);
  if (chosenBelow.length + chosenAbove.length < 3) {
    // the upper side ran short: fill from below
    wantBelow = 3 - chosenAbove.length;
    chosenBelow.push(...take(below.filter((c) => !chosenBelow.includes(c)), wantBelow - chosenBelow.length, [...chosenBelow, ...chosenAbove], ladder.apart, next, near));
  }
  const distractors = [...chosenBelow, ...chosenAbove].map((c) => ({ ...c, isKey: false }));
  const key: NumericChoice = { text: q.text, value: q.value, isKey: true, fromArticle: false };
  const choices = [...distractors, key].sort((a, b) => a.value - b.value);
  const keyRank = choices.indexOf(key);
  const forced = keyRank === plannedRank ? null : side ? "bound" : "domain";
  const nearest = () => 0;
  const roomBelow = take(below, 3, [], ladder.apart, nearest, near).length;
  const roomAbove = take(above, 3, [], ladder.apart, nearest, near).length;
  const feasibleRanks = [0, 1, 2, 3].filter((r) => r <= roomBelow && 3 - r <= roomAbove);
  return { key, distractors, choices, plannedRank, keyRank, forced, feasibleRanks };
}

/**
 * Three wrong answers written like the key (see planNumericChoices), or none:
 * [] for a label, and [] when three cannot be made safely ("under two hours"
 * has only "one hour" below it, and anything above would be true).
 */
export function numericDistractors(q: Quantity, seed: string, opts: NumericOptions = {}): string[] {
  const plan = planNumericChoices(q, seed, opts);
  return plan && plan.distractors.length === 3 ? plan.distractors.map((d) => d.text) : [];
}

// ---------------------------------------------------------------- false statements

/** "more than" -> "fewer than" / "less than"; "under" -> "over"... for the bound hedges that can be turned round safely. */
const TURNED: Record<string, "lower" | "upper"> = {
  "more than": "lower", "greater than": "lower", "larger than": "lower", "higher than": "lower", "over": "lower", "above": "lower",
  "at least": "lower", "in excess of": "lower", "upwards of": "lower", "no fewer than": "lower", "no less than": "lower",
  "not less than": "lower", "well over": "lower", "just over": "lower", "exceeding": "lower",
  "less than": "upper", "fewer than": "upper", "under": "upper", "below": "upper", "at most": "upper", "no more than": "upper",
  "not more than": "upper", "just under": "upper",
};

function matchCase(model: string, text: string): string {
  return /^\p{Lu}/u.test(model) ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * One value that makes the sentence clearly false, or null when none is safe.
 *
 * - Exact figures: a value at least 20% away (3 years for a year, one step for
 *   a small count, an ordinal or a century), never a figure the sentence states
 *   elsewhere.
 * - Approximate figures ("about", "nearly", "around 1177"): at least half as
 *   much again or a third less (10 years for a year), the hedge kept.
 * - Lower bounds ("more than N", "at least N"): the hedge is turned round and
 *   the figure kept or lowered: "fewer than M" with M <= N is false whatever the
 *   true value is. Upper bounds ("under N", "at most N") likewise become
 *   "more than M" with M >= N. A plain "more than M" or a halved figure is never
 *   offered: it may well be true.
 * - "up to N", "as many as N", and bounds on years ("before 1914", "by 2016"):
 *   null, because turning them round does not read as a sentence or is not
 *   provably false ("By 1883, engines... had become feasible" stays true after 1883).
 * - Labels and vague magnitudes ("hundreds of"): null.
 */
export function falseQuantity(q: Quantity, seed: string, sentence: string): FalseQuantity | null {
  if (q.kind === "label" || q.vague || sentence.slice(q.start, q.end) !== q.text) return null;
  const next = seededInts(`${seed}|false`);
  const hedge = q.hedge;
  const replace = (start: number, end: number, text: string, value: number): FalseQuantity => ({
    start,
    end,
    text,
    value,
    statement: sentence.slice(0, start) + text + sentence.slice(end),
  });

  if (hedge && hedge.bound !== "approximate") {
    const turned = TURNED[hedge.text.toLowerCase()];
    if (!turned || q.kind === "year" || q.kind === "decade" || q.kind === "century" || q.kind === "ordinal") return null;
    const ladder = ladderFor(q, {}, "false-exact");
    if (!ladder) return null;
    // lower bound N: "fewer than M" is false for any M <= N; upper bound N: "more than M" for any M >= N
    const side = turned === "lower" ? ladder.below : ladder.above;
    const smallCount = Number.isInteger(shownValue(q, q.value)) && shownValue(q, q.value) <= 12;
    const options = [q.value, ...(smallCount ? [] : side.filter((v) => ladder.inDomain(v)).slice(0, 2))];
    const value = options[next() % options.length]!;
    const text = formatQuantityValue(q, value);
    if (text === null) return null;
    const counted = q.kind === "count" && !!q.unit;
    const word = turned === "lower" ? (counted ? "fewer than" : "less than") : "more than";
    return replace(hedge.start, q.end, `${matchCase(hedge.text, word)}${sentence.slice(hedge.end, q.start)}${text}`, value);
  }

  const ladder = ladderFor(q, {}, hedge ? "false-approximate" : "false-exact");
  if (!ladder) return null;
  const excluded = new Set(q.siblingValues);
  const usable = (v: number) => ladder.inDomain(v) && ladder.apart(v, q.value) && !excluded.has(v) && formatQuantityValue(q, v) !== null;
  const below = ladder.below.filter(usable).slice(0, 2);
  const above = ladder.above.filter(usable).slice(0, 2);
  const sides = [below, above].filter((l) => l.length);
  if (!sides.length) return null;
  const list = sides[next() % sides.length]!;
  const value = list[next() % list.length]!;
  return replace(q.start, q.end, formatQuantityValue(q, value)!, value);
}

/**
 * The values a generator should pass as `articleValues` for `q`: the other
 * quantities of the article with the same kind and unit (labels, vague words
 * and `q`'s own value left out).
 */
export function sameKindValues(q: Quantity, articleQuantities: readonly Quantity[]): number[] {
  const unit = (x: Quantity) => (x.unit ?? "").toLowerCase();
  const values = articleQuantities
    .filter((o) => o !== q && o.kind === q.kind && o.kind !== "label" && !o.vague && unit(o) === unit(q) && o.value !== q.value)
    .map((o) => o.value);
  return [...new Set(values)];
}
