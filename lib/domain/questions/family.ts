// Owns which family a stored or drafted question belongs to, wherever it came
// from: the fact key it carries (the generator's, or one given in a question
// bank), else the one made from its evidence sentence and its answer. Rows
// written before fact keys existed, hand-written questions and imported ones
// all go through here, so a quiz, review and every writer agree. Pure.
import { factKeyOf, sentenceKeyOf } from "./fact-key";

/** What a question's family is read from. */
export type FamilyFields = { factKey?: string | null; evidenceText: string; answer: string };

export type Family = { factKey: string; sentenceKey: string };

/** The question's fact key: its own when it has one, else the evidence sentence and the answer. */
export function factKeyFor(q: FamilyFields): string {
  return q.factKey ?? factKeyOf(q.evidenceText, q.answer);
}

export function familyOf(q: FamilyFields): Family {
  return { factKey: factKeyFor(q), sentenceKey: sentenceKeyOf(q.evidenceText) };
}

/**
 * The fact key an edited question keeps: a stored key survives an edit that
 * leaves the evidence and the answer as they were (a generator's key may
 * rest on a span other than the answer, which the editor cannot see);
 * changing either makes it a question about another fact, keyed afresh.
 */
export function factKeyAfterEdit(before: FamilyFields | null, after: Omit<FamilyFields, "factKey">): string {
  const same = before !== null && before.evidenceText === after.evidenceText && before.answer === after.answer;
  return same ? factKeyFor(before) : factKeyOf(after.evidenceText, after.answer);
}
