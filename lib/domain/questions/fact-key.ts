// Owns how questions are grouped into families: a fact is one answer span in
// one evidence sentence. Every form made from it (cloze, multiple choice,
// wh-question, true/false about it) shares the fact key, and every question
// on one sentence shares the sentence key. Quizzes draw at most one question
// per fact and per sentence; review buries a card's siblings for the day.
//
// Keys are computed from text, not offsets, so a hand-written question and a
// generated one about the same span of the same sentence fall into one family.

import { shortHash } from "@/lib/domain/text";

function norm(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The family of questions resting on one sentence. */
export function sentenceKeyOf(evidenceText: string): string {
  return `s-${shortHash(norm(evidenceText))}`;
}

/**
 * The family of questions asking for one fact: the sentence, and the span of it
 * the question asks for (the answer as it stands in the sentence). For a
 * statement to judge true or false the span is the term the claim turns on
 * (the swapped term of a false one), or the whole sentence when there is none.
 */
export function factKeyOf(evidenceText: string, span: string): string {
  return `f-${shortHash(norm(evidenceText))}-${shortHash(norm(span))}`;
}
