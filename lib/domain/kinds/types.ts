// The shape of a question-kind module: everything that differs between kinds
// of question, from how one is shown before it is answered to how an answer
// to it reads back. Pure: no I/O, no clock, no React.
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import type { GradableQuestion, QuizResponseOf } from "@/lib/domain/grading";

/** The question fields the kind modules read. */
export type KindQuestion = GradableQuestion & { id: string; prompt: string };

/** Stored per quiz response row: the order each list was shown in. */
export type Presented = { choices?: string[]; items?: string[]; lefts?: string[]; rights?: string[] };

/** One part of a multi-part answer (a matching pair) with its mark. */
export type AnswerPart = { label: string; yours: string; right: string; correct: boolean };

/** A review card's front before the answer is shown; lists shuffled, never in their correct order (3+ items). */
export type ReviewFront = {
  front: string;
  /** Ordering: the items to put in order. Matching: the left-hand column. */
  frontList: string[] | null;
  /** Matching: the right-hand column, not aligned with frontList. */
  frontMatches: string[] | null;
};

export type KindModule<K extends QuestionKind> = {
  kind: K;
  /** The kind's name as a learner reads it ("Fill in the blank"). */
  label: string;
  /** Whether a wrong answer may be marked right by the learner ("I was right"): typed answers only. */
  overridable: boolean;
  /** The order lists are shown in before answering, fixed by `seed` (attempt seed + question). */
  present(q: Pick<KindQuestion, "choices" | "items" | "pairs">, seed: number): Presented;
  /** The correct answer as a learner reads it. */
  correctAnswer(q: KindQuestion): string;
  /** What the learner answered, as they would read it back. */
  response(r: QuizResponseOf<K>): string;
  /** Per-part marks, for kinds whose answer has parts. */
  parts(q: KindQuestion, r: QuizResponseOf<K>): AnswerPart[] | null;
  /**
   * What an earlier question of the same quiz must not show (in its prompt, choices or feedback), or it
   * gives this one away: the answer as a learner types or picks it. None for true/false and ordering,
   * whose answers are a verdict and an order; each right-hand side for matching.
   */
  answerTerms(q: Pick<KindQuestion, "answer" | "acceptedAnswers" | "pairs">): string[];
  /** The card front in review, with lists shuffled by `seed` (learner + card + review). */
  reviewFront(q: Pick<KindQuestion, "prompt" | "items" | "pairs">, seed: number): ReviewFront;
};
