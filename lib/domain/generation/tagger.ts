// Owns part-of-speech tags for the generator: wink-nlp with its English lite
// model (MIT, ~140,000 words/s here, deterministic). Chosen over compromise
// (about 18,000 words/s, too slow for the generator's 10,000 words/s budget
// once everything else runs) after measuring both on ../shared/corpus and the
// seed (see the issue-10 closing note).
//
// wink works on Latin-1-ish text, so before tagging each letter outside
// Latin-1 is replaced by one ASCII letter of the same case and citation marks
// (lib/domain/text) by spaces: both keep the string's length, so every token's offsets are
// offsets into the original text, whose letters (ı, ğ, ş, ə) are untouched.
import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { findCitationMarks } from "@/lib/domain/text";

/** Universal Dependencies part of speech (NOUN, PROPN, VERB, AUX, ADP, DET, NUM, PRON, ADJ, ADV, CCONJ, SCONJ, PART, PUNCT, SYM, X, ...). */
export type Pos = string;

export type Tag = {
  /** Offsets into the tagged text. */
  start: number;
  end: number;
  text: string;
  pos: Pos;
  /** Lower-case base form ("began" -> "begin", "was" -> "be"). */
  lemma: string;
};

let nlp: ReturnType<typeof winkNLP> | null = null;
function engine(): ReturnType<typeof winkNLP> {
  if (!nlp) nlp = winkNLP(model, ["pos"]);
  return nlp;
}

/** Citation marks ("[12]", "[note 2]", ":121,154") as spaces: the tagger does not see them, offsets hold. */
function blankCitations(text: string): string {
  const marks = findCitationMarks(text);
  if (!marks.length) return text;
  let out = "";
  let cursor = 0;
  for (const { start, end } of marks) {
    out += text.slice(cursor, start) + " ".repeat(end - start);
    cursor = end;
  }
  return out + text.slice(cursor);
}

function foldForTagger(text: string): string {
  return text.replace(/[^\u0000-\u00ff]/gu, (ch) => {
    if (!/[\p{L}\p{M}]/u.test(ch)) return ch.length === 1 ? ch : " ".repeat(ch.length);
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    const out = /^[A-Za-z]$/.test(base) ? base : ch === ch.toUpperCase() ? "X" : "x";
    return out.padEnd(ch.length, out);
  });
}

const cache = new Map<string, Tag[]>();

/** Tags of every token of `text` (no whitespace tokens), in order. Short texts (clauses) are remembered. */
export function tagText(text: string): Tag[] {
  if (text.length > 2000) return tagUncached(text);
  const hit = cache.get(text);
  if (hit) return hit;
  if (cache.size > 20_000) cache.clear();
  const out = tagUncached(text);
  cache.set(text, out);
  return out;
}

function tagUncached(text: string): Tag[] {
  const e = engine();
  const its = e.its;
  const prepared = foldForTagger(blankCitations(text));
  const doc = e.readDoc(prepared);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as string[];
  const lemma = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const out: Tag[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const v = values[i]!;
    const end = at + v.length;
    // a word in capitals is a name or an abbreviation, never a verb ("some DJ friends", "TV")
    const p = /^\p{Lu}{2,}$/u.test(v) && (pos[i] === "VERB" || pos[i] === "AUX") ? "PROPN" : pos[i]!;
    if (v.trim()) out.push({ start: at, end, text: text.slice(at, end), pos: p, lemma: (lemma[i] ?? v).toLowerCase() });
    at = end;
  }
  return out;
}
