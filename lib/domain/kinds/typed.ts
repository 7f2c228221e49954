// What the two typed kinds (cloze, short answer) share: a free-text answer
// that may be an explicit "I don't know", and the learner's "I was right".
import type { QuizResponseOf } from "@/lib/domain/grading";
import type { KindModule } from "./types";

type TypedKind = "cloze" | "short_answer";

export function typedKind<K extends TypedKind>(kind: K, label: string): KindModule<K> {
  return {
    kind,
    label,
    overridable: true,
    answerTerms: (q) => [q.answer, ...q.acceptedAnswers],
    present: () => ({}),
    correctAnswer: (q) => q.answer,
    response: (r) => {
      const typed = r as QuizResponseOf<TypedKind>;
      return typed.dontKnow ? "I don't know" : typed.text.trim() === "" ? "(no answer)" : typed.text;
    },
    parts: () => null,
    reviewFront: (q) => ({ front: q.prompt, frontList: null, frontMatches: null }),
  };
}
