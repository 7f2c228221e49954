// Owns splitting an article body into paragraphs and sentences with character
// offsets into the body. The reader anchors sentences by these offsets and
// questions point at them, so the rules here are deliberately conservative:
// a sentence ends at . ! ? (plus closing quotes/brackets) followed by space
// and something that can start a sentence, unless the period belongs to an
// abbreviation, an initial or a number.

import { wordCount } from "@/lib/domain/text";

export type Span = { start: number; end: number };
export type SentenceSpan = Span & { index: number; paragraphIndex: number; indexInParagraph: number };
export type ParagraphSpan = Span & { index: number; sentences: SentenceSpan[] };

const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "gov", "sen", "rep", "pres", "rev", "hon", "vs", "etc", "e.g", "i.e", "no", "nos", "inc", "ltd",
    "co", "corp", "dept", "univ", "approx", "est", "fig", "vol", "ed", "eds", "al", "cf", "ca",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "mt", "ft", "ave", "blvd", "rd", "op", "pp",
  ],
);

const CLOSERS = "\"'”’)]»";
const OPENERS = "\"'“‘([«";

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

/** Sentence spans inside body[start, end). */
export function splitSentences(body: string, start = 0, end = body.length): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const ch = body[i]!;
    if (ch === "." || ch === "!" || ch === "?") {
      let j = i + 1;
      while (j < end && (body[j] === "." || body[j] === "!" || body[j] === "?")) j++;
      while (j < end && CLOSERS.includes(body[j]!)) j++;
      if (j >= end) break;
      if (/\s/.test(body[j]!) && isBoundary(body, i, j, end, sentenceStart)) {
        spans.push({ start: sentenceStart, end: j });
        let k = j;
        while (k < end && /\s/.test(body[k]!)) k++;
        sentenceStart = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  let e = end;
  while (e > sentenceStart && /\s/.test(body[e - 1]!)) e--;
  if (e > sentenceStart) spans.push({ start: sentenceStart, end: e });
  return spans;
}

function isBoundary(body: string, punct: number, after: number, end: number, sentenceStart: number): boolean {
  let k = after;
  while (k < end && /\s/.test(body[k]!)) k++;
  if (k >= end) return true;
  const next = body[k]!;
  const startsSentence = /[\p{Lu}\p{N}]/u.test(next) || OPENERS.includes(next);
  if (!startsSentence) return false;
  if (body[punct] !== ".") return true;
  // The word that carries the period.
  let w = punct;
  while (w > sentenceStart && /[\p{L}\p{N}.]/u.test(body[w - 1]!)) w--;
  const word = body.slice(w, punct).toLowerCase();
  if (word === "") return true;
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital letter is an initial ("J. K. Rowling"), unless it follows a number or word.
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(body[w]!)) return false;
  // Dotted acronyms ("U.S.") followed by a capital usually continue the sentence only
  // when the acronym is known; otherwise treat as an end.
  return true;
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
