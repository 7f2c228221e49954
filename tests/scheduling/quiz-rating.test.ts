import { expect, test } from "vitest";
import { QUICK_ANSWER_MS, Rating, ratingForQuizOutcome, type QuizOutcome } from "@/lib/domain/scheduling";

const base: QuizOutcome = { correct: true, overridden: false, responseMs: 20_000, kind: "multiple_choice" };

test.each<{ label: string; outcome: Partial<QuizOutcome>; expected: Rating }>([
  { label: "wrong → Again", outcome: { correct: false }, expected: Rating.Again },
  { label: "wrong and fast is still Again, never Hard or Easy", outcome: { correct: false, responseMs: 500 }, expected: Rating.Again },
  { label: "wrong typed answer, wrong and unknown time", outcome: { correct: false, responseMs: null, kind: "short_answer" }, expected: Rating.Again },
  { label: "'I was right' override → Hard", outcome: { correct: false, overridden: true, kind: "cloze" }, expected: Rating.Hard },
  { label: "override recorded as correct → still Hard", outcome: { correct: true, overridden: true, kind: "cloze" }, expected: Rating.Hard },
  { label: "override and quick → Hard, not Easy", outcome: { correct: false, overridden: true, responseMs: 1_000, kind: "short_answer" }, expected: Rating.Hard },
  { label: "right → Good", outcome: {}, expected: Rating.Good },
  { label: "right, time unknown → Good", outcome: { responseMs: null }, expected: Rating.Good },
  { label: "right, negative time (clock skew) → Good", outcome: { responseMs: -5 }, expected: Rating.Good },
  { label: "right, NaN time → Good", outcome: { responseMs: Number.NaN }, expected: Rating.Good },
  { label: "multiple choice under 5 s → Easy", outcome: { responseMs: 4_999 }, expected: Rating.Easy },
  { label: "multiple choice at 5 s → Good", outcome: { responseMs: 5_000 }, expected: Rating.Good },
  { label: "cloze under 6 s → Easy", outcome: { kind: "cloze", responseMs: 5_999 }, expected: Rating.Easy },
  { label: "cloze at 6 s → Good", outcome: { kind: "cloze", responseMs: 6_000 }, expected: Rating.Good },
  { label: "short answer under 8 s → Easy", outcome: { kind: "short_answer", responseMs: 7_999 }, expected: Rating.Easy },
  { label: "short answer at 8 s → Good", outcome: { kind: "short_answer", responseMs: 8_000 }, expected: Rating.Good },
  { label: "true/false is never Easy (a guess is right half the time)", outcome: { kind: "true_false", responseMs: 300 }, expected: Rating.Good },
  { label: "ordering is never Easy", outcome: { kind: "ordering", responseMs: 1_000 }, expected: Rating.Good },
  { label: "matching is never Easy", outcome: { kind: "matching", responseMs: 1_000 }, expected: Rating.Good },
  { label: "flashcard is never Easy from time", outcome: { kind: "flashcard", responseMs: 1_000 }, expected: Rating.Good },
  { label: "wrong ordering (partial credit) → Again", outcome: { kind: "ordering", correct: false }, expected: Rating.Again },
])("$label", ({ outcome, expected }) => {
  expect(ratingForQuizOutcome({ ...base, ...outcome })).toBe(expected);
});

test("every question kind has a quick-answer bound (or an explicit null)", () => {
  expect(Object.keys(QUICK_ANSWER_MS).sort()).toEqual(
    ["cloze", "flashcard", "matching", "multiple_choice", "ordering", "short_answer", "true_false"],
  );
});

test("a wrong answer never maps to Hard, whatever the kind and time", () => {
  for (const kind of Object.keys(QUICK_ANSWER_MS) as QuizOutcome["kind"][]) {
    for (const responseMs of [null, 0, 1_000, 4_000, 60_000]) {
      expect(ratingForQuizOutcome({ correct: false, overridden: false, responseMs, kind })).toBe(Rating.Again);
    }
  }
});
