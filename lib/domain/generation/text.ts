// Owns the low-level text helpers the generator shares: word tokens with
// offsets, normalisation for comparison, stopwords, a stable hash and edits
// that rewrite a sentence without losing track of the original. What a word
// is, word counts and diacritic folding live in lib/domain/text, shared with
// the reader and grading; they are re-exported here for the generator.

import { foldDiacritics, WORD } from "@/lib/domain/text";

export { foldDiacritics, wordCount } from "@/lib/domain/text";

export type Token = { text: string; start: number; end: number };

/** The shared word pattern, as a regex of this module's own: its lastIndex is stepped by tokenize. */
const WORD_TOKEN = new RegExp(WORD.source, WORD.flags);

/** Word tokens of `text`, offsets relative to `text`. A trailing possessive ’s is split off. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD_TOKEN.lastIndex = 0;
  for (let m = WORD_TOKEN.exec(text); m; m = WORD_TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    // "U.S" keeps its dots; a trailing dot belongs to the sentence.
    // a possessive "'s" is a token of its own (tested by hand: this runs for every word of the article)
    const n = word.length;
    if (n > 3 && word.charCodeAt(n - 1) === 115 /* s */ && (word[n - 2] === "’" || word[n - 2] === "'")) {
      out.push({ text: word.slice(0, n - 2), start, end: start + n - 2 });
      out.push({ text: word.slice(n - 2), start: start + n - 2, end: start + n });
      continue;
    }
    out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&.]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

export function isPossessive(word: string): boolean {
  return word === "’s" || word === "'s";
}

/** `fn` remembered per string key, in a cache emptied once it holds `limit` keys (a pure look-up on a hot path). */
export function memoByString<V>(fn: (key: string) => V, limit = 50_000): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    if (cache.size > limit) cache.clear();
    const out = fn(key);
    cache.set(key, out);
    return out;
  };
}

/** `fn` remembered per object and string key (an article's analysis and a name): worked out once, dropped with the object. */
export function memoPerObject<O extends object, V>(fn: (owner: O, key: string) => V): (owner: O, key: string) => V {
  const cache = new WeakMap<O, Map<string, V>>();
  return (owner, key) => {
    let m = cache.get(owner);
    if (!m) cache.set(owner, (m = new Map()));
    if (m.has(key)) return m.get(key)!;
    const out = fn(owner, key);
    m.set(key, out);
    return out;
  };
}

/** Lowercase, diacritics removed, curly quotes straightened, whitespace collapsed. */
const normalizeCache = new Map<string, string>();
export function normalize(s: string): string {
  const hit = normalizeCache.get(s);
  if (hit !== undefined) return hit;
  if (normalizeCache.size > 50_000) normalizeCache.clear();
  const out = normalizeUncached(s);
  normalizeCache.set(s, out);
  return out;
}

function normalizeUncached(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

export const STOPWORDS = new Set(
  `a an the and or but nor so yet for of in on at to from by with without about above below over under into onto
  upon within between among through during before after since until while as than then that this these those there
  here which who whom whose what when where why how all any both each few more most other some such no not only own
  same too very can will just should would could may might must shall is are was were be been being have has had do
  does did having it its it's he him his she her hers they them their theirs we us our ours you your yours i me my
  mine also even still again ever never always often further once one two three four five six seven eight nine ten
  said says say told according today yesterday tomorrow now nowadays mr mrs ms dr new year years day days time way
  per via amid among namely especially particularly another many much several because although though unless whether
  whereas therefore thus hence usually already almost nearly rather quite really perhaps maybe indeed instead along
  behind beyond despite except inside outside toward towards onto throughout around near off every either neither
  whose whom itself themselves himself herself yet soon later earlier recently currently likely first last next`.split(/\s+/),
);

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, a: 1, an: 1,
};

export { shortHash } from "@/lib/domain/text";

/** `text` matched literally inside a RegExp. */
/** A word in a plural's form: an "s" that is not "ss", "us" or "is" ("ducks", not "gas" nor "analysis"). */
export function looksPlural(word: string): boolean {
  return /[^s'’]s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
export function slugify(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export type Edit = { start: number; end: number; text: string };

/** Apply non-overlapping edits (offsets into `s`). */
export function applyEdits(s: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor) continue; // overlapping edit: keep the first
    out += s.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + s.slice(cursor);
}

/** Set of lowercased content words (for near-duplicate comparison). */
export function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(normalize(s))) if (!STOPWORDS.has(t.text) && t.text.length > 1) out.push(t.text);
  return out;
}

/** True if `needle` occurs in `hay` as whole words (case- and diacritic-insensitive). */
export function containsTerm(hay: string, needle: string): boolean {
  const h = normalize(hay);
  const n = normalize(needle);
  if (!n) return false;
  let from = 0;
  for (;;) {
    const i = h.indexOf(n, from);
    if (i < 0) return false;
    const before = i === 0 ? "" : h[i - 1]!;
    const after = h[i + n.length] ?? "";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = i + 1;
  }
}

/**
 * A news dateline opening a sentence: "CAIRO —", "(CNN) --", "WASHINGTON (Reuters) -",
 * "LONDON, March 3 (AP) —", or the bare dash a dropped "(CNN)" leaves. Not part of the story.
 */
// ("CAIRO — ", "WASHINGTON (Reuters) - ", and written in title case with the agency and a dash, "Tripoli, Libya (CNN) -- ",
// or the agency alone glued to the first word, "(CNN)She hails from ...", or a place and its region glued to it by a dash,
// "Santa Barbara, California—Reclusive and disaffected, ...", as Science's features open)
const DATELINE_CITIES = "LONDON|PARIS|WASHINGTON|BEIJING|MOSCOW|TOKYO|BERLIN|BRUSSELS|GENEVA|KYIV|KIEV|JERUSALEM|CAIRO|ROME|MADRID|SEOUL|SYDNEY|TORONTO|CHICAGO|BOSTON|SEATTLE|DUBAI|ISTANBUL|ANKARA|BAKU|TEHRAN|BAGHDAD|KABUL|ISLAMABAD|SINGAPORE|BANGKOK|NAIROBI|LAGOS";
export const DATELINE = new RegExp(String.raw`^(?:(?:\p{Lu}{2,}(?:[ .,'-]+\p{Lu}+)*\.?(?:,\s+[\p{L}\d .]{1,25})?\s*)?(?:\(\p{Lu}[\p{L}.&' ]{0,24}\)\s*)?(?:[—–-]{1,2}\s+|(?<=\p{Lu}{2,})[—–](?=\p{Lu}\p{Ll}))|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?(?:,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?){0,2}\s+\(\p{Lu}[\p{L}.&' ]{0,24}\)\s*[—–-]{1,2}\s+|\((?:CNN|AP|AFP|Reuters|BBC|UPI|Bloomberg|Xinhua|dpa|EFE|TASS)\)\s*|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2},\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?—(?=\p{Lu}\p{Ll})|(?:\p{Lu}{2,}\s\p{Lu}{2,}(?:\s\p{Lu}{2,})?|${DATELINE_CITIES})\s+(?=\p{Lu}\p{Ll}+\s\p{Lu}))(?=[\p{Lu}"“_])`, "u");
