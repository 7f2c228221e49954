// Owns finding quantities in a sentence: every number-like expression, what
// kind it is, its unit and hedge, and the spans a blank would cover. Numbers
// that are not quantities to ask about (names, ranges, citations, formulas,
// times, coordinates) are returned as kind "label" so a generator can skip
// them knowingly. Pure and deterministic.
import {
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  HEDGES,
  MONTHS,
  NOT_A_NOUN,
  NOUN_ADJECTIVES,
  nounForms,
  UNIT_MODIFIERS,
  UNIT_SYMBOLS,
  UNIT_WORDS,
  YEAR_BOUNDS,
  YEAR_CONTEXT,
} from "./lexicon";
import type { LabelReason, NumberStyle, Quantity, QuantityKind, Span } from "./types";
import { CARDINAL_WORDS, DENOMINATOR_WORDS, ORDINAL_WORDS, parseCardinalWords, VAGUE_MAGNITUDES } from "./words";

type Found = Omit<Quantity, "limits" | "siblingValues">;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// ---------------------------------------------------------------- labels

const LABEL_PATTERNS: { re: RegExp; reason: LabelReason }[] = [
  // [12], [note 2], [citation needed]: only those with a digit are reported
  { re: /\[[^\]\n]{0,40}\]/g, reason: "citation" },
  // page marks glued to a word or a full stop: "gravitational.:2–10:79", "Smith:121,154"
  { re: /(?<=[^\s\d]):\d[\d,–—-]*(?::\d[\d,–—-]*)*/g, reason: "citation" },
  { re: /\b\d{4}-\d{2}-\d{2}\b/g, reason: "date" },
  { re: /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.?m\.?|GMT|UTC|BST|CET)(?![\w]))?/gi, reason: "time" },
  { re: /\d+(?:\.\d+)?°\s?(?:\d+(?:\.\d+)?[′']\s?)?(?:\d+(?:\.\d+)?[″"]\s?)?[NSEW]\b/g, reason: "coordinate" },
  { re: /(?<![\w.])-?\d+\.\d{3,}\s?;\s?-?\d+\.\d{3,}\b/g, reason: "coordinate" },
  // ranges and scores: 1754–1763, 1962–66, (1187—1241), 3–1, 10-12
  { re: /(?<![\w.,])\d[\d,]*(?:\.\d+)?(?:\s?[–—]\s?|-)\d[\d,]*(?:\.\d+)?(?![\w-]|\.\d)/g, reason: "range" },
];

function firstNumber(text: string): { value: number; index: number; text: string } | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (!m) return null;
  return { value: Number(m[0].replace(/,/g, "")), index: m.index, text: m[0] };
}

function label(s: string, start: number, end: number, reason: LabelReason, core?: { start: number; end: number; value?: number }): Found {
  const text = s.slice(start, end);
  const first = firstNumber(text);
  const number: Span = core
    ? { text: s.slice(core.start, core.end), start: core.start, end: core.end }
    : first
      ? { text: first.text, start: start + first.index, end: start + first.index + first.text.length }
      : { text, start, end };
  return {
    kind: "label",
    labelReason: reason,
    value: core?.value ?? (first ? first.value : NaN),
    text,
    start,
    end,
    number,
    unit: null,
    form: /\d/.test(number.text) ? "digits" : "words",
    hedge: null,
    vague: false,
    style: { type: "digits", decimals: 0, grouping: false, scale: 1 },
    prefix: s.slice(start, number.start),
    suffix: s.slice(number.end, end),
    noun: null,
  };
}

// ---------------------------------------------------------------- context helpers

/** The word right before `index` (one run of spaces between), with its start. */
function wordBefore(s: string, index: number): { word: string; start: number } | null {
  const m = /([\p{L}\p{N}.'’-]+)[ \t]+$/u.exec(s.slice(Math.max(0, index - 60), index));
  if (!m) return null;
  return { word: m[1]!, start: index - m[0].length };
}

function isSentenceStart(s: string, index: number): boolean {
  return /(?:^|[.!?]["'”’)\]]*\s+)["“'‘(]*$/.test(s.slice(Math.max(0, index - 8), index)) || index === 0;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Capitalised words that do not start a name ("In 1969", "About 40%", "The first"). */
const FUNCTION_CAPS = new Set([
  "in", "on", "at", "by", "since", "from", "to", "for", "during", "after", "before", "until", "the", "a", "an", "about",
  "around", "nearly", "almost", "over", "some", "only", "just", "and", "but", "of", "with", "between", "circa",
  "approximately", "roughly", "more", "less", "fewer", "than", "under", "up", "each", "every", "all", "its", "his",
  "her", "their", "our", "when", "while", "as", "if", "within", "through", "throughout", "another", "both", "these",
  "those", "this", "that", "exactly", "estimated", "there", "what",
]);

/** Is the token before `index` a name that the number belongs to ("Apollo 11", "Article 50", "Than" in a title)? */
function nameBefore(s: string, index: number): "name" | "month" | null {
  const prev = wordBefore(s, index);
  if (!prev) return null;
  const w = prev.word.replace(/[.,]$/, "");
  if (prev.word.endsWith(",")) return null;
  if (MONTHS.has(w.toLowerCase()) && isCapitalised(w)) return "month";
  if (!isCapitalised(w) || /^\p{Lu}\.$/u.test(prev.word)) return null;
  if (FUNCTION_CAPS.has(w.toLowerCase())) return isSentenceStart(s, prev.start) ? null : "name";
  return "name";
}

const MONTH_AFTER = /^\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** An operator next to the number ("2p − 1", "n = 4", "3 · 5"). A minus glued to the number is its sign. */
function nextToOperator(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 3), start);
  const after = s.slice(end, end + 3);
  return /[+−×·=÷^*≤≥<>±]\s?$/.test(before) || /^\s?[+−×·=÷^*≤≥<>±]/.test(after) || /^\s?-\s\d/.test(after) || /\d\s-\s?$/.test(before);
}

function findHedge(s: string, phraseStart: number, kind: QuantityKind): Quantity["hedge"] {
  const before = s.slice(Math.max(0, phraseStart - 40), phraseStart);
  const ws = /\s+$/.exec(before);
  if (!ws) return null;
  const head = before.slice(0, before.length - ws[0].length).toLowerCase();
  const lists = kind === "year" || kind === "decade" || kind === "century" ? [...HEDGES, ...YEAR_BOUNDS] : HEDGES;
  for (const h of lists) {
    if (!head.endsWith(h.text)) continue;
    const at = head.length - h.text.length;
    if (at > 0 && /[\p{L}\p{N}]/u.test(head[at - 1]!)) continue;
    const start = phraseStart - ws[0].length - h.text.length;
    return { text: s.slice(start, start + h.text.length), start, end: start + h.text.length, bound: h.bound };
  }
  return null;
}

// ---------------------------------------------------------------- what follows a number

type Tail = {
  end: number;
  kind?: QuantityKind;
  unit: string | null;
  noun: Quantity["noun"];
  /** A scale word ("million") read after digits: the value is multiplied by it. */
  scale?: number;
  era?: "BC" | "AD";
};

const isNumberWord = (w: string) =>
  CARDINAL_WORDS.has(w) || ORDINAL_WORDS.has(w) || DENOMINATOR_WORDS.has(w) || /^(?:hundred|thousand|million|billion|trillion|dozen|hundreds|thousands|millions|billions|dozens)$/.test(w);

const PLURAL_IRREGULAR = new Set(["people", "men", "women", "children", "feet", "teeth", "mice", "geese", "criteria", "phenomena", "data", "cattle", "police"]);
const INVARIANT_NOUNS = new Set(["species", "series", "sheep", "deer", "fish", "aircraft", "spacecraft", "offspring", "staff", "personnel", "crew", "livestock"]);
const isPluralNoun = (w: string) =>
  INVARIANT_NOUNS.has(w.toLowerCase()) || PLURAL_IRREGULAR.has(w.toLowerCase()) || (/s$/.test(w) && !/(?:ss|us|is|'s|’s)$/.test(w));

/**
 * The noun a number counts, after `pos`: up to three modifiers, then a noun
 * that agrees with the number ("three study contracts", "85 richest people",
 * "fifty steam powered inventions", "one hunting excursion"). After 1 the first
 * singular noun ends the phrase ("one country faces"); after any other number
 * the first plural one does ("5 end in" has none).
 */
function countedNoun(s: string, pos: number, value: number): Tail | null {
  const re = /^(\s+)([\p{L}][\p{L}'’-]*)/u;
  let at = pos;
  const words: { word: string; start: number; end: number }[] = [];
  for (let i = 0; i < 4; i++) {
    const m = re.exec(s.slice(at));
    if (!m) break;
    const start = at + m[1]!.length;
    words.push({ word: m[2]!, start, end: start + m[2]!.length });
    at = start + m[2]!.length;
  }
  const nounLike = (w: string) =>
    (/^[a-z][a-z'’-]*$/.test(w) && !NOT_A_NOUN.has(w) && !/ly$/.test(w) && !isNumberWord(w)) ||
    /^[A-Z]{2,}s?$/.test(w) ||
    /^[A-Z][a-z]+[^s'’]s$/.test(w);
  const modifierOnly = (w: string) => /(?:[^e]ed|ing)$/.test(w) || NOUN_ADJECTIVES.has(w) || /(?:est|most)$/.test(w);
  for (const { word, end, start } of words) {
    if (NOUN_ADJECTIVES.has(word)) continue;
    if (!nounLike(word)) return null;
    if (modifierOnly(word)) continue;
    const plural = isPluralNoun(word);
    if (value === 1 ? plural : !plural) {
      if (value === 1) return null; // "1 lacks": a verb
      continue; // "three study contracts": a noun used as a modifier
    }
    const forms = nounForms(word);
    return { end, unit: word, noun: forms ? { offset: start, singular: forms.singular, plural: forms.plural } : null };
  }
  return null;
}

const SYMBOL_RE = new RegExp(`^(\\s?)(${UNIT_SYMBOLS.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u");

/** The unit, currency, percent sign, era or noun after a number ending at `pos`. */
function readTail(s: string, pos: number, value: number, digits: boolean, allowGlued: boolean): Tail {
  const rest = s.slice(pos);
  let m: RegExpExecArray | null;
  if ((m = /^(?:\s?%|\s(?:per\s?cent|percent)\b|\s(?:percentage points?)\b)/i.exec(rest))) {
    return { end: pos + m[0].length, kind: "percent", unit: "%", noun: null };
  }
  if ((m = /^\s(?:to)\s(?:1|one)(?![\d\p{L}]|[.,]\d)/u.exec(rest))) return { end: pos + m[0].length, kind: "ratio", unit: "to 1", noun: null };
  if (digits && (m = /^\s?(BCE|BC|B\.C\.|AD|CE|A\.D\.)(?![\p{L}])/u.exec(rest))) {
    return { end: pos + m[0].length, kind: "year", unit: null, noun: null, era: /B/.test(m[1]!) ? "BC" : "AD" };
  }
  if ((m = /^-([a-z]+(?:-[a-z]+)?)\b(?!-)/.exec(rest))) {
    const first = m[1]!.split("-")[0]!;
    return { end: pos + m[0].length, kind: UNIT_WORDS.has(first) ? "measure" : "count", unit: m[1]!, noun: null };
  }
  if ((m = CURRENCY_WORDS.exec(rest))) {
    const forms = nounForms(m[1]!);
    return {
      end: pos + m[0].length,
      kind: "money",
      unit: m[1]!,
      noun: forms && !/\s/.test(m[1]!) ? { offset: pos + 1, singular: forms.singular, plural: forms.plural } : null,
    };
  }
  if ((m = SYMBOL_RE.exec(rest)) && (m[1] || allowGlued)) return { end: pos + m[0].length, kind: "measure", unit: m[2]!, noun: null };
  if ((m = /^\s((?:square|cubic)\s)?([a-z]+(?:-[a-z]+)?)(?![\p{L}-])/iu.exec(rest)) && UNIT_WORDS.has(m[2]!.toLowerCase())) {
    if (m[1] && !UNIT_MODIFIERS.has(m[1].trim().toLowerCase())) return { end: pos, unit: null, noun: null };
    const word = m[2]!;
    const forms = nounForms(word);
    const offset = pos + m[0].length - word.length;
    return { end: pos + m[0].length, kind: "measure", unit: (m[1] ?? "") + word, noun: forms ? { offset, singular: forms.singular, plural: forms.plural } : null };
  }
  const noun = countedNoun(s, pos, value);
  if (noun) return { ...noun, kind: "count" };
  return { end: pos, unit: null, noun: null };
}

// ---------------------------------------------------------------- building a quantity

function build(
  s: string,
  core: { start: number; end: number; value: number; style: NumberStyle; form: "digits" | "words" },
  kind: QuantityKind,
  tail: Tail,
  prefixStart = core.start,
  extra: Partial<Found> = {},
): Found {
  const start = prefixStart;
  const end = tail.end;
  const text = s.slice(start, end);
  const shown = core.style.type === "digits" ? core.value / core.style.scale : core.value;
  const nounText = tail.noun ? (/^[\p{L}'’-]+/u.exec(s.slice(tail.noun.offset))?.[0] ?? "") : "";
  const modifier = !!tail.noun && shown !== 1 && nounText === tail.noun.singular && tail.noun.singular !== tail.noun.plural;
  return {
    kind,
    value: core.value,
    text,
    start,
    end,
    number: { text: s.slice(core.start, core.end), start: core.start, end: core.end },
    unit: tail.unit,
    form: core.form,
    hedge: kind === "label" ? null : findHedge(s, start, kind),
    vague: false,
    style: core.style,
    prefix: s.slice(start, core.start),
    suffix: s.slice(core.end, end),
    noun: tail.noun && !modifier ? { ...tail.noun, offset: tail.noun.offset - core.end } : null,
    ...extra,
  };
}

const NONE: Tail = { end: 0, unit: null, noun: null };

// ---------------------------------------------------------------- the passes

const ORDINAL_LIST = [...ORDINAL_WORDS.keys()].sort((a, b) => b.length - a.length);
const ORD_WORD_RE = ORDINAL_LIST.map(escape).join("|");
const CENTURY_ORD = `\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_LIST.filter((w) => (ORDINAL_WORDS.get(w) ?? 99) <= 30).map(escape).join("|")}`;
const ERA = `(?:BCE|BC|B\\.C\\.|AD|CE|A\\.D\\.)`;

function ordinalValue(text: string): number {
  const d = /^(\d+)/.exec(text);
  return d ? Number(d[1]) : (ORDINAL_WORDS.get(text.toLowerCase()) ?? NaN);
}

function ordinalStyle(text: string): NumberStyle {
  return /^\d/.test(text) ? { type: "ordinal-digits" } : { type: "ordinal-words", capital: isCapitalised(text) };
}

function findDecades(s: string, out: Found[], free: (a: number, b: number) => boolean): void {
  const long = /(?<![\p{L}\p{N}])(\d{3}0)s\b/gu;
  for (let m = long.exec(s); m; m = long.exec(s)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const core = { start: m.index, end: m.index + m[0].length, value: Number(m[1]), style: { type: "decade", short: null } as NumberStyle, form: "digits" as const };
    out.push(build(s, core, "decade", { ...NONE, end: core.end, unit: null }));
  }
  // "the 1840s and 50s", "the ’60s": a two-digit decade needs a century from the sentence or an apostrophe
  const short = /(?<![\p{L}\p{N}])(['’])?(\d0)s\b/gu;
  for (let m = short.exec(s); m; m = short.exec(s)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const earlier = out.filter((q) => q.kind === "decade" && q.end <= m!.index && q.style.type === "decade" && !q.style.short).pop();
    if (!m[1] && !earlier) continue;
    const century = earlier ? Math.floor(earlier.value / 100) * 100 : 1900;
    const core = { start: m.index, end: m.index + m[0].length, value: century + Number(m[2]), style: { type: "decade", short: m[1] ?? "" } as NumberStyle, form: "digits" as const };
    out.push(build(s, core, "decade", { ...NONE, end: core.end }));
  }
}

function findCenturies(s: string, out: Found[], free: (a: number, b: number) => boolean): void {
  const single = new RegExp(`\\b(${CENTURY_ORD})[ -](century|centuries)\\b(\\s?${ERA}(?![\\p{L}]))?`, "giu");
  for (let m = single.exec(s); m; m = single.exec(s)) {
    const start = m.index;
    if (!free(start, start + m[0].length)) continue;
    const n = ordinalValue(m[1]!);
    const bc = !!m[3] && /B/.test(m[3]);
    const core = { start, end: start + m[1]!.length, value: bc ? -n : n, style: ordinalStyle(m[1]!), form: (/^\d/.test(m[1]!) ? "digits" : "words") as "digits" | "words" };
    out.push(build(s, core, "century", { end: start + m[0].length, unit: m[2]!.toLowerCase(), noun: null }));
  }
  // "the 19th and 20th century": the first ordinal shares the second's noun
  const pair = new RegExp(`\\b(${CENTURY_ORD})\\s(?:and|or|to)\\s(?=(?:${CENTURY_ORD})[ -](?:century|centuries)\\b)`, "giu");
  for (let m = pair.exec(s); m; m = pair.exec(s)) {
    const start = m.index;
    const end = start + m[1]!.length;
    if (!free(start, end)) continue;
    const partner = out.find((q) => q.kind === "century" && q.start === start + m![0].length);
    const n = ordinalValue(m[1]!);
    const core = { start, end, value: partner && partner.value < 0 ? -n : n, style: ordinalStyle(m[1]!), form: (/^\d/.test(m[1]!) ? "digits" : "words") as "digits" | "words" };
    out.push(build(s, core, "century", { end, unit: "century", noun: null }));
  }
}

const NUMERATORS = "a|an|one|two|three|four|five|six|seven|eight|nine";
const DENOMINATORS = [...DENOMINATOR_WORDS.keys()].join("|");
const BARE_DETERMINERS = new Set(["the", "its", "their", "his", "her", "our", "this", "that"]);

function findFractions(s: string, out: Found[], free: (a: number, b: number) => boolean): void {
  const re = new RegExp(`\\b(${NUMERATORS})([\\s-])(${DENOMINATORS})\\b(?!-)`, "giu");
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const numWord = m[1]!.toLowerCase();
    const den = DENOMINATOR_WORDS.get(m[3]!.toLowerCase())!;
    const numerator = numWord === "a" || numWord === "an" ? 1 : CARDINAL_WORDS.get(numWord)!;
    const plural = /s$/.test(m[3]!) && m[3]!.toLowerCase() !== "halves";
    if (numerator > 1 !== plural) continue;
    if (numerator === 1 && den !== 2 && !/^(?:\s+of\b|\s*[,.;:)]|\s*$)/.test(s.slice(end))) continue; // "a third term" is an ordinal
    if (numerator === 1 && den === 2 && /\band\s+$/.test(s.slice(0, start))) continue; // "two and a half"
    if (isCapitalised(m[1]!) && !isSentenceStart(s, start)) continue;
    const core = {
      start,
      end,
      value: numerator / den,
      style: { type: "fraction", fraction: { capital: isCapitalised(m[1]!), bare: false, joiner: m[2] === "-" ? "-" : " " } } as NumberStyle,
      form: "words" as const,
    };
    out.push(build(s, core, "fraction", { end, unit: null, noun: null }));
  }
  const half = /(?<![\p{L}-])(half)(?![\p{L}-])/giu;
  for (let m = half.exec(s); m; m = half.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    if (isCapitalised(m[1]!) && !isSentenceStart(s, start)) continue;
    const prev = wordBefore(s, start);
    const prev2 = prev ? wordBefore(s, prev.start) : null;
    const isDet = (w: { word: string } | null) => !!w && (BARE_DETERMINERS.has(w.word.toLowerCase()) || /['’]s$/.test(w.word));
    const prevWord = prev?.word.toLowerCase() ?? "";
    const bare = isDet(prev) || (!!prev && !HEDGES.some((h) => h.text === prevWord) && prevWord !== "than" && prevWord !== "of" && isDet(prev2));
    const core = {
      start,
      end,
      value: 0.5,
      style: { type: "fraction", fraction: { capital: isCapitalised(m[1]!), bare, joiner: "-" } } as NumberStyle,
      form: "words" as const,
    };
    out.push(build(s, core, "fraction", { end, unit: null, noun: null }));
  }
}

function findVague(s: string, out: Found[], free: (a: number, b: number) => boolean): void {
  const words = [...VAGUE_MAGNITUDES].sort((a, b) => b.text.length - a.text.length).map((v) => escape(v.text));
  const re = new RegExp(`\\b(${words.join("|")})(?=\\s+of\\b)`, "giu");
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const v = VAGUE_MAGNITUDES.find((x) => x.text === m![1]!.toLowerCase())!;
    const core = { start, end, value: v.value, style: { type: "vague", capital: isCapitalised(m[1]!) } as NumberStyle, form: "words" as const };
    out.push(build(s, core, "count", { end, unit: null, noun: null }, start, { vague: true }));
  }
}

const ORDINAL_DETERMINERS = new Set(["the", "its", "his", "her", "their", "our", "your", "my", "this", "that", "every", "each", "whose"]);

function findOrdinals(s: string, out: Found[], free: (a: number, b: number) => boolean): void {
  const digits = /(?<![\p{L}\p{N}.,])(\d+)(st|nd|rd|th)\b/gu;
  for (let m = digits.exec(s); m; m = digits.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const core = { start, end, value: Number(m[1]), style: { type: "ordinal-digits" } as NumberStyle, form: "digits" as const };
    if (nameBefore(s, start) === "month" || MONTH_AFTER.test(s.slice(end)) || /^\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(s.slice(end))) {
      out.push(label(s, start, end, "date", core));
      continue;
    }
    out.push(build(s, core, "ordinal", ordinalTail(s, end)));
  }
  const words = new RegExp(`\\b(${ORD_WORD_RE})\\b`, "giu");
  for (let m = words.exec(s); m; m = words.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const word = m[1]!;
    const core = { start, end, value: ORDINAL_WORDS.get(word.toLowerCase())!, style: { type: "ordinal-words", capital: isCapitalised(word) } as NumberStyle, form: "words" as const };
    const startsSentence = isSentenceStart(s, start);
    if (isCapitalised(word) && (!startsSentence || /^\s\p{Lu}/u.test(s.slice(end)))) {
      out.push(label(s, start, end, "name", core));
      continue;
    }
    const prev = wordBefore(s, start);
    const determined = !!prev && (ORDINAL_DETERMINERS.has(prev.word.toLowerCase()) || /['’]s$/.test(prev.word));
    if (!determined) continue; // "first conceived", "at first": an adverb, not a rank
    out.push(build(s, core, "ordinal", ordinalTail(s, end)));
  }
}

/** An ordinal's phrase is the ordinal (with a hyphen compound: "second-longest"); the noun it ranks is reported as its unit, outside the blank. */
function ordinalTail(s: string, end: number): Tail {
  const hyphen = /^-([a-z]+)\b(?!-)/.exec(s.slice(end));
  if (hyphen) return { end: end + hyphen[0].length, unit: hyphen[1]!, noun: null };
  const noun = countedNoun(s, end, 1) ?? countedNoun(s, end, 2);
  return { end, unit: noun?.unit ?? null, noun: null };
}

const CARDINAL_LIST = [...CARDINAL_WORDS.keys(), "hundred", "thousand", "million", "billion", "trillion", "dozen"];
const CW = `(?:${CARDINAL_LIST.map(escape).join("|")})`;
const SCALE_AHEAD = "(?=(?:hundred|thousand|million|billion|trillion|dozen)\\b)";
const CARDINAL_RUN = new RegExp(
  `(?:\\b(?:a|an)\\s${SCALE_AHEAD})?\\b${CW}\\b(?:(?:-|\\s|(?<=(?:hundred|thousand|million|billion|trillion))\\sand\\s)${CW}\\b)*`,
  "giu",
);
const PRONOUN_ONE_BEFORE = new Set(["the", "no", "any", "every", "each", "which", "this", "that", "someone", "anyone", "no-"]);

function findCardinalWords(s: string, out: Found[], free: (a: number, b: number) => boolean): void {
  CARDINAL_RUN.lastIndex = 0;
  for (let m = CARDINAL_RUN.exec(s); m; m = CARDINAL_RUN.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    if (/^(?:hundred|thousand|million|billion|trillion)\b/i.test(m[0]) && /\d\s$/.test(s.slice(0, start))) continue;
    if (/\p{L}-$/u.test(s.slice(0, start))) continue; // the zero of "non-zero"
    const value = parseCardinalWords(m[0]);
    if (value === null) continue;
    const text = m[0];
    const core = {
      start,
      end,
      value,
      style: { type: "words", words: { capital: isCapitalised(text), article: /^an?\s/i.test(text), britishAnd: /\sand\s/i.test(text) } } as NumberStyle,
      form: "words" as const,
    };
    if (isCapitalised(text) && !isSentenceStart(s, start)) {
      out.push(label(s, start, end, "name", core)); // "the Seven Years' War"
      continue;
    }
    if (isCapitalised(text) && /^\s\p{Lu}/u.test(s.slice(end))) {
      out.push(label(s, start, end, "name", core));
      continue;
    }
    const tail = readTail(s, end, value, false, false);
    if (/^one$/i.test(text)) {
      // "one of the", "the one that", "one can": a pronoun, not a count
      const prev = wordBefore(s, start);
      if (tail.kind !== "count" && tail.kind !== "measure" && tail.kind !== "money") continue;
      if (prev && PRONOUN_ONE_BEFORE.has(prev.word.toLowerCase())) continue;
    }
    const kind = tail.kind === "year" ? "count" : (tail.kind ?? "count");
    out.push(build(s, core, kind, tail.kind === "year" ? { ...NONE, end } : tail));
  }
}

const DIGITS = /(?<![\p{L}\p{N}.,/:_])(?:[-−](?=\d))?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d|,\d{3}|\.\d)/gu;
const SCALES = /^\s(thousand|million|billion|trillion)\b/i;
const SCALE_VALUES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9 };

function findDigits(s: string, out: Found[], free: (a: number, b: number) => boolean): void {
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(s); m; m = DIGITS.exec(s)) {
    const start = m.index;
    let numText = m[0];
    // a minus glued to the number is its sign only after a space or a bracket
    if (/^[-−]/.test(numText) && start > 0 && !/[\s(]/.test(s[start - 1]!)) numText = numText.slice(1);
    const numStart = start + (m[0].length - numText.length);
    const numEnd = start + m[0].length;
    if (!free(numStart, numEnd)) continue;
    const raw = Number(numText.replace(/,/g, "").replace("−", "-"));
    const decimals = /\.(\d+)$/.exec(numText)?.[1]?.length ?? 0;
    const grouping = numText.includes(",");
    const plain = !grouping && decimals === 0 && !/^[-−]/.test(numText);
    const yearLike = plain && numText.length === 4 && raw >= 1000 && raw <= 2100;
    const core = { start: numStart, end: numEnd, value: raw, style: { type: "digits", decimals, grouping, scale: 1 } as NumberStyle, form: "digits" as const };
    const after = s.slice(numEnd);
    const before = s.slice(0, numStart);

    // a letter glued after the number: a unit ("45km"), a variable ("22n") or part of a code
    const glued = /^[\p{L}°²³]/u.test(after);
    if (glued && !SYMBOL_RE.test(after) && !/^(?:bn|m|k)\b/.test(after)) {
      out.push(label(s, numStart, numEnd + (/^\p{L}+/u.exec(after)?.[0].length ?? 0), /^\p{Ll}\b/u.test(after) ? "formula" : "name", { start: numStart, end: numEnd, value: raw }));
      continue;
    }
    if (nextToOperator(s, numStart, numEnd)) {
      out.push(label(s, numStart, numEnd, "formula"));
      continue;
    }
    // "K-9", "B-52": a code; "pre-1975", "mid-1960" are years
    const codePrefix = /(\p{L}+)-$/u.exec(before);
    if (codePrefix && !/^(?:pre|post|mid|early|late|circa)$/i.test(codePrefix[1]!)) {
      out.push(label(s, numStart - codePrefix[0].length, numEnd, "name", { start: numStart, end: numEnd, value: raw }));
      continue;
    }
    const ratio = /^\s(?:to)\s(?:1|one)(?![\d\p{L}]|[.,]\d)/u.test(after);
    const name = ratio ? null : nameBefore(s, numStart);
    const dayOfMonth = plain && raw >= 1 && raw <= 31 && (MONTH_AFTER.test(after) || name === "month");
    if (dayOfMonth) {
      out.push(label(s, numStart, numEnd, "date"));
      continue;
    }
    const adBefore = /(?:\bAD|\bA\.D\.|\bCE)\s$/.exec(before);
    if (name === "name" && !yearLike && !adBefore) {
      out.push(label(s, numStart, numEnd, "name"));
      continue;
    }

    // currency before: "$12 million", "US$ 5", "€3.2 billion"
    let prefixStart = numStart;
    let currency: string | null = null;
    for (const sign of CURRENCY_SIGNS) {
      const at = before.endsWith(sign) ? numStart - sign.length : before.endsWith(`${sign} `) ? numStart - sign.length - 1 : -1;
      if (at >= 0 && (at === 0 || !/[\p{L}\p{N}]/u.test(s[at - 1]!))) {
        prefixStart = at;
        currency = sign;
        break;
      }
    }
    if (/^[-−]/.test(numText) && currency) continue;

    // scale word: "1.5 million", "$3bn"
    let pos = numEnd;
    let scale = 1;
    const sm = SCALES.exec(after) ?? (currency ? /^(bn|m|k)\b/.exec(after) : null);
    if (sm) {
      scale = SCALE_VALUES[sm[1]!.toLowerCase()]!;
      pos += sm[0].length;
    }
    core.value = raw * scale;
    core.style = { type: "digits", decimals, grouping, scale };

    if (adBefore) {
      prefixStart = numStart - adBefore[0].length;
      out.push(build(s, core, "year", { ...NONE, end: numEnd }, prefixStart));
      continue;
    }
    const tail = readTail(s, pos, raw * scale, true, true);
    if (currency) {
      out.push(build(s, core, "money", tail.kind === "count" || tail.kind === "measure" ? tail : { ...NONE, end: pos }, prefixStart, { unit: currency }));
      continue;
    }
    if (tail.kind === "year" && tail.era) {
      if (scale !== 1 || !plain) continue;
      out.push(build(s, { ...core, value: tail.era === "BC" ? -raw : raw, style: { type: "year" } }, "year", { ...tail, unit: null }));
      continue;
    }
    if (yearLike && scale === 1) {
      const prev = wordBefore(s, numStart)?.word.toLowerCase().replace(/[,.]$/, "") ?? "";
      const yearContext = YEAR_CONTEXT.has(prev) || /(?:^|-)(?:pre|post|mid)-$/i.test(before.slice(-5)) || /\(\s*$/.test(before);
      const countable = (tail.kind === "count" && /s$/.test(tail.unit ?? "") && !/^\s\p{Lu}/u.test(after)) || tail.kind === "measure" || tail.kind === "percent";
      if (yearContext || !countable) {
        out.push(build(s, { ...core, style: { type: "year" } }, "year", { ...NONE, end: numEnd }));
        continue;
      }
    }
    if (name === "name") {
      out.push(label(s, numStart, numEnd, "name"));
      continue;
    }
    const kind: QuantityKind = tail.kind && tail.kind !== "year" ? tail.kind : "count";
    out.push(build(s, core, kind, tail.kind === "year" ? { ...NONE, end: pos } : { ...tail, end: Math.max(tail.end, pos) }, prefixStart));
  }
}

// ---------------------------------------------------------------- relations between the quantities of a sentence

function relate(s: string, found: Found[]): Quantity[] {
  const qs: Quantity[] = found.map((q) => ({ ...q, limits: {}, siblingValues: [] }));
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    if (q.kind === "label") continue;
    const unit = (x: Quantity) => (x.unit ?? "").toLowerCase();
    q.siblingValues = qs.filter((o, j) => j !== i && o.kind === q.kind && unit(o) === unit(q) && Number.isFinite(o.value)).map((o) => o.value);
    const next = qs[i + 1];
    if (!next || next.kind !== q.kind) continue;
    const between = s.slice(q.end, next.start);
    const lead = s.slice(Math.max(0, (q.hedge?.start ?? q.start) - 12), q.hedge?.start ?? q.start);
    const fromTo = /^\s+(?:to|until|till|through)\s+$/.test(between) && /\bfrom\s+$/i.test(lead);
    const betweenAnd = /^\s+and\s+$/.test(between) && /\bbetween\s+$/i.test(lead);
    // "11 of the 12 cities": the part is less than the whole, and the whole more than the part
    const partOf = /^\s+(?:out\s+)?of\s+(?:the\s+)?$/.test(between);
    if ((fromTo || betweenAnd || partOf) && q.value < next.value) {
      q.limits.below = next.value;
      next.limits.above = q.value;
    }
    // "The membership, which was originally 45, was raised to 63 in 1977": what was raised was less than what it was raised
    // to, and the other way for a cut (blind44 offered 70, 90 and 135 against 63)
    const raised = /^[^.;]{0,40}?\b(?:raised|increased|rose|grew|expanded|enlarged|extended)\s+to\s+$/i.test(between);
    const cut = /^[^.;]{0,40}?\b(?:reduced|cut|decreased|fell|dropped|lowered|shrank|declined)\s+to\s+$/i.test(between);
    if (raised && q.value < next.value) q.limits.below = next.value;
    if (cut && q.value > next.value) q.limits.above = next.value;
  }
  // "earth will pass 1.5°C of warming": any smaller figure is passed too, so a wrong one must be larger
  for (const q of qs) {
    if (q.kind === "label" || q.hedge) continue;
    if (/\b(?:pass|passes|passed|exceed|exceeds|exceeded|surpass|surpasses|surpassed|top|tops|topped)\s+$/i.test(s.slice(Math.max(0, q.start - 14), q.start)) && Number.isFinite(q.value)) q.limits.above = Math.max(q.limits.above ?? -Infinity, q.value);
  }
  // "1,230 km (760 mi)": the bracketed conversion is a label, and the measure before it knows it is there
  for (let i = 1; i < qs.length; i++) {
    const q = qs[i]!;
    const prev = qs[i - 1]!;
    if ((q.kind === "measure" || q.kind === "money") && (prev.kind === "measure" || prev.kind === "money") && /^\s*\(\s*$/.test(s.slice(prev.end, q.start))) {
      prev.conversion = { text: q.text, start: q.start, end: q.end };
      qs[i] = { ...q, kind: "label", labelReason: "conversion", hedge: null, siblingValues: [], limits: {} };
    }
  }
  // "$1.5 million (equivalent to $4 million in 2023 dollars)": the same amount in another year's money is a label
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    if (q.kind === "money" && /\(\s*equivalent to\s*$/.test(s.slice(Math.max(0, q.start - 20), q.start))) qs[i] = { ...q, kind: "label", labelReason: "conversion", hedge: null, siblingValues: [], limits: {} };
  }
  return qs;
}

/**
 * Every number-like expression in `sentence`, in text order, without overlaps.
 * Offsets are relative to `sentence`. A paragraph works too: sentence starts
 * are recognised inside it.
 */
export function findQuantities(sentence: string): Quantity[] {
  const s = sentence;
  const found: Found[] = [];
  const free = (a: number, b: number) => !found.some((f) => a < f.end && b > f.start);
  for (const { re, reason } of LABEL_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!/\d/.test(m[0]) || !free(start, end)) continue;
      found.push(label(s, start, end, reason));
    }
  }
  findDecades(s, found, free);
  findCenturies(s, found, free);
  findFractions(s, found, free);
  findVague(s, found, free);
  findOrdinals(s, found, free);
  findCardinalWords(s, found, free);
  findDigits(s, found, free);
  return relate(s, found.sort((a, b) => a.start - b.start));
}
