// Multiple choice: shown with its choices shuffled; in review a recall
// question with the choices hidden (recognising is not remembering).
import { shuffleWithSeed } from "@/lib/domain/quiz/shuffle";
import type { KindModule } from "./types";

export const multipleChoice: KindModule<"multiple_choice"> = {
  kind: "multiple_choice",
  label: "Multiple choice",
  overridable: false,
  answerTerms: (q) => [q.answer, ...q.acceptedAnswers],
  present: (q, seed) => ({ choices: shuffleWithSeed(q.choices ?? [], seed) }),
  correctAnswer: (q) => q.answer,
  response: (r) => r.choice,
  parts: () => null,
  reviewFront: (q) => ({ front: q.prompt, frontList: null, frontMatches: null }),
};
