// Owns deciding that two choices are variants of one another: both could be
// right, or one gives the other away. The same name in another case, accent,
// hyphenation or number; the same thing by another name (an alias, a demonym,
// an acronym); one name inside the other ("Rhine", "Upper Rhine"); the same
// stem ("Turkic", "Turkish", "Türkiye"); a near spelling ("Aliev", "Aliyev").
import { canonicalsOf } from "./lists";
import { foldDiacritics } from "./text";

/** Lower case, no accents, no apostrophes; hyphens and punctuation as spaces; no leading "the". */
function foldName(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const IRREGULAR_PLURALS: Record<string, string> = {
  mitochondria: "mitochondrion", bacteria: "bacterium", algae: "alga", fungi: "fungus", nuclei: "nucleus",
  criteria: "criterion", phenomena: "phenomenon", grana: "granum", stomata: "stoma", plastids: "plastid",
  women: "woman", men: "man", children: "child", mice: "mouse", geese: "goose", teeth: "tooth", feet: "foot",
};

function singular(w: string): string {
  const irregular = IRREGULAR_PLURALS[w];
  if (irregular) return irregular;
  if (/\d/.test(w) || w.length <= 3) return w;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Endings stripped to find a stem, longest first: Turkic, Turkish, Turkey, Türkiye -> "turk". */
const STEM_SUFFIXES = ["lands", "land", "ians", "iye", "ian", "ans", "ese", "ish", "ics", "ic", "ia", "ey", "an", "en", "y", "i", "e", "a", "s"];

function stem(word: string): string {
  let w = word;
  for (let round = 0; round < 2; round++) {
    const suf = STEM_SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3);
    if (!suf) break;
    w = w.slice(0, -suf.length);
  }
  return w;
}

/** Two stems of unknown words are one: equal, or one a short extension of the other ("fin"/"finn"), or a long common start. */
function looseStemMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.startsWith(s) && l.length - s.length <= 2) return true;
  let p = 0;
  while (p < s.length && s[p] === l[p]) p++;
  return p >= 4 && p >= s.length - 1;
}

/** `inner` occurs in `outer` as a run of whole words, compared with `same`. */
function containsRun(outer: string[], inner: string[], same: (x: string, y: string) => boolean): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, j) => same(outer[i + j]!, w))) return true;
  }
  return false;
}

const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "et", "&", "to", "a"]);

/** `short` is the initials of `long`: NATO / North Atlantic Treaty Organization, U.S. / United States. */
function isAcronymOf(short: string, long: string): boolean {
  const s = foldDiacritics(short).replace(/[.\s]/g, "");
  if (!/^[A-Z][A-Za-z0-9&]{1,9}$/.test(s) || (s.match(/[A-Z]/g) ?? []).length < 2) return false;
  const words = foldDiacritics(long).split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const target = s.replace(/&/g, "").toLowerCase();
  const initials = (ws: string[]) => ws.map((w) => w.replace(/^[^\p{L}\p{N}]+/u, "")[0] ?? "").join("").toLowerCase();
  const significant = words.filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()));
  const hyphenSplit = significant.flatMap((w) => w.split("-"));
  return [words, significant, hyphenSplit].some((ws) => initials(ws) === target);
}

function levenshteinWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Words whose difference makes two names different places or things: North/South Korea, Upper/Lower Rhine. */
const MODIFIERS = new Set(
  "north south east west northern southern eastern western central upper lower greater lesser new old little great high".split(" "),
);
const ROMAN_NUMERAL = /^(?=[ivxlc]+$)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** Spellings two edits apart, unless what differs is a number, a numeral or a modifier. */
function nearSpelling(fa: string, fb: string, ta: string[], tb: string[]): boolean {
  const letters = (s: string) => s.replace(/[^\p{L}]/gu, "").length;
  const [la, lb] = [letters(fa), letters(fb)];
  if (Math.max(la, lb) <= 5 || Math.min(la, lb) < 5) return false;
  const digits = (s: string) => (s.match(/\d+/g) ?? []).join(",");
  if (digits(fa) !== digits(fb)) return false;
  const romans = (t: string[]) => t.filter((w) => ROMAN_NUMERAL.test(w)).join(",");
  if (romans(ta) !== romans(tb)) return false;
  if (ta.length === tb.length && ta.some((w, i) => w !== tb[i] && MODIFIERS.has(w) && MODIFIERS.has(tb[i]!))) return false;
  return levenshteinWithin(fa, fb, 2) <= 2;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * True when one choice is a variant of the other, so both could be right or
 * one gives the other away: the same name folded (case, accents, hyphens, a
 * leading "the", singular/plural); the same thing by the lists and the
 * gazetteer (alias, demonym, other name: "Persia"/"Iran", "French"/"France");
 * an acronym of the other ("NATO"); one inside the other as whole words
 * ("Rhine"/"Upper Rhine", "Ögedei"/"Ögedei Khan"); the same stem ("Turkic"/
 * "Turkish", "Mongol"/"Mongolia"); or, for names of more than five letters, a
 * spelling at most two edits away ("Aliev"/"Aliyev"). Two names the lists know
 * as different things ("Austria"/"Australia", "Apollo 8"/"Apollo 11") are
 * not variants by stem prefix or spelling alone.
 */
export function isVariantOf(a: string, b: string): boolean {
  // (pure on its two strings, and asked of the same pairs again and again: every fact tries the article's names)
  const key = `${a}\u0000${b}`;
  const known = VARIANT_MEMO.get(key);
  if (known !== undefined) return known;
  if (VARIANT_MEMO.size > 20_000) VARIANT_MEMO.clear();
  const out = isVariantOfUncached(a, b);
  VARIANT_MEMO.set(key, out);
  return out;
}

const VARIANT_MEMO = new Map<string, boolean>();

function isVariantOfUncached(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (!fa || !fb) return false;
  if (fa === fb || fa.replace(/ /g, "") === fb.replace(/ /g, "")) return true;
  const ca = canonicalsOf(a);
  const cb = canonicalsOf(b);
  if (intersects(ca, cb)) return true;
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return true;
  // ("Winter Games" is the Winter Olympics, and "Olympic Games" the Olympics: the Sildaru profile offered "Winter Games"
  // beside "Pyeongchang Winter Olympics")
  const games = (t: string) => t.replace(/\b(winter|summer) games\b/g, "$1 olympics").replace(/\bolympic games\b/g, "olympics");
  const ta = games(fa).split(" ").map(singular);
  const tb = games(fb).split(" ").map(singular);
  // the same words in another order ("Department of Environmental Protection" / "Environmental Protection Department")
  const content = (t: string[]) => t.filter((w) => !/^(?:of|the|for|and|on|in|a|an)$/.test(w)).sort().join(" ");
  if (ta.length > 1 && content(ta) === content(tb)) return true;
  const equal = (x: string, y: string) => x === y;
  if (containsRun(ta, tb, equal) || containsRun(tb, ta, equal)) return true;
  const knownApart = ca.size > 0 && cb.size > 0;
  const sameStem = knownApart ? (x: string, y: string) => x === y || stem(x) === stem(y) : (x: string, y: string) => x === y || looseStemMatch(stem(x), stem(y));
  if (containsRun(ta, tb, sameStem) || containsRun(tb, ta, sameStem)) return true;
  return !knownApart && nearSpelling(fa, fb, ta, tb);
}

/** Any two of `choices` are variants of each other. */
export function hasVariantPair(choices: readonly string[]): boolean {
  for (let i = 0; i < choices.length; i++) {
    for (let j = i + 1; j < choices.length; j++) if (isVariantOf(choices[i]!, choices[j]!)) return true;
  }
  return false;
}
