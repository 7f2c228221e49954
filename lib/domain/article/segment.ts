// Owns splitting an article body into paragraphs and sentences with character
// offsets into the body. The reader anchors sentences by these offsets and
// questions point at them, so the rules here are deliberately conservative:
// a sentence ends at . ! ? … (plus closing quotes/brackets and any citation
// marks, "series.[note 1]") followed by space and something that can start a
// sentence. It never ends inside a pair of () or [] brackets. After an
// abbreviation, an initial or an ellipsis it ends only when the next word
// plainly starts a new sentence ("in the U.S. The next day" splits, "the U.S.
// Senate" does not).

import { citationRunEnd, wordCount } from "@/lib/domain/text";

export type Span = { start: number; end: number };
export type SentenceSpan = Span & { index: number; paragraphIndex: number; indexInParagraph: number };
export type ParagraphSpan = Span & { index: number; sentences: SentenceSpan[] };

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Abbreviations after which a sentence goes on unless the next word is a
 * sentence starter: titles (Dr. Smith, St. Lawrence, but also Main St. The
 * ...), company and Latin endings (Inc., etc., et al.), months. Dotted
 * acronyms (U.S., J.I., O.S., Ph.D., a.m.) and single capital initials
 * (J. R. R. Tolkien) follow the same rule without being listed.
 */
const ABBREVIATIONS = words(`mr mrs ms messrs dr prof st jr sr gen col lt sgt capt cmdr gov sen rep pres rev hon mt ft
  etc inc ltd co corp dept univ est ed eds al no nos vol fig op pp ca jan feb mar apr jun jul aug sep sept oct nov dec
  ave blvd rd asst assoc supt det insp adm atty`);

/** Abbreviations that never end a sentence, whatever follows ("vs. The State", "a.k.a. The Mutants"). */
const NEVER_FINAL = words(`vs v e.g i.e cf viz a.k.a approx`);

/** Abbreviations only before a number ("c. 1200", "fl. 1340", "b. 1950", "p. 12"); elsewhere a letter or a word. */
const BEFORE_NUMBERS = words(`c fl b d r p ch`);

/** Capitalised, these words start a sentence; after an abbreviation they mean the sentence ended there. */
const STARTERS = words(`the a an this that these those there here it its he his him she her they their them we our you your
  i my in on at by for from with after before during since until when while where if as but and or so yet however
  although though thus then also many some most several both each every all no not one another such other what
  which who how why today later meanwhile instead nothing none only even still once now because despite according
  following unlike through among between without against further furthermore moreover therefore hence
  consequently nevertheless nonetheless finally similarly likewise suppose consider`);

const CLOSERS = "\"'”’)]»";
const OPENERS = "\"'“‘([«";
const TERMINALS = ".!?…";

export function splitParagraphs(body: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t]*\n/g;
  let cursor = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let m = re.exec(body); m; m = re.exec(body)) {
    push(cursor, m.index);
    cursor = m.index + m[0].length;
  }
  push(cursor, body.length);
  return spans;
}

const NOTE_ELLIPSIS = /^(?:\.\.\.|…)\s+(?=\p{Lu})/u;

/** Sentence spans inside body[start, end). */
export function splitSentences(body: string, start = 0, end = body.length): Span[] {
  const spans: Span[] = [];
  const bracketDepth = bracketDepths(body, start, end);
  const inBrackets = (at: number) => bracketDepth[at - start]! > 0;
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    if (!TERMINALS.includes(body[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && TERMINALS.includes(body[j]!)) j++;
    const runEnd = j;
    while (j < end && CLOSERS.includes(body[j]!)) j++;
    j = Math.min(citationRunEnd(body, j), end);
    if (j >= end) break;
    if (/\s/.test(body[j]!) && !inBrackets(j) && isBoundary(body, i, runEnd, j, end, sentenceStart)) {
      spans.push({ start: sentenceStart, end: j });
      let k = j;
      while (k < end && /\s/.test(body[k]!)) k++;
      const ellipsis = body[i] === "." ? NOTE_ELLIPSIS.exec(body.slice(k, k + 8)) : null;
      if (ellipsis) k += ellipsis[0].length;
      sentenceStart = k;
      i = k;
      continue;
    }
    i = j;
  }
  let e = end;
  while (e > sentenceStart && /\s/.test(body[e - 1]!)) e--;
  if (e > sentenceStart) spans.push({ start: sentenceStart, end: e });
  return spans;
}

/**
 * For each offset from `start` to `end`, how many matched () or [] pairs
 * enclose it (an offset just after a closer is outside). A bracket without
 * its partner in the paragraph is ignored, so a stray "(" cannot swallow
 * the rest of the paragraph.
 */
function bracketDepths(body: string, start: number, end: number): Int32Array {
  const delta = new Int32Array(end - start + 2);
  const open: { ch: string; at: number }[] = [];
  for (let p = start; p < end; p++) {
    const ch = body[p]!;
    if (ch === "(" || ch === "[") open.push({ ch, at: p });
    else if (ch === ")" || ch === "]") {
      const want = ch === ")" ? "(" : "[";
      let k = open.length - 1;
      while (k >= 0 && open[k]!.ch !== want) k--;
      if (k < 0) continue;
      delta[open[k]!.at - start + 1]!++;
      delta[p - start + 1]!--;
      open.length = k;
    }
  }
  const depth = new Int32Array(end - start + 1);
  for (let d = 0, p = 0; p <= end - start; p++) depth[p] = d += delta[p]!;
  return depth;
}

/**
 * Whether the terminal run body[punct, runEnd) ends the sentence, given that
 * body[after] is whitespace (closers and citation marks already skipped).
 */
function isBoundary(body: string, punct: number, runEnd: number, after: number, end: number, sentenceStart: number): boolean {
  let k = after;
  while (k < end && /\s/.test(body[k]!)) k++;
  if (k >= end) return true;
  // (a full stop and then an ellipsis between notes, "a left knee sprain. ... Schröder got a technical foul", as AP's game notes
  // run, blind46: the stop ends it, and the ellipsis goes with no sentence)
  if (body[runEnd - 1] === "." && NOTE_ELLIPSIS.test(body.slice(k, k + 8))) return true;
  // What comes next must be able to start a sentence: a capital or a digit,
  // possibly behind opening quotes or brackets ("(the" does not).
  let first = k;
  while (first < end && OPENERS.includes(body[first]!)) first++;
  if (first >= end || !/[\p{Lu}\p{N}]/u.test(body[first]!)) return false;
  const last = body[runEnd - 1]!;
  if (last === "!" || last === "?") return true;
  if (last === "…" || body.slice(punct, runEnd).endsWith("...")) return startsNewSentence(body, k, end);
  // The word that carries the period.
  let w = punct;
  while (w > sentenceStart && /[\p{L}\p{M}\p{N}.]/u.test(body[w - 1]!)) w--;
  const word = body.slice(w, punct).toLowerCase();
  if (word === "") return true;
  if (NEVER_FINAL.has(word)) return false;
  if (BEFORE_NUMBERS.has(word) && /\p{N}/u.test(body[k]!)) return false;
  const initial = /^\p{L}$/u.test(word) && /\p{Lu}/u.test(body[w]!);
  const dotted = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word);
  if (ABBREVIATIONS.has(word) || initial || dotted) return startsNewSentence(body, k, end);
  return true;
}

/** Whether the word at body[k] is a capitalised sentence starter ("The", "In") and not itself an initial ("A."). */
function startsNewSentence(body: string, k: number, end: number): boolean {
  const m = /^\p{Lu}\p{Ll}*/u.exec(body.slice(k, Math.min(end, k + 20)));
  if (!m) return false;
  return STARTERS.has(m[0].toLowerCase()) && body[k + m[0].length] !== ".";
}

export function segmentArticle(body: string): ParagraphSpan[] {
  let sentenceIndex = 0;
  return splitParagraphs(body).map((p, index) => ({
    ...p,
    index,
    sentences: splitSentences(body, p.start, p.end).map((s, indexInParagraph) => ({
      ...s,
      index: sentenceIndex++,
      paragraphIndex: index,
      indexInParagraph,
    })),
  }));
}

/**
 * The article's word count: the one rule in lib/domain/text, which the
 * generator also uses. Before it was shared, this copy did not join "AT&T"
 * or keep a decomposed accent inside its word.
 */
export const countWords = wordCount;
