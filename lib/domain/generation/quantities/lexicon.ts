// Owns the word lists the quantity finder reads: hedges, units, currencies,
// the words that cannot be a counted noun, and singular/plural pairs.
import type { Bound } from "./types";

/** Words before a number that say how exact it is; longest first so "more than" wins over "more". */
export const HEDGES: readonly { text: string; bound: Bound }[] = (
  [
    ["more than", "lower"], ["greater than", "lower"], ["larger than", "lower"], ["higher than", "lower"],
    ["no fewer than", "lower"], ["no less than", "lower"], ["not less than", "lower"], ["in excess of", "lower"],
    ["upwards of", "lower"], ["at least", "lower"], ["well over", "lower"], ["just over", "lower"], ["over", "lower"],
    ["above", "lower"], ["exceeding", "lower"],
    ["less than", "upper"], ["fewer than", "upper"], ["no more than", "upper"], ["not more than", "upper"],
    ["at most", "upper"], ["up to", "upper"], ["as many as", "upper"], ["a maximum of", "upper"], ["just under", "upper"],
    ["under", "upper"], ["below", "upper"],
    ["approximately", "approximate"], ["about", "approximate"], ["around", "approximate"], ["roughly", "approximate"],
    ["an estimated", "approximate"], ["estimated", "approximate"], ["some", "approximate"], ["circa", "approximate"],
    ["c.", "approximate"], ["ca.", "approximate"], ["nearly", "approximate"], ["almost", "approximate"],
    ["close to", "approximate"], ["just about", "approximate"],
  ] as const
)
  .map(([text, bound]) => ({ text, bound }))
  .sort((a, b) => b.text.length - a.text.length);

/** Prepositions that make a year a bound ("before 1914"): only for years, decades and centuries. */
export const YEAR_BOUNDS: readonly { text: string; bound: Bound }[] = [
  { text: "no later than", bound: "upper" },
  { text: "prior to", bound: "upper" },
  { text: "before", bound: "upper" },
  { text: "until", bound: "upper" },
  { text: "till", bound: "upper" },
  { text: "by", bound: "upper" },
  { text: "after", bound: "lower" },
];

/** Words before a four-digit number that make it a year even when a noun follows ("in 1804 engines..."). */
export const YEAR_CONTEXT = new Set([
  "in", "since", "by", "until", "till", "from", "to", "of", "before", "after", "during", "circa", "c.", "ca.", "around",
  "about", "between", "and", "or", "early", "late", "mid", "the", "year", "spring", "summer", "autumn", "winter", "fall",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);

export const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Currency signs written before the number. */
export const CURRENCY_SIGNS = ["US$", "A$", "C$", "NZ$", "HK$", "$", "€", "£", "¥", "₹", "₺", "₼", "₽", "₩"];

/** Currency words written after the number ("10 million dollar millionaires", "5 euros"). "pounds" alone is a weight. */
export const CURRENCY_WORDS = /^\s(dollars?|euros?|pounds sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?|marks|lira|liras|manats?|pesos?|kronor|kronas?|krona|dinars?|shillings?|rands?)\b/i;

/** Abbreviated units, case-sensitive, that may also be written glued to the number ("45km"). Longest first. */
export const UNIT_SYMBOLS: readonly string[] = [
  "cu ft/s", "ft3/s", "m3/s", "m³/s", "km/h", "sq mi", "sq km", "km2", "km²", "m2", "m²", "kWh", "MWh", "GWh", "TWh",
  "km", "cm", "mm", "mi", "ft", "yd", "kg", "mg", "lb", "lbs", "oz", "ha", "ml", "mL", "hp", "bhp", "kW", "MW", "GW", "TW",
  "kV", "psi", "atm", "kPa", "MPa", "Pa", "°C", "°F", "mph", "kph", "knots", "Hz", "kHz", "MHz", "GHz", "KB", "MB", "GB",
  "TB", "AU", "ly", "m", "g", "t", "l", "L", "W", "V", "bar",
].sort((a, b) => b.length - a.length);

/** Unit words, case-insensitive, singular and plural; always after a space or hyphen. */
export const UNIT_WORDS = new Set([
  "kilometre", "kilometres", "kilometer", "kilometers", "metre", "metres", "meter", "meters", "centimetre", "centimetres",
  "centimeter", "centimeters", "millimetre", "millimetres", "millimeter", "millimeters", "mile", "miles", "foot", "feet",
  "inch", "inches", "yard", "yards", "kilogram", "kilograms", "kilo", "kilos", "gram", "grams", "tonne", "tonnes", "ton", "tons",
  "pound", "pounds", "ounce", "ounces", "acre", "acres", "hectare", "hectares", "litre", "litres", "liter", "liters",
  "gallon", "gallons", "horsepower", "watt", "watts", "kilowatt", "kilowatts", "megawatt", "megawatts", "gigawatt",
  "gigawatts", "volt", "volts", "degree", "degrees", "knot", "knots", "second", "seconds", "minute", "minutes", "hour",
  "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "centuries",
  "light-year", "light-years", "atmosphere", "atmospheres", "calorie", "calories", "joule", "joules",
]);

/** "square kilometres", "cubic metres": a unit word may follow these. */
export const UNIT_MODIFIERS = new Set(["square", "cubic"]);

/** Words that cannot be the noun a number counts. */
export const NOT_A_NOUN = new Set([
  "a", "an", "the", "and", "or", "nor", "but", "yet", "so", "of", "in", "on", "at", "by", "for", "from", "with", "into",
  "onto", "to", "as", "than", "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "its", "their",
  "his", "her", "he", "she", "they", "we", "i", "you", "our", "your", "my", "is", "are", "was", "were", "be", "been",
  "being", "has", "have", "had", "can", "could", "will", "would", "may", "might", "must", "should", "shall", "do", "does",
  "did", "not", "no", "per", "each", "ago", "later", "earlier", "after", "before", "since", "until", "if", "when", "where",
  "while", "because", "also", "only", "then", "there", "here", "up", "down", "out", "over", "under", "about", "around",
  "between", "among", "through", "during", "against", "without", "within", "along", "across", "behind", "beyond",
  "toward", "towards", "upon", "via", "de", "del", "van", "von", "le", "la", "percent", "times", "other", "another",
  "such", "all", "both", "either", "neither", "more", "most", "less", "least", "fewer", "many", "much", "several",
  "some", "any", "what", "how", "why", "one", "ones", "again", "away", "back", "even", "just", "still", "too", "very",
  "well", "respectively", "e.g.", "i.e.", "etc",
]);

/** Adjectives that may stand between a number and its noun ("three manned missions", "85 richest people"). */
export const NOUN_ADJECTIVES = new Set([
  "main", "major", "minor", "distinct", "more", "other", "new", "old", "young", "male", "female", "small", "smaller",
  "large", "larger", "big", "bigger", "primary", "different", "separate", "additional", "key", "full", "total",
  "further", "extra", "colonial", "human", "known", "famous", "original", "remaining", "consecutive", "straight",
  "successive", "previous", "following", "whole", "entire", "native", "foreign", "local", "national",
]);

const IRREGULAR: [string, string][] = [
  ["person", "people"], ["man", "men"], ["woman", "women"], ["child", "children"], ["foot", "feet"], ["tooth", "teeth"],
  ["mouse", "mice"], ["goose", "geese"], ["criterion", "criteria"], ["phenomenon", "phenomena"], ["life", "lives"],
  ["wife", "wives"], ["knife", "knives"], ["half", "halves"], ["leaf", "leaves"], ["thief", "thieves"],
];
const INVARIANT = new Set(["species", "series", "sheep", "deer", "fish", "aircraft", "spacecraft", "horsepower", "means", "news", "data", "bar", "hertz"]);

/** Singular and plural of a counted noun; null for a noun that does not change ("species") or cannot be read. */
export function nounForms(word: string): { singular: string; plural: string } | null {
  const lower = word.toLowerCase();
  const acronym = /^([A-Z]{2,})(s?)$/.exec(word);
  if (acronym) return { singular: acronym[1]!, plural: `${acronym[1]}s` };
  if (INVARIANT.has(lower) || !/^[A-Za-z][a-z-]*$/.test(word)) return null;
  for (const [s, p] of IRREGULAR) {
    if (lower === s || lower === p) return { singular: matchCase(word, s), plural: matchCase(word, p) };
  }
  if (/(?:ss|us|is)$/.test(lower)) return { singular: word, plural: /ss$/.test(lower) ? `${word}es` : word };
  if (/ies$/.test(lower)) return { singular: `${word.slice(0, -3)}y`, plural: word };
  if (/(?:ches|shes|xes|sses|zes)$/.test(lower)) return { singular: word.slice(0, -2), plural: word };
  if (/s$/.test(lower)) return { singular: word.slice(0, -1), plural: word };
  if (/[^aeiou]y$/.test(lower)) return { singular: word, plural: `${word.slice(0, -1)}ies` };
  if (/(?:ch|sh|x|z)$/.test(lower)) return { singular: word, plural: `${word}es` };
  return { singular: word, plural: `${word}s` };
}

function matchCase(model: string, word: string): string {
  return model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}
