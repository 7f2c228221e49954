// Multiple choice: shown with its choices shuffled; in review a recall
// question with the choices hidden (recognising is not remembering).
import { shuffleWithSeed } from "@/lib/domain/quiz/shuffle";
import type { KindModule } from "./types";

export const multipleChoice: KindModule<"multiple_choice"> = {
  kind: "multiple_choice",
  label: "Multiple choice",
  overridable: false,
  answerTerms: (q) => [q.answer, ...q.acceptedAnswers],
  present: (q, seed) => ({ choices: inOrderOfSize(q.choices ?? []) ?? shuffleWithSeed(q.choices ?? [], seed) }),
  correctAnswer: (q) => q.answer,
  response: (r) => r.choice,
  parts: () => null,
  reviewFront: (q) => ({ front: q.prompt, frontList: null, frontMatches: null }),
};

/**
 * Figures in one wording ("$5 million" ... "$9 million", "the late 1950s" ... "the late 1980s") are shown smallest first,
 * as a test paper prints them: shuffled they read as a puzzle ("$8 million, $9 million, $7 million, $5 million"). The key
 * still stands at any of the four places, since the generator balances its rank among them. Other choices are shuffled.
 */
export function inOrderOfSize(choices: string[]): string[] | null {
  const template = (c: string) => c.replace(/\d[\d,.]*/g, "#");
  if (choices.length < 2 || !choices.every((c) => /\d/.test(c) && template(c) === template(choices[0]!))) return null;
  const value = (c: string) => Number(/\d[\d,.]*/.exec(c)![0].replace(/,/g, "").replace(/\.$/, ""));
  return [...choices].sort((a, b) => value(a) - value(b));
}
