// Flashcard: a front to recall, turned over, then self-assessed.
import type { KindModule } from "./types";

export const flashcard: KindModule<"flashcard"> = {
  kind: "flashcard",
  label: "Flashcard",
  overridable: false,
  answerTerms: (q) => [q.answer, ...q.acceptedAnswers],
  present: () => ({}),
  correctAnswer: (q) => q.answer,
  response: (r) => (r.knew ? "I knew it" : "I didn't know it"),
  parts: () => null,
  reviewFront: (q) => ({ front: q.prompt, frontList: null, frontMatches: null }),
};
