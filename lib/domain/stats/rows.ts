// Owns the row shapes the progress figures are computed from. Each is the
// subset of a Prisma row (ReviewLog, QuizResponse, QuizAttempt, Card) that a
// figure reads, so a loaded row is assignable as it is (extra columns are
// ignored) and a test can build one by hand. Pure types and small predicates.

/** ReviewLog.source: a flashcard review, or the rating a quiz answer gave the card. */
export type ReviewSource = "review" | "quiz";

/** A ReviewLog row (ts-fsrs convention: `state` is the card's state *before* this answer). */
export interface StatsReviewLog {
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** 0 New, 1 Learning, 2 Review, 3 Relearning, before the answer. */
  state: number;
  /** Whole (UTC calendar) days between the card's previous review and this one. */
  elapsedDays: number;
  /** When the answer was given. */
  review: Date;
  source: ReviewSource;
}

/** A QuizResponse row; `answeredAt` is null until the question is answered. */
export interface StatsResponse {
  questionId: string;
  correct: boolean | null;
  overridden: boolean;
  answeredAt: Date | null;
}

/** A learner's Card row. */
export interface StatsCard {
  questionId: string;
  due: Date;
  /** Days for the probability of recall to fall to 90% (ts-fsrs). */
  stability: number;
  /** 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  reps: number;
  lastReview: Date | null;
  suspended: boolean;
}

/** A QuizAttempt row. */
export interface StatsAttempt {
  id: string;
  status: "in_progress" | "finished" | "abandoned";
  finishedAt: Date | null;
  /** Sum of credit over the questions; null until finished. */
  score: number | null;
  /** How many questions were asked. */
  maxScore: number;
}

/** A flashcard review passes unless it was rated Again. */
export const isPassingRating = (rating: number): boolean => rating > 1;

/**
 * A quiz answer counts as right when the grader said so or the learner's
 * "I was right" override was accepted (the override leaves `correct` false).
 */
export const isRightAnswer = (response: Pick<StatsResponse, "correct" | "overridden">): boolean =>
  response.correct === true || response.overridden;

/** The share `part / whole`, or null when there is nothing to divide (never NaN). */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
