// Owns what is specific to each kind of question, one module per kind (its
// label, how it is shown before answering, how a response and the key read,
// its parts, its review front, what would give it away). Everything else asks this registry, so
// adding a kind means adding a module here and its input component.
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import type { QuizResponseInput } from "@/lib/domain/grading";
import { cloze } from "./cloze";
import { flashcard } from "./flashcard";
import { matching } from "./matching";
import { multipleChoice } from "./multiple-choice";
import { ordering } from "./ordering";
import { shortAnswer } from "./short-answer";
import { trueFalse } from "./true-false";
import type { AnswerPart, KindModule, KindQuestion, Presented, ReviewFront } from "./types";

export type { AnswerPart, KindModule, KindQuestion, Presented, ReviewFront };

export const KINDS: { [K in QuestionKind]: KindModule<K> } = {
  multiple_choice: multipleChoice,
  true_false: trueFalse,
  cloze,
  short_answer: shortAnswer,
  ordering,
  matching,
  flashcard,
};

export const KIND_LABELS = Object.fromEntries(Object.values(KINDS).map((k) => [k.kind, k.label])) as Record<QuestionKind, string>;

/** A kind's label, or the raw value for a kind this build does not know. */
export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export function isOverridableKind(kind: string): boolean {
  return kind in KINDS && KINDS[kind as QuestionKind].overridable;
}

export function presentQuestion(q: Pick<KindQuestion, "kind" | "choices" | "items" | "pairs">, seed: number): Presented {
  return (KINDS[q.kind] as KindModule<QuestionKind>).present(q, seed);
}

export function displayCorrectAnswer(q: KindQuestion): string {
  return (KINDS[q.kind] as KindModule<QuestionKind>).correctAnswer(q);
}

export function displayResponse(r: QuizResponseInput): string {
  return (KINDS[r.kind].response as (r: QuizResponseInput) => string)(r);
}

export function answerParts(q: KindQuestion, r: QuizResponseInput): AnswerPart[] | null {
  if (q.kind !== r.kind) return null;
  return (KINDS[q.kind].parts as (q: KindQuestion, r: QuizResponseInput) => AnswerPart[] | null)(q, r);
}

/** What an earlier question must not show, or it gives this one away (see KindModule.answerTerms). */
export function answerTerms(q: Pick<KindQuestion, "kind" | "answer" | "acceptedAnswers" | "pairs">): string[] {
  return (KINDS[q.kind] as KindModule<QuestionKind>).answerTerms(q);
}

export function reviewFront(q: Pick<KindQuestion, "kind" | "prompt" | "items" | "pairs">, seed: number): ReviewFront {
  return (KINDS[q.kind] as KindModule<QuestionKind>).reviewFront(q, seed);
}
