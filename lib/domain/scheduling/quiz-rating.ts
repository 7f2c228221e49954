// Owns how a quiz answer feeds the same FSRS memory as a flashcard review:
// the outcome of one QuizResponse becomes one rating. Pure.
import { Rating, type Grade } from "ts-fsrs";
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";

/**
 * A correct answer faster than this (ms, from showing the question to
 * answering it, i.e. QuizResponse.timeMs) counts as Easy; null means a quick
 * answer of that kind is never Easy.
 *
 * Why these bounds. Easy is the costly mistake: on a card's first review FSRS
 * starts an Easy card at ~8 days of stability against ~2.3 for Good, while a
 * Good that should have been Easy is corrected upward by the next review. So
 * Easy must mean "recalled without effort", and speed is only evidence of that
 * when a guess cannot be fast and right:
 * - true_false: a coin-flip guess is right half the time and takes a second,
 *   so speed says nothing about memory: never Easy.
 * - multiple_choice (4 options, 25% guess): reading a one-sentence prompt
 *   (~15–25 words at ~250 wpm, 4–6 s) plus the options; under 5 s means the
 *   answer was recognised before the options were weighed.
 * - cloze: the sentence is read and one word typed; under 6 s leaves no time
 *   to search memory.
 * - short_answer: a phrase is typed; under 8 s.
 * - ordering, matching: the time is spent dragging items, not remembering,
 *   and correctness is all-or-nothing over several items: never Easy.
 * - flashcard: self-graded in review, where the learner picks Easy directly;
 *   a timed flip says nothing more: never Easy from time.
 * These are judgement calls, not fitted values: calibrate them against real
 * QuizResponse.timeMs (e.g. each kind's fastest quartile of correct answers)
 * once there is data.
 */
export const QUICK_ANSWER_MS: Readonly<Record<QuestionKind, number | null>> = {
  true_false: null,
  multiple_choice: 5_000,
  cloze: 6_000,
  short_answer: 8_000,
  ordering: null,
  matching: null,
  flashcard: null,
};

export interface QuizOutcome {
  /** The grader's verdict (QuizResponse.correct). */
  correct: boolean;
  /** The learner said "I was right" after a typed answer was marked wrong. */
  overridden: boolean;
  /** QuizResponse.timeMs; null when unknown, which never counts as quick. */
  responseMs: number | null;
  kind: QuestionKind;
}

/**
 * wrong → Again; "I was right" override → Hard (right, but not recalled
 * cleanly enough to type the accepted answer); right → Good; right and quicker
 * than QUICK_ANSWER_MS[kind] → Easy. A wrong answer is never Hard: Hard keeps a
 * Review card in Review, which would hide a real lapse. An override wins over
 * `correct`, whichever way the caller recorded it after the override.
 */
export const OVERRIDE_RATING = Rating.Hard;

export function ratingForQuizOutcome(outcome: QuizOutcome): Grade {
  if (outcome.overridden) return OVERRIDE_RATING;
  if (!outcome.correct) return Rating.Again;
  const bound = QUICK_ANSWER_MS[outcome.kind];
  const ms = outcome.responseMs;
  const quick = bound !== null && ms !== null && Number.isFinite(ms) && ms >= 0 && ms < bound;
  return quick ? Rating.Easy : Rating.Good;
}
