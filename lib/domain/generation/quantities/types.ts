// Owns the shape of a quantity found in a sentence: what it is, where it is,
// and how to write another value the same way.
import type { FractionStyle, WordStyle } from "./words";

export type QuantityKind =
  | "count"
  | "money"
  | "percent"
  | "fraction"
  | "ordinal"
  | "year"
  | "decade"
  | "century"
  | "measure"
  /** "outnumbered the French 20 to 1": value is the first term; the second is always 1. */
  | "ratio"
  /** A number that is not a quantity to ask about: in a name, a range, a citation, a formula... */
  | "label";

export type LabelReason =
  | "name" // Apollo 11, Boeing 747, Article 50, Seven Years' War, Second Karabakh War
  | "date" // the day in "23 November 1963", "2025-06-15"
  | "range" // 1754–1763, scores 3–1, pages 2–10
  | "citation" // [12], [note 2], :121,154
  | "time" // 17:16:20, 5:15 pm
  | "coordinate" // 47°39′N
  | "formula" // 2p − 1, n = 4, 12 = 3 · 4
  | "conversion"; // the "(760 mi)" after "1,230 km": a blank on the first would be given away by it

/** "more than 100": only a lower bound is stated; "up to 100": only an upper; "about 100": roughly. */
export type Bound = "lower" | "upper" | "approximate";

export type Span = { text: string; start: number; end: number };

/** How a value is written, so that another value can be written the same way. */
export type NumberStyle =
  | { type: "digits"; decimals: number; grouping: boolean; /** 1e6 for "1.5 million": the digits show value / scale */ scale: number }
  | { type: "words"; words: WordStyle }
  | { type: "ordinal-digits" }
  | { type: "ordinal-words"; capital: boolean }
  | { type: "fraction"; fraction: FractionStyle }
  | { type: "vague"; capital: boolean }
  | { type: "decade"; /** "50s", "’60s": two digits */ short: string | null }
  | { type: "year" };

export type Quantity = {
  kind: QuantityKind;
  /**
   * The number: a count, an amount of money in units of the currency (12e6 for
   * "$12 million"), a percentage (45), a fraction (0.5), an ordinal (3), a year
   * (negative BC: 300 BC is -300), a decade's first year (1960), a century
   * (19; the fifth century BC is -5), a measure in its own unit. NaN for a label
   * whose text holds no single number.
   */
  value: number;
  /** The whole phrase a blank covers: currency, number, scale word, unit ("$12 million", "1,230 km", "three-man", "45 per cent"). A hedge stays outside it. */
  text: string;
  start: number;
  end: number;
  /** The number alone ("12", "1,230", "three", "19th"). */
  number: Span;
  /** The unit or counted noun ("km", "people", "%", "$", "dollars", "man", "century"); null when none follows. */
  unit: string | null;
  form: "digits" | "words";
  /** "about", "more than", "nearly", "up to", and for years "before" / "after" / "by" / "until". */
  hedge: (Span & { bound: Bound }) | null;
  /** "hundreds of", "dozens of": an order of magnitude, not a figure. */
  vague: boolean;
  labelReason?: LabelReason;
  /** Strict limits the sentence itself sets on any other value here ("from 1969 to 1972": 1969 stays below 1972). */
  limits: { below?: number; above?: number };
  /** The values of the other quantities of the same kind in the sentence: never offered in its place. */
  siblingValues: number[];
  /** A unit conversion that follows in brackets ("1,230 km (760 mi)"): a blank on this phrase would be given away by it. */
  conversion?: Span;
  /** How the number is written; `text` = prefix + number + suffix. */
  style: NumberStyle;
  /** Text of the phrase before the number ("$", "US$ ") and after it (" million people", "%", "th century BC" is not: the ordinal suffix belongs to the number). */
  prefix: string;
  suffix: string;
  /** The counted noun inside `suffix` that agrees with the number ("year" / "years"); null when none must change. */
  noun: { offset: number; singular: string; plural: string } | null;
};
